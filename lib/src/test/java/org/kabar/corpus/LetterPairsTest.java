package org.kabar.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LetterPairsTest {

    private static final LetterPairs PAIRS = LetterPairs.of("baca juga: kompas.tv");

    @Test
    void literalInTheTextMayOccur() {
        assertTrue(PAIRS.mayContain("kompas.tv"));
        assertTrue(PAIRS.mayContain("a j"));
    }

    @Test
    void literalWithAPairTheTextLacksCannotOccur() {
        assertFalse(PAIRS.mayContain("voaindonesia.com"));
        assertFalse(PAIRS.mayContain("ab"));
    }

    @Test
    void literalsTooShortForAPairMayAlwaysOccur() {
        assertTrue(PAIRS.mayContain(""));
        assertTrue(PAIRS.mayContain("z"));
    }
}
