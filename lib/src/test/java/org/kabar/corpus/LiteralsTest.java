package org.kabar.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
    void comparedCaseFoldedEitherApostropheForTheOther() {
        Literals names = Literals.of(List.of("jum'at", "BACA"));
        assertEquals(0, names.number("Jum’at"));
        assertEquals(1, names.number("baca"));
        // Folded as read: "JUM’AT" at 0, "Baca" at 7, "BACA" at 13 (inside a word: literals are not words).
        int[][] starts = names.starts("JUM’AT Baca xBACA");
        assertArrayEquals(new int[] {0}, starts[0]);
        assertArrayEquals(new int[] {7, 13}, starts[1]);
        assertArrayEquals(new boolean[] {false, true}, names.occurring("bAcA jumat"));
    }

    @Test
    void noLiteralsFindNothing() {
        Literals none = Literals.of(List.of(""));
        assertArrayEquals(new boolean[0], none.occurring("apa saja"));
        assertEquals(0, none.starts("apa saja").length);
    }

    @Test
    void everyOccurrenceAsASearchForEachLiteralFindsIt() {
        // Random literals and texts over a small alphabet, so that literals overlap, nest and
        // share prefixes and suffixes often; a character outside every literal ('x') and ones
        // beyond Latin-1 included. Expected: each literal searched for alone, at every position.
        Random random = new Random(15);
        String alphabet = "aab ’éx";
        for (int round = 0; round < 500; round++) {
            List<String> literals = new ArrayList<>();
            int count = 1 + random.nextInt(8);
            for (int i = 0; i < count; i++) literals.add(randomText(random, alphabet.replace("x", ""), 1 + random.nextInt(4)));
            String text = randomText(random, alphabet, random.nextInt(40));
            Literals set = Literals.of(literals);
            int[][] starts = set.starts(text);
            boolean[] held = set.occurring(text);
            for (String literal : literals) {
                List<Integer> expected = new ArrayList<>();
                for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) expected.add(at);
                int number = set.number(literal);
                assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), starts[number],
                        () -> "\"" + literal + "\" in \"" + text + "\" among " + literals);
                assertEquals(!expected.isEmpty(), held[number]);
            }
        }
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return text.toString();
    }
}
