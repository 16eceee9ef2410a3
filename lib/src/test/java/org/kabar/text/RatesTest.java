package org.kabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RatesTest {

    @Test
    void perThousandWordTokensAndZeroForNoWords() {
        // By hand: 3 in 1,500 words is 2 per 1,000; 7 in 700 is 10; no words, no rate to speak of: 0.
        assertEquals(2.0, Rates.perThousand(3, 1500));
        assertEquals(10.0, Rates.perThousand(7, 700));
        assertEquals(0.0, Rates.perThousand(0, 0));
    }
}
