package org.kabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AbbreviationsTest {

    private static ResourceFile.Line line(int number, String text) {
        return new ResourceFile.Line("abbr.tsv", number, text);
    }

    @Test
    void prefixNeverEndsSentenceButFinalMay() {
        Abbreviations abbreviations = new Abbreviations(List.of(line(1, "Jl.\tprefix"), line(2, "dll.\tfinal")));
        assertTrue(abbreviations.neverEndsSentence("jl"));
        assertFalse(abbreviations.neverEndsSentence("dll"));
        assertTrue(abbreviations.isAbbreviation("dll"));
        assertTrue(abbreviations.neverEndsSentence("W"));
        assertFalse(abbreviations.isAbbreviation("AS"));
    }

    @Test
    void unknownKindIsRejectedWithLine() {
        Exception e = assertThrows(InputException.class,
                () -> new Abbreviations(List.of(line(4, "Jl.\tstart"))));
        assertEquals("abbr.tsv:4: unknown kind 'start' (expected prefix or final)", e.getMessage());
    }

    @Test
    void entryWithoutDotIsRejectedWithLine() {
        Exception e = assertThrows(InputException.class,
                () -> new Abbreviations(List.of(line(2, "Menlu\tprefix"))));
        assertEquals("abbr.tsv:2: abbreviation 'Menlu' must be letters followed by a dot", e.getMessage());
    }
}
