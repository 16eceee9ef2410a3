package org.kabar.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabar.text.ItemCounts;
import org.kabar.corpus.Corpus;
import org.kabar.terms.Terms;
import org.kabar.text.Tokens;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class KeynessTest {

    private static final double TOLERANCE = 5e-5;

    /** December: d1 and d2, 600 tokens each (c = 1200); January: j1, 900 tokens (d = 900); February ignored. */
    static Table articles() {
        return Table.create("articles", StringColumn.create("id", "d1", "d2", "j1", "f1"),
                StringColumn.create("period", "2021-12", "2021-12", "2022-01", "2022-02"),
                IntColumn.create("tokens", 600, 600, 900, 5000));
    }

    /**
     * sanksi: a = 20 + 5 = 25, b = 5 (docs/methods.md, second worked example); nato: a = 6 in d1 only, b = 0 (the
     * third); rusia: a = 6 + 6 = 12, b = 9, the same rate in both groups.
     */
    static ItemCounts terms() {
        return ItemCounts.of(termTable(), "term");
    }

    /** The table of {@link #terms()}. */
    static Table termTable() {
        return Table.create("terms",
                StringColumn.create("id", "d1", "d2", "j1", "d1", "d1", "d2", "j1", "f1"),
                StringColumn.create("term", "sanksi", "sanksi", "sanksi", "nato", "rusia", "rusia", "rusia", "nato"),
                StringColumn.create("surface", "sanksi", "Sanksi", "Sanksi", "NATO", "Rusia", "Rusia", "Rusia", "NATO"),
                IntColumn.create("count", 20, 5, 5, 6, 6, 6, 9, 100));
    }

    private static Keyness decemberVsJanuary() {
        return Keyness.compare(terms(), articles(), "period", "2021-12", "2022-01");
    }

    /**
     * December (000, 001, 002) against January (003, 004) on the seeds' cleaned text, three words
     * counted by reading (whole words, any case; "berdialog" is not "dialog"):
     * <pre>
     *             000 001 002 | 003 004 |  a  b | df_a df_b
     *   pasukan     1   2   3 |   2   1 |  6  3 |   3    2
     *   dialog      2   0   1 |   2   1 |  3  3 |   2    2
     *   kremlin     0   0   0 |   1   1 |  0  2 |   0    2
     * </pre>
     * c = 278 + 372 + 367 = 1017 and d = 459 + 349 = 808 word tokens (the loader's tokens column), N = 1825.
     * <pre>
     * pasukan: E1 = 1017·9/1825 = 5.015342, E2 = 808·9/1825 = 3.984658
     *          G² = 2·(6·ln(6/5.015342) + 3·ln(3/3.984658)) = 2·(6·0.179258 + 3·(−0.283839))
     *             = 2·(1.075547 − 0.851517) = 0.448059
     *          LR = log2((6/1017)/(3/808)) = log2(4848/3051) = log2(1.588987) = 0.668108
     * dialog:  E1 = 1017·6/1825 = 3.343562, E2 = 808·6/1825 = 2.656438
     *          G² = 2·(3·ln(3/3.343562) + 3·ln(3/2.656438)) = 2·(3·(−0.108424) + 3·0.121626)
     *             = 2·(−0.325273 + 0.364878) = 0.079210
     *          LR = log2((3/1017)/(3/808)) = log2(808/1017) = log2(0.794494) = −0.331892
     * kremlin: E1 = 1017·2/1825 = 1.114521 (a = 0 contributes 0), E2 = 808·2/1825 = 0.885479
     *          G² = 2·(0 + 2·ln(2/0.885479)) = 2·(2·0.814773) = 3.259093   (below 3.84: n.s.)
     *          LR = log2((0.5/1017)/(2/808)) = log2(404/2034) = log2(0.198623) = −2.331892  (0 → 0.5)
     * </pre>
     */
    @Test
    void seedsDecemberAgainstJanuaryMatchHandCounts() {
        Table articles = Corpus.load(Path.of("..", "seeds")).articles();
        Table key = Keyness.compare(Terms.unigrams().perArticle(Tokens.of(articles)), articles, "period",
                "2021-12", "2022-01").run().table();
        assertTrue(key.name().contains("c = 1017 tokens") && key.name().contains("d = 808 tokens"), key.name());
        Object[][] expected = {
            // term, a, b, df_a, df_b, G², Log Ratio, direction, p level
            {"pasukan", 6, 3, 3, 2, 0.448059, 0.668108, "2021-12", "n.s."},
            {"dialog", 3, 3, 2, 2, 0.079210, -0.331892, "2022-01", "n.s."},
            {"kremlin", 0, 2, 0, 2, 3.259093, -2.331892, "2022-01", "n.s."},
        };
        for (Object[] row : expected) {
            Table found = key.where(key.stringColumn("term").isEqualTo((String) row[0]));
            assertEquals(1, found.rowCount(), (String) row[0]);
            assertEquals(List.of(row[1], row[2], row[3], row[4]), List.of(found.intColumn("a").get(0),
                    found.intColumn("b").get(0), found.intColumn("df_a").get(0), found.intColumn("df_b").get(0)),
                    (String) row[0]);
            assertEquals((double) row[5], found.doubleColumn("g2").get(0), TOLERANCE, row[0] + " G²");
            assertEquals((double) row[6], found.doubleColumn("log_ratio").get(0), TOLERANCE, row[0] + " Log Ratio");
            assertEquals(row[7], found.getString(0, "direction"), (String) row[0]);
            assertEquals(row[8], found.getString(0, "p_level"), (String) row[0]);
        }
    }

    @Test
    void logRatioFollowsHardiesWorkedExamples() {
        assertEquals(2.3219, Keyness.logRatio(10, 2, 1000, 1000), TOLERANCE);
        assertEquals(1.9069, Keyness.logRatio(25, 5, 1200, 900), TOLERANCE);
        assertEquals(3.1699, Keyness.logRatio(6, 0, 1200, 900), TOLERANCE);
        assertEquals(1.5850, Keyness.logRatio(60, 30, 20000, 30000), TOLERANCE);
        assertEquals(-3.1699, Keyness.logRatio(0, 6, 900, 1200), TOLERANCE);
    }

    @Test
    void pLevelUsesTheStrictestCriticalValueReached() {
        assertEquals("n.s.", Keyness.pLevel(3.83));
        assertEquals("p<0.05", Keyness.pLevel(3.84));
        assertEquals("p<0.01", Keyness.pLevel(6.7154));
        assertEquals("p<0.001", Keyness.pLevel(10.83));
        assertEquals("p<0.0001", Keyness.pLevel(26.0319));
    }

    @Test
    void tableCarriesCountsRatesDocumentFrequenciesAndStatistics() {
        Table key = decemberVsJanuary().run().table();
        assertEquals(List.of("term", "surface", "a", "b", "per_1000_a", "per_1000_b", "df_a", "df_b",
                "g2", "p_level", "log_ratio", "direction"), key.columnNames());
        assertEquals(List.of("sanksi", "nato", "rusia"), key.stringColumn("term").asList());
        assertEquals(List.of("sanksi", "NATO", "Rusia"), key.stringColumn("surface").asList());
        assertEquals(List.of(25, 6, 12), key.intColumn("a").asList());
        assertEquals(List.of(5, 0, 9), key.intColumn("b").asList());
        assertEquals(List.of(2, 1, 2), key.intColumn("df_a").asList());
        assertEquals(List.of(1, 0, 1), key.intColumn("df_b").asList());
        assertEquals(1000.0 * 25 / 1200, key.doubleColumn("per_1000_a").get(0), 1e-9);
        assertEquals(1000.0 * 5 / 900, key.doubleColumn("per_1000_b").get(0), 1e-9);
        assertEquals(9.4201, key.doubleColumn("g2").get(0), TOLERANCE);
        assertEquals(6.7154, key.doubleColumn("g2").get(1), TOLERANCE);
        assertEquals(0, key.doubleColumn("g2").get(2), 1e-12);
        assertEquals(List.of("p<0.01", "p<0.01", "n.s."), key.stringColumn("p_level").asList());
        assertEquals(1.9069, key.doubleColumn("log_ratio").get(0), TOLERANCE);
        assertEquals(3.1699, key.doubleColumn("log_ratio").get(1), TOLERANCE);
        assertEquals(List.of("2021-12", "2021-12", "equal"), key.stringColumn("direction").asList());
    }

    @Test
    void fourTermFormIsOfferedAndNamedInTheCaption() {
        Table key = decemberVsJanuary().form(G2Form.FOUR_TERM).run().table();
        assertEquals(9.5418, key.doubleColumn("g2").get(0), TOLERANCE);
        assertEquals(6.7283, key.doubleColumn("g2").get(1), TOLERANCE);
        assertTrue(key.name().contains("G², 4-term (Dunning 1993)"), key.name());
    }

    @Test
    void captionNamesGroupsTheirTokenTotalsAndTheDefaultForm() {
        assertEquals("own counts of term by period: a = 2021-12 (c = 1200 tokens), b = 2022-01 (d = 900 tokens); "
                        + "g2 = log-likelihood G², 2-term (Rayson & Garside 2000); "
                        + "log_ratio = Log Ratio (Hardie 2014), a zero frequency counted as 0.5",
                decemberVsJanuary().run().table().name());
    }

    @Test
    void frequencyFiltersCountBothGroups() {
        assertEquals(List.of("sanksi", "rusia"),
                decemberVsJanuary().minFrequency(7).run().table().stringColumn("term").asList());
        assertEquals(List.of("sanksi", "rusia"),
                decemberVsJanuary().minDocumentFrequency(2).run().table().stringColumn("term").asList());
    }

    @Test
    void equalStatisticsAreOrderedByTerm() {
        Table terms = Table.create("terms", StringColumn.create("id", "d1", "d1"),
                StringColumn.create("term", "ukraina", "eropa"), IntColumn.create("count", 3, 3));
        Table key = Keyness.compare(ItemCounts.of(terms, "term"), articles(), "period", "2021-12", "2022-01").run().table();
        assertEquals(List.of("eropa", "ukraina"), key.stringColumn("term").asList());
        assertEquals(List.of("eropa", "ukraina"), key.stringColumn("surface").asList());
    }

    @Test
    void countsOfAnotherItemAreComparedUnderItsName() {
        Table actors = Table.create("actors", StringColumn.create("id", "d1", "j1"),
                StringColumn.create("actor", "Lavrov", "Blinken"), IntColumn.create("count", 2, 1));
        Table key = Keyness.compare(ItemCounts.of(actors, "actor"), articles(), "period", "2021-12", "2022-01")
                .run().table();
        assertEquals(List.of("actor", "surface"), key.columnNames().subList(0, 2));
        assertEquals(List.of("Blinken", "Lavrov"), key.stringColumn("actor").asList().stream().sorted().toList());
    }

    @Test
    void callersTablesAreLeftUnchanged() {
        Table terms = termTable();
        Table articles = articles();
        String before = terms.printAll() + articles.printAll();
        Keyness.compare(ItemCounts.of(terms, "term"), articles, "period", "2021-12", "2022-01").run().table();
        assertEquals(before, terms.printAll() + articles.printAll());
    }

    @Test
    void missingGroupIsReported() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Keyness.compare(terms(), articles(), "period", "2021-12", "2022-03").run().table());
        assertEquals("no article has period = 2022-03", error.getMessage());
    }

    @Test
    void countsForUnknownArticlesAreRejected() {
        Table terms = Table.create("terms", StringColumn.create("id", "zz"), StringColumn.create("term", "nato"),
                IntColumn.create("count", new int[] {1}));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Keyness.compare(ItemCounts.of(terms, "term"), articles(), "period", "2021-12", "2022-01").run().table());
        assertEquals("counts name article 'zz', which articles lacks", error.getMessage());
    }
}
