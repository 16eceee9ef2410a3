package org.kabar.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabar.text.ItemCounts;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The worked example of docs/methods.md (log-odds): T = {sanksi 6, dialog 2, nato 4}, R = {sanksi 1, dialog 7, nato 4}. */
class LogOddsTest {

    private static final double TOLERANCE = 5e-5;

    private static LogOdds worked() {
        Table articles = Table.create("articles", StringColumn.create("id", "t", "r"),
                StringColumn.create("period", "2021-12", "2022-01"), IntColumn.create("tokens", 12, 12));
        Table terms = Table.create("terms", StringColumn.create("id", "t", "t", "t", "r", "r", "r"),
                StringColumn.create("term", "sanksi", "dialog", "nato", "sanksi", "dialog", "nato"),
                IntColumn.create("count", 6, 2, 4, 1, 7, 4));
        return LogOdds.compare(ItemCounts.of(terms, "term"), articles, "period", "2021-12", "2022-01");
    }

    @Test
    void reproducesTheWorkedExampleWithPriorSizeTwelve() {
        Table words = worked().priorSize(12).run().table();
        assertEquals(List.of("term", "surface", "a", "b", "per_1000_a", "per_1000_b", "df_a", "df_b",
                "alpha", "delta", "variance", "z", "direction"), words.columnNames());
        assertEquals(List.of("sanksi", "nato", "dialog"), words.stringColumn("term").asList());
        assertEquals(3.5, words.doubleColumn("alpha").get(0), 1e-12);
        assertEquals(4.0, words.doubleColumn("alpha").get(1), 1e-12);
        assertEquals(4.5, words.doubleColumn("alpha").get(2), 1e-12);
        assertEquals(1.0435, words.doubleColumn("delta").get(0), TOLERANCE);
        assertEquals(1.8234, words.doubleColumn("z").get(0), TOLERANCE);
        assertEquals(0, words.doubleColumn("delta").get(1), 1e-12);
        assertEquals(0, words.doubleColumn("z").get(1), 1e-12);
        assertEquals(-0.9070, words.doubleColumn("delta").get(2), TOLERANCE);
        assertEquals(-1.8484, words.doubleColumn("z").get(2), TOLERANCE);
        assertEquals(1 / 9.5 + 1 / 4.5, words.doubleColumn("variance").get(0), 1e-12);
        assertEquals(List.of("2021-12", "equal", "2022-01"), words.stringColumn("direction").asList());
    }

    @Test
    void defaultPriorIsThePooledCountsThemselves() {
        Table words = worked().run().table();
        // sanksi: alpha = 6 + 1 = 7, α0 = 24: ln(13/23) − ln(8/28) = 0.682218 by hand.
        assertEquals(7, words.doubleColumn("alpha").get(0), 1e-12);
        assertEquals(0.682218, words.doubleColumn("delta").get(0), 1e-6);
        assertEquals("own counts of term by period: a = 2021-12 (c = 12 tokens), b = 2022-01 (d = 12 tokens); "
                + "log-odds ratio with informative Dirichlet prior (Monroe et al. 2008), "
                + "prior from pooled counts, α0 = 24", words.name());
    }

    @Test
    void filtersDropRowsButNotTheirShareOfThePrior() {
        // a + b: sanksi 7, nato 8, dialog 9.
        Table words = worked().priorSize(12).minFrequency(8).run().table();
        assertEquals(List.of("nato", "dialog"), words.stringColumn("term").asList());
        assertEquals(4.0, words.doubleColumn("alpha").get(0), 1e-12);
        assertEquals(-1.8484, words.doubleColumn("z").get(1), TOLERANCE);
    }

    @Test
    void nonPositivePriorIsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> worked().priorSize(0));
        assertEquals("prior size must be positive, was 0.0", error.getMessage());
    }
}
