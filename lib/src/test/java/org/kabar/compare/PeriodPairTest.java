package org.kabar.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class PeriodPairTest {

    private static Table articles(String... periods) {
        return Table.create("articles", StringColumn.create("period", periods));
    }

    @Test
    void theDefaultIsTheEarliestAndTheLatestDatedPeriod() {
        PeriodPair pair = PeriodPair.of(articles("2023-01", "", "2022-11", "2022-12", "2022-11"));
        assertEquals(List.of("2022-11", "2023-01"), pair.asList());
        assertEquals("2022-11 vs 2023-01", pair.toString());
    }

    @Test
    void aChosenPairWinsWhenBothPeriodsHaveArticles() {
        assertEquals(List.of("2022-12", "2022-11"),
                PeriodPair.of(articles("2022-11", "2022-12", "2023-01"), List.of("2022-12", "2022-11")).asList());
    }

    @Test
    void withoutTwoPeriodsTheReasonIsOneLine() {
        assertEquals("the corpus has articles in no period (no article is dated): a comparison needs two periods",
                PeriodPair.of(articles("", "")).why());
        PeriodPair one = PeriodPair.of(articles("2024-02", ""));
        assertFalse(one.exists());
        assertEquals("the corpus has articles in one period (2024-02): a comparison needs two periods", one.why());
        assertEquals(List.of(), one.asList());
        assertEquals("the periods to compare are 2024-01 and 2024-02, but the corpus has articles in one period (2024-02)",
                PeriodPair.of(articles("2024-02"), List.of("2024-01", "2024-02")).why());
    }
}
