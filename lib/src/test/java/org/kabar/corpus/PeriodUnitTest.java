package org.kabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodUnitTest {

    @Test
    void monthsWeeksAndQuartersAreLabelledToSortInTimeOrder() {
        LocalDate date = LocalDate.of(2022, 1, 21);   // a Friday
        assertEquals("2022-01", PeriodUnit.MONTH.label(date));
        assertEquals("2022-W03", PeriodUnit.WEEK.label(date));   // ISO week 3: Mon 17 - Sun 23 January 2022
        assertEquals("2022-Q1", PeriodUnit.QUARTER.label(date));
        assertEquals("2022-12", PeriodUnit.MONTH.label(LocalDate.of(2022, 12, 31)));
        assertEquals("2022-Q4", PeriodUnit.QUARTER.label(LocalDate.of(2022, 12, 31)));
    }

    @Test
    void weeksBelongToTheIsoWeekBasedYear() {
        assertEquals("2021-W52", PeriodUnit.WEEK.label(LocalDate.of(2022, 1, 2)));   // a Sunday
        assertEquals("2022-W01", PeriodUnit.WEEK.label(LocalDate.of(2022, 1, 3)));   // the Monday after
        assertEquals("2020-W53", PeriodUnit.WEEK.label(LocalDate.of(2021, 1, 1)));
    }

    @Test
    void undatedIsTheEmptyPeriod() {
        assertEquals("", PeriodUnit.QUARTER.label(null));
    }

    @Test
    void namesAreReadAsTyped() {
        assertEquals(PeriodUnit.WEEK, PeriodUnit.of(" Week"));
        Exception e = assertThrows(IllegalArgumentException.class, () -> PeriodUnit.of("year"));
        assertEquals("unknown period 'year' (expected week, month, quarter)", e.getMessage());
    }
}
