package org.kabar.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked examples of docs/methods.md (G²), computed there by hand. */
class G2FormTest {

    @ParameterizedTest(name = "a={0} b={1} c={2} d={3}")
    @CsvSource({
        "10, 2, 1000, 1000, 5.8221, 5.8543",
        "25, 5, 1200, 900, 9.4201, 9.5418",
        "6, 0, 1200, 900, 6.7154, 6.7283",
        "60, 30, 20000, 30000, 26.0319, 26.0800"})
    void reproducesTheWorkedExamples(double a, double b, double c, double d, double twoTerm, double fourTerm) {
        assertEquals(twoTerm, G2Form.TWO_TERM.g2(a, b, c, d), 5e-5);
        assertEquals(fourTerm, G2Form.FOUR_TERM.g2(a, b, c, d), 5e-5);
    }

    @Test
    void equalRatesGiveZero() {
        assertEquals(0, G2Form.TWO_TERM.g2(5, 10, 100, 200), 1e-12);
        assertEquals(0, G2Form.FOUR_TERM.g2(5, 10, 100, 200), 1e-12);
    }

    @Test
    void labelsNameTheSource() {
        assertEquals("2-term (Rayson & Garside 2000)", G2Form.TWO_TERM.label());
        assertEquals("4-term (Dunning 1993)", G2Form.FOUR_TERM.label());
    }
}
