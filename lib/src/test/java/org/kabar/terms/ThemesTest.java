package org.kabar.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabar.compare.Comparison;
import org.kabar.compare.Keyness;
import org.kabar.text.ItemCounts;
import org.kabar.text.Tokens;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import org.kabar.text.InputException;

class ThemesTest {

    /**
     * a1: 8 words — "Rusia menuntut jaminan keamanan. Sanksi, sanksi dan dialog." (dialog 1, sanksi 2,
     * jaminan keamanan 1); a2: 4 words — "Pembicaraan dengan Rusia berlanjut." (pembicaraan 1);
     * a3: 3 words — "Jaminan. Keamanan lagi." (the phrase is split by a sentence break: no match).
     */
    private static final Tokens TOKENS = Tokens.of(Table.create("articles",
            StringColumn.create("id", "a1", "a2", "a3"),
            StringColumn.create("period", "2021-12", "2022-01", "2022-01"),
            StringColumn.create("text",
                    "Rusia menuntut jaminan keamanan. Sanksi, sanksi dan dialog.",
                    "Pembicaraan dengan Rusia berlanjut.",
                    "Jaminan. Keamanan lagi.")));

    private static Themes themes() {
        return Themes.standard();
    }

    private static int count(Table table, String key, String keyValue, String family) {
        Table rows = table.where(table.stringColumn(key).isEqualTo(keyValue)
                .and(table.stringColumn("family").isEqualTo(family)));
        assertEquals(1, rows.rowCount());
        return rows.intColumn("count").get(0);
    }

    @Test
    void familiesSumTheirWordsAndPhrasesPerArticle() {
        Table perArticle = themes().perArticle(TOKENS).table();
        assertEquals(2, count(perArticle, "id", "a1", "sanctions/consequences"));
        assertEquals(1, count(perArticle, "id", "a1", "talks/diplomacy"));
        assertEquals(1, count(perArticle, "id", "a1", "guarantees/expansion"));
        assertEquals(1, count(perArticle, "id", "a2", "talks/diplomacy"));
        assertEquals(0, count(perArticle, "id", "a3", "guarantees/expansion"));
    }

    @Test
    void perPeriodRatesUseAllWordsOfThePeriodAndCountArticles() {
        Table perPeriod = themes().perPeriod(TOKENS);
        Table jan = perPeriod.where(perPeriod.stringColumn("period").isEqualTo("2022-01")
                .and(perPeriod.stringColumn("family").isEqualTo("talks/diplomacy")));
        assertEquals(1, jan.intColumn("count").get(0));
        assertEquals(1, jan.intColumn("df").get(0));
        assertEquals(7, jan.intColumn("words").get(0)); // 4 + 3 words
        assertEquals(1000.0 / 7, jan.doubleColumn("per_1000").get(0), 1e-9);
        Table dec = perPeriod.where(perPeriod.stringColumn("period").isEqualTo("2021-12")
                .and(perPeriod.stringColumn("family").isEqualTo("sanctions/consequences")));
        assertEquals(250.0, dec.doubleColumn("per_1000").get(0), 1e-9); // 2 of 8 words
        assertEquals(List.of("period", "family", "count", "df", "words", "per_1000"), perPeriod.columnNames());
    }

    @Test
    void aPhraseMatchIsNotCountedAgainAsItsFirstWord() {
        Tokens tokens = Tokens.of(Table.create("articles", StringColumn.create("id", "a"),
                StringColumn.create("period", "2022-01"), StringColumn.create("text", "Sanksi ekonomi dan sanksi.")));
        // "sanksi ekonomi" (phrase) + "sanksi" (word) = 2 matches, although the family lists both forms.
        assertEquals(2, count(themes().perArticle(tokens).table(), "id", "a", "sanctions/consequences"));
    }

    @Test
    void aUserAddsATermToANewFamily() {
        Table perArticle = themes().with("people", "rusia").perArticle(TOKENS).table();
        assertEquals(1, count(perArticle, "id", "a2", "people"));
        assertTrue(themes().with("people", "Rusia").table().stringColumn("term").contains("rusia"));
    }

    @Test
    void aMalformedLineNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.tsv");
        Files.writeString(file, "# themes\ntalks\tdialog\nmilitary without a tab\n");
        InputException e = assertThrows(InputException.class, () -> Themes.load(file));
        assertEquals(file + ":3: expected 'family<TAB>term'", e.getMessage());
    }

    @Test
    void countsPerArticleAreComparedLikeAnyOtherCounts(@TempDir Path dir) throws Exception {
        ItemCounts counts = themes().perArticle(TOKENS);
        assertEquals("family", counts.item());
        assertEquals("theme families (4 families)", counts.description());
        assertEquals("theme families (4 families) per article", counts.toString());
        assertEquals(List.of("id", "period", "family", "count", "words", "per_1000"), counts.table().columnNames());
        assertEquals(12, counts.rowCount(), "three articles times four families, zero counts included");
        Path oneFamily = Files.writeString(dir.resolve("themes.tsv"), "talks/diplomacy\tdialog\n");
        assertEquals("theme families (1 family)", Themes.load(oneFamily).description());
        // a1 (2021-12, 8 words): sanksi 2, dialog 1, jaminan keamanan 1; a2 and a3 (2022-01, 4 + 3 words): pembicaraan 1.
        Table articles = Table.create("articles", StringColumn.create("id", "a1", "a2", "a3"),
                StringColumn.create("period", "2021-12", "2022-01", "2022-01"), IntColumn.create("tokens", 8, 4, 3));
        Comparison keyness = Keyness.compare(counts, articles, "period", "2021-12", "2022-01").run();
        assertTrue(keyness.caption().startsWith("theme families (4 families) by period: a = 2021-12 (c = 8 tokens), "
                + "b = 2022-01 (d = 7 tokens); "), keyness.caption());
        Table table = keyness.table().sortOn("family");
        assertEquals(List.of("guarantees/expansion", "sanctions/consequences", "talks/diplomacy"),
                table.stringColumn("family").asList(), "a family matched nowhere is no row");
        assertEquals(List.of(1, 2, 1), table.intColumn("a").asList());
        assertEquals(List.of(0, 0, 1), table.intColumn("b").asList());
    }

    @Test
    void changingTheCountTableLeavesTheCountsAsTheyWere() {
        ItemCounts counts = themes().perArticle(TOKENS);
        Table table = counts.table();
        table.intColumn("count").set(0, 99);
        table.dropRows(0);
        assertEquals(12, counts.rowCount());
        // Row 0: a1's first family in alphabetical order, "jaminan keamanan" once.
        assertEquals(List.of("a1", "guarantees/expansion", 1), List.of(counts.id(0), counts.item(0), counts.count(0)));
    }
}
