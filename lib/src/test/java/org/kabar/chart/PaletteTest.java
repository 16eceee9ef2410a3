package org.kabar.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void periodsHaveTheirFixedColours() {
        assertEquals(new Color(0x0072B2), Palette.color("2021-12"));
        assertEquals(new Color(0xD55E00), Palette.color("2022-01"));
    }

    @Test
    void mainActorsHaveFixedDistinctColours() {
        assertEquals(new Color(0xCC6677), Palette.color("Russia"));
        assertEquals(new Color(0x117733), Palette.color("NATO"));
        assertNotEquals(Palette.color("Russia"), Palette.color("United States"));
        assertNotEquals(Palette.color("Joe Biden"), Palette.color("Vladimir Putin"));
    }

    @Test
    void unlistedNameIsColouredByItsHashNotByOrder() {
        // String.hashCode is fixed by the Java specification; floorMod by the 12 fallback colours
        // is 7, the eighth colour: Tol's green.
        assertEquals(-2079630461, "Jerman".hashCode());
        assertEquals(7, Math.floorMod(-2079630461, 12));
        assertEquals(new Color(0x228833), Palette.color("Jerman"));
    }

    @Test
    void unlistedPeriodNeverBorrowsAStoryPeriodColour() {
        for (String period : new String[] {"2021-11", "2022-02", "2022-03", "2023-01"}) {
            assertNotEquals(Palette.DECEMBER_2021, Palette.color(period), period);
            assertNotEquals(Palette.JANUARY_2022, Palette.color(period), period);
        }
    }
}
