package org.kabar.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class KeynessTest {

    private static final double TOLERANCE = 5e-5;

    /** December: d1 and d2, 600 tokens each (c = 1200); January: j1, 900 tokens (d = 900); February ignored. */
    private static Table articles() {
        return Table.create("articles", StringColumn.create("id", "d1", "d2", "j1", "f1"),
                StringColumn.create("period", "2021-12", "2021-12", "2022-01", "2022-02"),
                IntColumn.create("tokens", 600, 600, 900, 5000));
    }

    /**
     * sanksi: a = 20 + 5 = 25, b = 5 (METHODS.md's second example); nato: a = 6 in d1 only, b = 0 (the
     * third); rusia: a = 6 + 6 = 12, b = 9, the same rate in both groups.
     */
    private static Table terms() {
        return Table.create("terms",
                StringColumn.create("id", "d1", "d2", "j1", "d1", "d1", "d2", "j1", "f1"),
                StringColumn.create("term", "sanksi", "sanksi", "sanksi", "nato", "rusia", "rusia", "rusia", "nato"),
                StringColumn.create("surface", "sanksi", "Sanksi", "Sanksi", "NATO", "Rusia", "Rusia", "Rusia", "NATO"),
                IntColumn.create("count", 20, 5, 5, 6, 6, 6, 9, 100));
    }

    private static Keyness decemberVsJanuary() {
        return Keyness.compare(terms(), articles(), "period", "2021-12", "2022-01");
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
        Table key = decemberVsJanuary().run();
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
        Table key = decemberVsJanuary().form(G2Form.FOUR_TERM).run();
        assertEquals(9.5418, key.doubleColumn("g2").get(0), TOLERANCE);
        assertEquals(6.7283, key.doubleColumn("g2").get(1), TOLERANCE);
        assertTrue(key.name().contains("G², 4-term (Dunning 1993)"), key.name());
    }

    @Test
    void captionNamesGroupsTheirTokenTotalsAndTheDefaultForm() {
        assertEquals("term by period: a = 2021-12 (c = 1200 tokens), b = 2022-01 (d = 900 tokens); "
                        + "g2 = log-likelihood G², 2-term (Rayson & Garside 2000); "
                        + "log_ratio = Log Ratio (Hardie 2014), a zero frequency counted as 0.5",
                decemberVsJanuary().run().name());
    }

    @Test
    void frequencyFiltersCountBothGroups() {
        assertEquals(List.of("sanksi", "rusia"),
                decemberVsJanuary().minFrequency(7).run().stringColumn("term").asList());
        assertEquals(List.of("sanksi", "rusia"),
                decemberVsJanuary().minDocumentFrequency(2).run().stringColumn("term").asList());
    }

    @Test
    void equalStatisticsAreOrderedByTerm() {
        Table terms = Table.create("terms", StringColumn.create("id", "d1", "d1"),
                StringColumn.create("term", "ukraina", "eropa"), IntColumn.create("count", 3, 3));
        Table key = Keyness.compare(terms, articles(), "period", "2021-12", "2022-01").run();
        assertEquals(List.of("eropa", "ukraina"), key.stringColumn("term").asList());
        assertEquals(List.of("eropa", "ukraina"), key.stringColumn("surface").asList());
    }

    @Test
    void actorsCanBeComparedThroughTheirMentionCounts() {
        Table mentions = Table.create("mentions", StringColumn.create("id", "d1", "d1", "j1"),
                StringColumn.create("actor", "Lavrov", "Lavrov", "Blinken"));
        Table key = Keyness.compare(ItemCounts.perArticle(mentions, "actor"), articles(), "period", "2021-12", "2022-01")
                .item("actor").run();
        assertEquals(List.of("actor", "surface"), key.columnNames().subList(0, 2));
        assertEquals(List.of("Blinken", "Lavrov"), key.stringColumn("actor").asList().stream().sorted().toList());
    }

    @Test
    void callersTablesAreLeftUnchanged() {
        Table terms = terms();
        Table articles = articles();
        String before = terms.printAll() + articles.printAll();
        Keyness.compare(terms, articles, "period", "2021-12", "2022-01").run();
        assertEquals(before, terms.printAll() + articles.printAll());
    }

    @Test
    void missingGroupIsReported() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Keyness.compare(terms(), articles(), "period", "2021-12", "2022-03").run());
        assertEquals("no article has period = 2022-03", error.getMessage());
    }

    @Test
    void countsForUnknownArticlesAreRejected() {
        Table terms = Table.create("terms", StringColumn.create("id", "zz"), StringColumn.create("term", "nato"),
                IntColumn.create("count", new int[] {1}));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Keyness.compare(terms, articles(), "period", "2021-12", "2022-01").run());
        assertEquals("counts name article 'zz', which articles lacks", error.getMessage());
    }

    @Test
    void missingColumnIsNamed() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> decemberVsJanuary().item("stem").run());
        assertEquals("counts table has no column 'stem'; its columns are [id, term, surface, count]",
                error.getMessage());
    }
}
