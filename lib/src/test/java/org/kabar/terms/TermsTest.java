package org.kabar.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabar.text.Roots;
import org.kabar.text.SeedArticles;
import org.kabar.text.Tokens;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TermsTest {

    /** a1 has ten words (Rusia menuntut jaminan keamanan Jaminan keamanan dari NATO Rusia menolak); "dari" is a stopword. */
    private static final Tokens TOKENS = Tokens.of(Table.create("articles",
            StringColumn.create("id", "a1", "a2", "a3"),
            StringColumn.create("period", "2021-12", "2022-01", "2022-01"),
            StringColumn.create("text",
                    "Rusia menuntut jaminan keamanan. Jaminan keamanan dari NATO, Rusia menolak.",
                    "Sanksi ekonomi untuk Rusia.",
                    "Rusia menolak sanksi.")));

    private static Table only(Table table, String column, String value) {
        return table.where(table.stringColumn(column).isEqualTo(value));
    }

    @Test
    void unigramsPerArticleLeaveOutStopwordsAndPunctuation() {
        Table a1 = only(Terms.unigrams().perArticle(TOKENS).table(), "id", "a1");
        assertEquals(List.of("jaminan", "keamanan", "rusia", "menolak", "menuntut", "nato"), a1.stringColumn("term").asList());
        assertEquals(List.of(2, 2, 2, 1, 1, 1), a1.intColumn("count").asList());
        assertEquals("Jaminan", a1.stringColumn("surface").get(0));
    }

    @Test
    void perArticleColumnsAreDocumented() {
        assertEquals(List.of("id", "period", "term", "surface", "count"), Terms.unigrams().perArticle(TOKENS).table().columnNames());
    }

    @Test
    void stopwordsCountWhenAsked() {
        Table a1 = only(Terms.unigrams().withStopwords().perArticle(TOKENS).table(), "id", "a1");
        assertTrue(a1.stringColumn("term").asList().contains("dari"));
    }

    @Test
    void bigramsStopAtPunctuationAndStopwords() {
        Table a1 = only(Terms.bigrams().perArticle(TOKENS).table(), "id", "a1");
        assertEquals(List.of("jaminan keamanan", "menuntut jaminan", "rusia menolak", "rusia menuntut"),
                a1.stringColumn("term").asList());
        assertEquals(List.of(2, 1, 1, 1), a1.intColumn("count").asList());
    }

    @Test
    void bigramsWithStopwordsKeptStillStopAtPunctuation() {
        List<String> terms = only(Terms.bigrams().withStopwords().perArticle(TOKENS).table(), "id", "a1").stringColumn("term").asList();
        assertTrue(terms.contains("keamanan dari") && terms.contains("dari nato"));
        assertTrue(!terms.contains("nato rusia") && !terms.contains("keamanan jaminan"));
    }

    @Test
    void bigramsDoNotCrossALineBreak() {
        Tokens tokens = Tokens.of(Table.create("a", StringColumn.create("id", "x"), StringColumn.create("period", "2022-01"),
                StringColumn.create("text", "Rusia menuntut\nNATO menolak")));
        assertEquals(List.of("nato menolak", "rusia menuntut"), Terms.bigrams().perArticle(tokens).table().stringColumn("term").asList());
    }

    @Test
    void perPeriodGivesRatesAndDocumentFrequency() {
        Table january = only(Terms.unigrams().perPeriod(TOKENS), "period", "2022-01");
        assertEquals(List.of("rusia", "sanksi", "ekonomi", "menolak"), january.stringColumn("term").asList());
        assertEquals(List.of(2, 2, 1, 1), january.intColumn("count").asList());
        assertEquals(List.of(2, 2, 1, 1), january.intColumn("df").asList());
        // January: four words in a2 (untuk is a stopword but still a word token) + three in a3 = 7.
        assertEquals(2000.0 / 7, january.doubleColumn("per_1000").get(0), 1e-9);
        assertEquals("Sanksi", january.stringColumn("surface").get(1));
    }

    @Test
    void perPeriodColumnsAreDocumented() {
        assertEquals(List.of("period", "term", "surface", "count", "per_1000", "df"),
                Terms.unigrams().perPeriod(TOKENS).columnNames());
    }

    @Test
    void stemmedTermsMergeInflectionsAndKeepReadableSurface() {
        Tokens tokens = Tokens.of(Table.create("a", StringColumn.create("id", "x"), StringColumn.create("period", "2022-01"),
                StringColumn.create("text", "Pembicaraan dimulai. Mereka berbicara.")));
        Table stems = Terms.unigrams().stemmed().perArticle(tokens).table();
        assertEquals("bicara", stems.stringColumn("term").get(0));
        assertEquals(2, stems.intColumn("count").get(0));
        assertEquals("Pembicaraan", stems.stringColumn("surface").get(0));
    }

    @Test
    void theReducerDecidesWhichWordsCountTogether() {
        // Read: "berdialog" and "dialog" share the root dialog; Snowball stems dialog (and the
        // sentence-initial Dialog) to "alog" but berdialog to "dialog"; "NATO" is kept whole; "dengan",
        // "itu", "mereka" and "ingin" are stopwords.
        Tokens tokens = Tokens.of(Table.create("a", StringColumn.create("id", "x"), StringColumn.create("period", "2022-01"),
                StringColumn.create("text", "Rusia berdialog dengan NATO. Dialog itu penting. Mereka ingin dialog.")));
        Table sastrawi = Terms.unigrams().roots(Roots.sastrawi()).perArticle(tokens).table();
        assertEquals(List.of("dialog", "nato", "penting", "rusia"), sastrawi.stringColumn("term").asList());
        assertEquals(List.of(3, 1, 1, 1), sastrawi.intColumn("count").asList());
        Table snowball = Terms.unigrams().roots(Roots.snowball()).perArticle(tokens).table();
        assertEquals(2, only(snowball, "term", "alog").intColumn("count").get(0));
        assertEquals(1, only(snowball, "term", "dialog").intColumn("count").get(0));
        assertEquals("berdialog", only(snowball, "term", "dialog").stringColumn("surface").get(0));
    }

    @Test
    void seedBigramsIncludeTheStorysPhrases() {
        Table bigrams = Terms.bigrams().perPeriod(Tokens.of(SeedArticles.table()));
        // "jaminan keamanan": 002 (Dec) once; 003 (Jan) once. "sanksi ekonomi": 003 (Jan) once.
        Table december = only(bigrams, "period", "2021-12");
        Table january = only(bigrams, "period", "2022-01");
        assertEquals(1, only(december, "term", "jaminan keamanan").intColumn("count").get(0));
        assertEquals(1, only(january, "term", "jaminan keamanan").intColumn("count").get(0));
        assertEquals(1, only(january, "term", "sanksi ekonomi").intColumn("count").get(0));
    }
}
