package org.kabar.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LiteralsTest {

    private static final Literals LITERALS = Literals.of(List.of("baca", "baca juga", "juga", "", "aca", "baca"));

    @Test
    void numbersInTheOrderFirstGivenWithoutTheEmptyLiteral() {
        assertEquals(0, LITERALS.number("baca"));
        assertEquals(1, LITERALS.number("baca juga"));
        assertEquals(2, LITERALS.number("juga"));
        assertEquals(3, LITERALS.number("aca"));
        assertThrows(IllegalArgumentException.class, () -> LITERALS.number(""));
        assertThrows(IllegalArgumentException.class, () -> LITERALS.number("lain"));
    }

    @Test
    void whichOccurIncludingOverlappingOnes() {
        boolean[] held = LITERALS.occurring("baca juga: berita lain");
        assertArrayEquals(new boolean[] {true, true, true, true}, held);
        boolean[] some = LITERALS.occurring("membaca saja");
        assertArrayEquals(new boolean[] {true, false, false, true}, some);
    }

    @Test
    void startsOfEveryOccurrenceAscending() {
        // "baca baca juga": baca at 0 and 5, "baca juga" at 5, juga at 10, aca at 1 and 6.
        int[][] starts = LITERALS.starts("baca baca juga");
        assertArrayEquals(new int[] {0, 5}, starts[0]);
        assertArrayEquals(new int[] {5}, starts[1]);
        assertArrayEquals(new int[] {10}, starts[2]);
        assertArrayEquals(new int[] {1, 6}, starts[3]);
        assertArrayEquals(new int[] {}, Literals.of(List.of("x")).starts("tidak ada")[0]);
    }

    @Test
    void noLiteralsFindNothing() {
        Literals none = Literals.of(List.of(""));
        assertArrayEquals(new boolean[0], none.occurring("apa saja"));
        assertEquals(0, none.starts("apa saja").length);
    }
}
