package org.kabar.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WhitespaceTest {

    @Test
    void eachKindOfSpaceIsWhatItsExpressionMatches() {
        Pattern space = Pattern.compile("\\s");
        Pattern unicodeSpace = Pattern.compile("\\s", Pattern.UNICODE_CHARACTER_CLASS);
        Pattern horizontal = Pattern.compile("\\h");
        Pattern lineBreak = Pattern.compile("\\R");
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String one = String.valueOf(c);
            assertEquals(space.matcher(one).matches(), Whitespace.isSpace(c), "\\s " + (int) c);
            assertEquals(unicodeSpace.matcher(one).matches(), Whitespace.isUnicodeSpace(c), "(?U)\\s " + (int) c);
            assertEquals(horizontal.matcher(one).matches(), Whitespace.isHorizontalSpace(c), "\\h " + (int) c);
            assertEquals(lineBreak.matcher(one).matches(), Whitespace.isLineBreak(c), "\\R " + (int) c);
        }
    }

    @Test
    void linesSplitAsTheLineBreakExpressionSplits() {
        assertEquals(List.of("satu", "dua", "", "tiga"), Whitespace.lines("satu\r\ndua\n\u2028tiga\n\n"));
        assertEquals(List.of("", "satu"), Whitespace.lines("\nsatu"));
        assertEquals(List.of("tanpa baris baru"), Whitespace.lines("tanpa baris baru"));
        assertEquals(List.of(""), Whitespace.lines(""));
    }

    @Test
    void wordsSplitAtRunsOfSpace() {
        assertArrayEquals(new String[] {"Jum'at,", "21", "Januari"}, Whitespace.words("Jum'at,  21\tJanuari"));
        // a no-break space is not \s without Unicode classes: it stays inside the word
        assertArrayEquals(new String[] {"", "a\u00A0b"}, Whitespace.words(" a\u00A0b"));
    }

    @Test
    void atMostWordsCountsAsWordsDoesWithoutLeadingSpace() {
        String text = "  Rabu,\t9 Maret 2022 -\u00a010:00 WIB  ";   // a no-break space joins "-" and "10:00" as \s does not match it
        assertEquals(6, Whitespace.words(text.strip()).length);
        assertTrue(Whitespace.atMostWords(text, 0, text.length(), 6));
        assertFalse(Whitespace.atMostWords(text, 0, text.length(), 5));
        assertTrue(Whitespace.atMostWords(text, 2, 7, 1));                        // "Rabu,"
        assertFalse(Whitespace.atMostWords(text, 2, 9, 1));                       // "Rabu,", "9"
        assertTrue(Whitespace.atMostWords(text, 3, 3, 0));
    }

    @Test
    void runsCollapseAndBlankStretchesBecomeOneBlankLine() {
        assertEquals("a b c ", Whitespace.collapseSpaces("a \t b\n\nc\r"));
        assertEquals("satu\n\ndua\ntiga", Whitespace.oneBlankLine("satu\n \n\t\n\ndua\ntiga"));
        assertEquals("satu\n  dua", Whitespace.oneBlankLine("satu\n  dua"));
        assertEquals("a b c", Whitespace.horizontalSpacesAsSpaces("a\u00A0b\u2009c"));
    }
}
