package org.kabar.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void sortedValuesTakeTheCycleInTurnSoPeriodsRunBlueThenVermillion() {
        Palette palette = Theme.standard().palette(List.of("2024-02", "2023-12", "2024-01"));
        assertEquals(new Color(0x0072B2), palette.color("2023-12"));   // Okabe–Ito blue
        assertEquals(new Color(0xD55E00), palette.color("2024-01"));   // vermillion
        assertEquals(new Color(0x009E73), palette.color("2024-02"));   // bluish green
    }

    @Test
    void theSameValuesGiveTheSameColoursInAnyOrder() {
        Palette one = Theme.standard().palette(List.of("Tempo.co", "ANTARA", "detikNews"));
        Palette two = Theme.standard().palette(List.of("detikNews", "Tempo.co", "ANTARA", "ANTARA"));
        for (String outlet : List.of("ANTARA", "Tempo.co", "detikNews")) {
            assertEquals(one.color(outlet), two.color(outlet), outlet);
        }
    }

    @Test
    void otherAndUndatedKeepTheirGreysAndTakeNoCycleColour() {
        Palette palette = Theme.standard().palette(List.of("other", "undated", "2022-01", "", "unknown"));
        assertEquals(Palette.UNKNOWN, palette.color("unknown"));
        assertEquals(Palette.OTHER, palette.color("other"));
        assertEquals(Palette.UNDATED, palette.color("undated"));
        assertEquals(Palette.UNDATED, palette.color(""));
        assertEquals(new Color(0x0072B2), palette.color("2022-01"));
    }

    @Test
    void fifteenValuesRepeatTheFourteenColoursOnlyAfterUsingAll() {
        List<String> names = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o");
        Palette palette = Theme.standard().palette(names);
        assertEquals(14, names.subList(0, 14).stream().map(palette::color).distinct().count());
        assertEquals(palette.color("a"), palette.color("o"));
        assertNotEquals(palette.color("a"), palette.color("n"));
    }

    @Test
    void aValueOutsideThePaletteIsNamed() {
        Exception e = assertThrows(IllegalArgumentException.class, () -> Theme.standard().palette(List.of("a")).color("b"));
        assertEquals("'b' is not one of [a]", e.getMessage());
    }
}
