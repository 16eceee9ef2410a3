package org.kabar.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabar.text.Tokens;
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
        Table perArticle = themes().perArticle(TOKENS);
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
        assertEquals(2, count(themes().perArticle(tokens), "id", "a", "sanctions/consequences"));
    }

    @Test
    void aUserAddsATermToANewFamily() {
        Table perArticle = themes().with("people", "rusia").perArticle(TOKENS);
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
}
