package org.kabar.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabar.chart.Theme;
import org.kabar.text.ItemCounts;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The typed result of a comparison, on the worked numbers of KeynessTest (its tables) and LogOddsTest
 * (docs/methods.md): December d1, d2 (600 tokens each, c = 1200), January j1 (900 tokens, d = 900);
 * sanksi a = 25, b = 5 (G² 9.4201, Log Ratio 1.9069), nato a = 6, b = 0 (G² 6.7154, Log Ratio
 * 3.1699), rusia a = 12, b = 9 (the same rate: G² 0, Log Ratio 0).
 */
class ComparisonTest {

    private static final double TOLERANCE = 5e-5;

    private static Keyness decemberVsJanuary() {
        return Keyness.compare(KeynessTest.terms(), KeynessTest.articles(), "period", "2021-12", "2022-01");
    }

    private static List<Object> list(java.util.Collection<?> values) {
        return new ArrayList<>(values);
    }

    @Test
    void runRecordsWhatWasComparedTheGroupsTheFiltersAndTheStatistic() {
        Comparison keyness = decemberVsJanuary().minFrequency(2).run();
        assertEquals("term", keyness.item());
        assertEquals("period", keyness.groupColumn());
        assertEquals(new Comparison.Group("2021-12", 1200, 2), keyness.target());
        assertEquals(new Comparison.Group("2022-01", 900, 1), keyness.reference());
        assertEquals(2, keyness.minFrequency());
        assertEquals(1, keyness.minDocumentFrequency());
        assertEquals(new Statistic.LogLikelihood(G2Form.TWO_TERM), keyness.statistic());
        assertFalse(keyness.significantOnly());
        assertEquals(3, keyness.rowCount());
        String caption = "own counts of term by period: a = 2021-12 (c = 1200 tokens), b = 2022-01 (d = 900 tokens); "
                + "g2 = log-likelihood G², 2-term (Rayson & Garside 2000); "
                + "log_ratio = Log Ratio (Hardie 2014), a zero frequency counted as 0.5";
        assertEquals(caption, keyness.caption());
        assertEquals(caption, keyness.table().name());
    }

    @Test
    void theFourTermFormIsRecorded() {
        assertEquals(new Statistic.LogLikelihood(G2Form.FOUR_TERM),
                decemberVsJanuary().form(G2Form.FOUR_TERM).run().statistic());
    }

    @Test
    void significantKeepsTheRowsWithG2AtLeast384InTheirRankAndSaysSo() {
        Comparison keyness = decemberVsJanuary().run();
        Comparison significant = keyness.significant();
        // sanksi 9.4201 and nato 6.7154 pass 3.84; rusia (0) does not.
        assertEquals(List.of("sanksi", "nato"), significant.table().stringColumn("term").asList());
        assertTrue(significant.significantOnly());
        assertTrue(significant.caption().endsWith("; only rows with G² ≥ 3.84 (p < 0.05)"), significant.caption());
        assertEquals(keyness.target(), significant.target());
        assertEquals(3, keyness.rowCount(), "the comparison it came from keeps every row");
    }

    @Test
    void chartDrawsLogRatioEachWayWithTheGroupsColoursAndTitlesFromTheRecord() {
        CategoryChart chart = decemberVsJanuary().run().significant().chart(10).build();
        assertEquals("Key words: 2021-12 vs 2022-01 (G² ≥ 3.84)", chart.getTitle());
        assertEquals("word", chart.getXAxisTitle());
        assertEquals("Log Ratio (log₂ of the rate ratio)", chart.getYAxisTitle());
        CategorySeries december = chart.getSeriesMap().get("2021-12");
        CategorySeries january = chart.getSeriesMap().get("2022-01");
        // Both significant words lean to December, the largest Log Ratio first.
        assertEquals(List.of("nato", "sanksi"), list(december.getXData()));
        List<?> values = list(december.getYData());
        assertEquals(3.1699, ((Number) values.get(0)).doubleValue(), TOLERANCE);
        assertEquals(1.9069, ((Number) values.get(1)).doubleValue(), TOLERANCE);
        assertEquals(Arrays.asList(null, null), list(january.getYData()));
        assertEquals(Theme.standard().cycle().get(0), december.getFillColor());
        assertEquals(Theme.standard().cycle().get(1), january.getFillColor());
    }

    @Test
    void chartOfAllRowsAndOfAnotherItemNameTheirTitles() {
        assertEquals("Key words: 2021-12 vs 2022-01", decemberVsJanuary().run().chart(5).build().getTitle());
        Table actorCounts = Table.create("actors", StringColumn.create("id", "d1", "j1"),
                StringColumn.create("actor", "Lavrov", "Blinken"), IntColumn.create("count", 2, 1));
        CategoryChart actors = Keyness.compare(ItemCounts.of(actorCounts, "actor"), KeynessTest.articles(), "period",
                "2021-12", "2022-01").run().chart(5).build();
        assertEquals("Key actors: 2021-12 vs 2022-01", actors.getTitle());
        assertEquals("actor", actors.getXAxisTitle());
    }

    @Test
    void logOddsRecordsItsPriorAndChartsZ() {
        // LogOddsTest's worked example: T = {sanksi 6, dialog 2, nato 4}, R = {sanksi 1, dialog 7, nato 4}.
        Table articles = Table.create("articles", StringColumn.create("id", "t", "r"),
                StringColumn.create("period", "2021-12", "2022-01"), IntColumn.create("tokens", 12, 12));
        Table terms = Table.create("terms", StringColumn.create("id", "t", "t", "t", "r", "r", "r"),
                StringColumn.create("term", "sanksi", "dialog", "nato", "sanksi", "dialog", "nato"),
                IntColumn.create("count", 6, 2, 4, 1, 7, 4));
        LogOdds logOdds = LogOdds.compare(ItemCounts.of(terms, "term"), articles, "period", "2021-12", "2022-01");
        assertEquals(new Statistic.LogOddsWithPrior(24), logOdds.run().statistic(), "default α0 = Σ(a + b)");
        Comparison shrunk = logOdds.priorSize(12).run();
        assertEquals(new Statistic.LogOddsWithPrior(12), shrunk.statistic());
        CategoryChart chart = shrunk.chart(10).build();
        assertEquals("Log-odds with informative Dirichlet prior: top words each way", chart.getTitle());
        assertEquals("z-score", chart.getYAxisTitle());
        // sanksi z = 1.8234 leans to T, dialog z = −1.8484 to R, nato (z = 0) is left out.
        assertEquals(List.of("sanksi", "dialog"), list(chart.getSeriesMap().get("2021-12").getXData()));
        assertEquals(-1.8484, ((Number) list(chart.getSeriesMap().get("2022-01").getYData()).get(1)).doubleValue(),
                TOLERANCE);
        // No |z| reaches 1.96: nothing is significant, which is a result, not an error.
        assertEquals(0, shrunk.significant().rowCount());
    }

    @Test
    void anOptionReturnsANewComparisonAndLeavesTheOriginalAsItWas() {
        Keyness base = decemberVsJanuary();
        Keyness filtered = base.minFrequency(22);
        base.minDocumentFrequency(3);
        base.form(G2Form.FOUR_TERM);
        Comparison all = base.run();
        assertEquals(List.of("sanksi", "nato", "rusia"), all.table().stringColumn("term").asList());
        assertEquals(9.4201, all.table().doubleColumn("g2").get(0), TOLERANCE);
        assertEquals(List.of("sanksi"), filtered.run().table().stringColumn("term").asList());

        LogOdds prior = LogOdds.compare(KeynessTest.terms(), KeynessTest.articles(), "period", "2021-12", "2022-01");
        prior.priorSize(12);
        assertEquals(new Statistic.LogOddsWithPrior(57), prior.run().statistic(), "α0 = 30 + 6 + 21 = 57");
    }

    @Test
    void theTableIsACopyThatCannotChangeTheComparison() {
        Comparison keyness = decemberVsJanuary().run();
        Table table = keyness.table();
        table.dropRows(0);
        table.setName("changed");
        assertEquals(3, keyness.table().rowCount());
        assertEquals(keyness.caption(), keyness.table().name());
    }
}
