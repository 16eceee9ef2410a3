package org.kabar.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabar.text.Roots;
import org.kabar.text.Tokens;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class KwicTest {

    /**
     * The article "Rusia menolak sanksi. Sanksi ekonomi AS berat." as tokens, with stems and
     * character spans by hand (counted: "Rusia" 0-5, space, "menolak" 6-13, "sanksi" 14-20, "." 20-21,
     * "Sanksi" 22-28, "ekonomi" 29-36, "AS" 37-39, "berat" 40-45, "." 45-46).
     */
    private static Table tokens() {
        String[] surfaces = {"Rusia", "menolak", "sanksi", ".", "Sanksi", "ekonomi", "AS", "berat", "."};
        String[] stems = {"rusia", "tolak", "sanksi", ".", "sanksi", "ekonomi", "as", "berat", "."};
        int[] starts = {0, 6, 14, 20, 22, 29, 37, 40, 45};
        int[] ends = {5, 13, 20, 21, 28, 36, 39, 45, 46};
        Table table = Table.create("tokens", StringColumn.create("id"), StringColumn.create("period"),
                IntColumn.create("sentence"), IntColumn.create("position"), IntColumn.create("start"),
                IntColumn.create("end"), StringColumn.create("token"),
                StringColumn.create("norm"), StringColumn.create("stem"), BooleanColumn.create("word"),
                BooleanColumn.create("stopword"));
        for (int i = 0; i < surfaces.length; i++) {
            table.stringColumn("id").append("a");
            table.stringColumn("period").append("2021-12");
            table.intColumn("sentence").append(i < 4 ? 1 : 2);
            table.intColumn("position").append(i);
            table.intColumn("start").append(starts[i]);
            table.intColumn("end").append(ends[i]);
            table.stringColumn("token").append(surfaces[i]);
            table.stringColumn("norm").append(surfaces[i].toLowerCase());
            table.stringColumn("stem").append(stems[i]);
            table.booleanColumn("word").append(!surfaces[i].equals("."));
            table.booleanColumn("stopword").append(false);
        }
        return table;
    }

    @Test
    void anOptionGivesANewConcordancerAndLeavesTheOriginalAsItWas() {
        Kwic wide = Kwic.of(tokens()).window(2);
        Kwic narrow = wide.window(1);
        assertEquals(List.of("menolak", "."), narrow.term("Sanksi").stringColumn("left").asList());
        assertEquals(List.of("Rusia menolak", "sanksi."), wide.term("Sanksi").stringColumn("left").asList());
    }

    @Test
    void termMatchesNormsWithWindowOnEachSideAcrossSentences() {
        Table lines = Kwic.of(tokens()).window(2).term("Sanksi");
        assertEquals(List.of("Rusia menolak", "sanksi."), lines.stringColumn("left").asList());
        assertEquals(List.of("sanksi", "Sanksi"), lines.stringColumn("node").asList());
        assertEquals(List.of(". Sanksi", "ekonomi AS"), lines.stringColumn("right").asList());
        assertEquals(List.of(2, 4), lines.intColumn("position").asList());
        assertEquals(List.of(1, 2), lines.intColumn("sentence").asList());
    }

    @Test
    void multiWordTermMatchesConsecutiveTokens() {
        Table lines = Kwic.of(tokens()).window(1).term("sanksi ekonomi");
        assertEquals(List.of("Sanksi ekonomi"), lines.stringColumn("node").asList());
        assertEquals(List.of("."), lines.stringColumn("left").asList());
        assertEquals(List.of("AS"), lines.stringColumn("right").asList());
    }

    @Test
    void stemFindsInflectedForms() {
        Table lines = Kwic.of(tokens()).window(1).stem("tolak");
        assertEquals(List.of("menolak"), lines.stringColumn("node").asList());
    }

    @Test
    void rootFindsTheWordsTheReducerCountsTogether() {
        // Read: berdialog and Dialog share the root dialog; Snowball stems the query "dialog" and
        // the sentence-initial "Dialog" to "alog", but "berdialog" to "dialog".
        Table tokens = Tokens.of(Table.create("a", StringColumn.create("id", "x"), StringColumn.create("period", "2022-01"),
                StringColumn.create("text", "Mereka berdialog. Dialog itu penting.")));
        assertEquals(List.of("berdialog", "Dialog"), Kwic.of(tokens).root(Roots.sastrawi(), "dialog").stringColumn("node").asList());
        assertEquals(List.of("Dialog"), Kwic.of(tokens).root(Roots.snowball(), "dialog").stringColumn("node").asList());
        assertEquals(List.of("berdialog"), Kwic.of(tokens).root(Roots.snowball(), "berdialog").stringColumn("node").asList());
        assertEquals("KWIC of dialog by its snowball root alog", Kwic.of(tokens).root(Roots.snowball(), "dialog").name());
    }

    @Test
    void sortingByRightContextOrdersByTheFirstWordAfterTheNode() {
        Table lines = Kwic.of(tokens()).window(2).sortBy(Kwic.Order.RIGHT).term("sanksi");
        // ". sanksi" sorts before "ekonomi as": "." < "e".
        assertEquals(List.of(2, 4), lines.intColumn("position").asList());
        Table byLeft = Kwic.of(tokens()).window(1).sortBy(Kwic.Order.LEFT).term("sanksi");
        // left words: "menolak" (position 2) and "." (position 4).
        assertEquals(List.of(4, 2), byLeft.intColumn("position").asList());
    }

    @Test
    void actorNodeSpansTheWholeMention() {
        Table mentions = Table.create("mentions", StringColumn.create("id", "a"),
                StringColumn.create("actor", "Sanksi AS"), IntColumn.create("position", new int[] {6}),
                IntColumn.create("start", new int[] {37}), IntColumn.create("end", new int[] {45}),
                StringColumn.create("surface", "AS berat"));
        Table lines = Kwic.of(tokens()).window(2).actor(mentions, "Sanksi AS");
        assertEquals(List.of("AS berat"), lines.stringColumn("node").asList());
        assertEquals(List.of("Sanksi ekonomi"), lines.stringColumn("left").asList());
        assertEquals(List.of("."), lines.stringColumn("right").asList());
    }

    @Test
    void actorNodeEndsWhereTheMentionsSpanEndsAndHeadlineMentionsAreNoLines() {
        // "ekonomi AS" is tokens 5-6, characters 29-39; a headline mention at the same place is not in the text.
        Table mentions = Table.create("mentions", StringColumn.create("id", "a", "a"),
                StringColumn.create("actor", "Ekonomi AS", "Ekonomi AS"), StringColumn.create("part", "body", "headline"),
                IntColumn.create("position", new int[] {5, 5}), IntColumn.create("start", new int[] {29, 29}),
                IntColumn.create("end", new int[] {39, 39}), StringColumn.create("surface", "ekonomi AS", "ekonomi AS"));
        Table lines = Kwic.of(tokens()).window(1).actor(mentions, "Ekonomi AS");
        assertEquals(List.of("ekonomi AS"), lines.stringColumn("node").asList());
        assertEquals(List.of("berat"), lines.stringColumn("right").asList());
    }

    @Test
    void tokensWithoutSpansAreRejectedWithTheMissingColumn() {
        Table tokens = tokens().removeColumns("end");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Kwic.of(tokens));
        assertEquals("tokens table 'tokens' has no column 'end' (make it with Tokens.of; it has id, period, sentence, "
                + "position, start, token, norm, stem, word, stopword)", error.getMessage());
    }

    @Test
    void negativeWindowIsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Kwic.of(tokens()).window(-1));
        assertEquals("window must be 0 or more tokens, was -1", error.getMessage());
    }

    @Test
    void seedLinesOfBlinkenKeepHisTitleAsContextAndCrossSentences() {
        // By reading the cleaned seeds: 000 names Blinken twice ("kata Menteri Luar Negeri AS
        // Anthony Blinken", "oleh Blinken"; the photo caption naming him is cleaned away), 003 four
        // times ("Menteri Luar Negeri AS Antony Blinken dan ...", "kata Blinken", "Dan Blinken",
        // "Blinken bertemu"; its caption is cleaned away too).
        Table lines = Kwic.of(SeedArticles.tokens()).window(3).actor(SeedArticles.mentions(), SeedArticles.BLINKEN);
        assertEquals(List.of("000", "000", "003", "003", "003", "003"),
                lines.stringColumn("id").asList().stream().map(id -> id.substring(0, 3)).toList());
        // The node is the name as written; the title stays in the left context.
        assertEquals("Anthony Blinken", lines.getString(0, "node"));
        assertEquals("Luar Negeri AS", lines.getString(0, "left"));
        assertEquals("dalam sebuah konferensi", lines.getString(0, "right"));
        // The window crosses sentences: "... dilihat sebagai invasi. Dan Blinken juga menekankan ...".
        assertEquals("invasi. Dan", lines.getString(4, "left"));
        assertEquals("juga menekankan komitmen", lines.getString(4, "right"));
    }
}
