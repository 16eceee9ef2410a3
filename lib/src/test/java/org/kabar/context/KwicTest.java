package org.kabar.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabar.actors.Actor;
import org.kabar.actors.ActorDictionary;
import org.kabar.actors.Actors;
import org.kabar.actors.Mentions;
import org.kabar.actors.People;
import opennlp.tools.sentdetect.NewlineSentenceDetector;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import org.kabar.text.Roots;
import org.kabar.text.Stopwords;
import org.kabar.text.TextPipeline;
import org.kabar.text.Tokens;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class KwicTest {

    /**
     * The article "Rusia menolak sanksi. Sanksi ekonomi AS berat." (counted by hand: positions 0-8
     * "Rusia menolak sanksi . Sanksi ekonomi AS berat .", characters "Rusia" 0-5, "menolak" 6-13,
     * "sanksi" 14-20, "." 20-21, "Sanksi" 22-28, "ekonomi" 29-36, "AS" 37-39, "berat" 40-45, "." 45-46;
     * Snowball drops the prefix "men" of "menolak": its stem is "olak").
     */
    private static Table article() {
        return Table.create("articles", StringColumn.create("id", "a"), StringColumn.create("period", "2021-12"),
                StringColumn.create("headline", "Tentang ekonomi AS"),
                StringColumn.create("text", "Rusia menolak sanksi. Sanksi ekonomi AS berat."));
    }

    private static Tokens tokens() {
        return Tokens.of(article());
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
        Table lines = Kwic.of(tokens()).window(1).stem("olak");
        assertEquals(List.of("menolak"), lines.stringColumn("node").asList());
    }

    @Test
    void rootFindsTheWordsTheReducerCountsTogether() {
        // Read: berdialog and Dialog share the root dialog; Snowball stems the query "dialog" and
        // the sentence-initial "Dialog" to "alog", but "berdialog" to "dialog".
        Tokens tokens = Tokens.of(Table.create("a", StringColumn.create("id", "x"), StringColumn.create("period", "2022-01"),
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
        ActorDictionary dictionary = ActorDictionary.empty()
                .with("Sanksi AS", Actor.Type.ORGANISATION, "a test actor", "AS berat");
        Table lines = Kwic.of(tokens()).window(2).actor(Actors.of(dictionary).find(article()), "Sanksi AS");
        assertEquals(List.of("AS berat"), lines.stringColumn("node").asList());
        assertEquals(List.of("Sanksi ekonomi"), lines.stringColumn("left").asList());
        assertEquals(List.of("."), lines.stringColumn("right").asList());
    }

    @Test
    void headlineMentionsAreNoLines() {
        // The name finder reads the headline too ("Tentang ekonomi AS", part headline): only the
        // text's mention, tokens 5-6, is a line.
        ActorDictionary dictionary = ActorDictionary.empty()
                .with("Ekonomi AS", Actor.Type.ORGANISATION, "a test actor", "ekonomi AS");
        Mentions mentions = People.of(dictionary).find(article());
        assertEquals(List.of("headline", "body"), mentions.table().where(mentions.table().stringColumn("actor")
                .isEqualTo("Ekonomi AS")).stringColumn("part").asList());
        Table lines = Kwic.of(tokens()).window(1).actor(mentions, "Ekonomi AS");
        assertEquals(List.of("ekonomi AS"), lines.stringColumn("node").asList());
        assertEquals(List.of("berat"), lines.stringColumn("right").asList());
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

    @Test
    void mentionsFromAnotherPipelineAreRefusedNotMisplaced() {
        // Split at white space, "sanksi." is one token: positions differ from the standard pipeline's.
        TextPipeline whitespace = TextPipeline.of(new NewlineSentenceDetector(), WhitespaceTokenizer.INSTANCE);
        Tokens split = Tokens.of(article(), whitespace, Stopwords.standard());
        ActorDictionary rusia = ActorDictionary.empty().with("Rusia", Actor.Type.COUNTRY, "a test actor", "Rusia");
        Mentions standard = Actors.of(rusia)
                .find(article());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Kwic.of(split).actor(standard, "Rusia"));
        assertEquals("the mentions were found with another text pipeline than these tokens were split with:"
                + " find them with actors.withPipeline(tokens.pipeline())", refused.getMessage());
        Mentions same = Actors.of(rusia)
                .withPipeline(whitespace).find(article());
        assertEquals(List.of("Rusia"), Kwic.of(split).actor(same, "Rusia").stringColumn("node").asList());
    }
}
