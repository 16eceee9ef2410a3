package org.kabar.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabar.compare.Keyness;
import org.kabar.compare.LogOdds;
import org.kabar.text.Roots;
import org.kabar.text.SeedArticles;
import org.kabar.text.Tokens;
import tech.tablesaw.api.IntColumn;
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

    @Test
    void eachWayOfCountingTermsSaysSoInItsCountsAndTheirComparison() {
        assertEquals("terms (words as written)", Terms.unigrams().perArticle(TOKENS).description());
        assertEquals("terms (Snowball stems)", Terms.unigrams().stemmed().perArticle(TOKENS).description());
        assertEquals("terms (Sastrawi roots)", Terms.unigrams().roots(Roots.sastrawi()).perArticle(TOKENS).description());
        assertEquals("terms (Sastrawi roots, 2 root words added)",
                Terms.unigrams().roots(Roots.sastrawi().withWords("Dimas", "Ratna")).description());
        assertEquals("terms (Sastrawi roots, 1 root word added)", Terms.unigrams().roots(Roots.sastrawi().withWords("Dimas")).description());
        assertEquals("two-word terms (words as written)", Terms.bigrams().perArticle(TOKENS).description());
        assertEquals("two-word terms (Snowball stems; stopwords counted)", Terms.bigrams().stemmed().withStopwords().description());
        assertEquals("terms (Snowball stems) per article", Terms.unigrams().stemmed().perArticle(TOKENS).toString());
        assertEquals("terms (Snowball stems) per article", Terms.unigrams().stemmed().perArticle(TOKENS).table().name());
        // The periods' word tokens: a1 has 10; a2 "Sanksi ekonomi untuk Rusia" 4 and a3 "Rusia menolak sanksi" 3.
        Table articles = Table.create("articles", StringColumn.create("id", "a1", "a2", "a3"),
                StringColumn.create("period", "2021-12", "2022-01", "2022-01"), IntColumn.create("tokens", 10, 4, 3));
        String caption = Keyness.compare(Terms.unigrams().stemmed().perArticle(TOKENS), articles, "period", "2021-12", "2022-01")
                .run().caption();
        assertTrue(caption.startsWith("terms (Snowball stems) by period: a = 2021-12 (c = 10 tokens), b = 2022-01 (d = 7 tokens); g2 = "),
                caption);
        assertEquals("two-word terms (words as written) by period", LogOdds.compare(Terms.bigrams().perArticle(TOKENS), articles,
                "period", "2021-12", "2022-01").run().caption().split(":")[0]);
    }
}
