package org.kabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AlternationTest {

    @Test
    void sharedBeginningsAreWrittenOnce() {
        assertEquals("\\QK\\E(?:\\Qompas\\E(?:\\Q TV\\E|\\Q.com\\E)|\\Qumparan\\E)",
                Alternation.of(List.of("Kumparan", "Kompas.com", "Kompas TV"), false));
        assertEquals("\\Qbbc\\E", Alternation.of(List.of("bbc"), false));
        assertEquals("", Alternation.of(List.of(), true));
    }

    @Test
    void aNameThatBeginsAnotherIsTriedAfterTheLongerOne() {
        // "Kompas" ends where "Kompas.com" goes on: the empty alternative comes last.
        assertEquals("\\QKompas\\E(?:\\Q.com\\E|)", Alternation.of(List.of("Kompas", "Kompas.com"), false));
        Pattern dateline = Pattern.compile("(" + Alternation.of(List.of("Kompas", "Kompas.com"), false) + ")\\s*-");
        assertEquals("Kompas.com", group(dateline, "Kompas.com - Harga naik."));
        // The longer name cannot be followed by the dash here, so the shorter one is taken, as in "Kompas.com|Kompas".
        assertEquals("Kompas", group(dateline, "Kompas - Harga naik."));
    }

    @Test
    void ignoringCaseCharactersThatFoldAlikeShareABranch() {
        String regex = Alternation.of(List.of("KOMPAS.TV", "Kompas.com", "kompasTV"), true);
        assertEquals("\\QKOMPAS\\E(?:\\Q.\\E(?:\\Qcom\\E|\\QTV\\E)|\\QTV\\E)", regex);
        Pattern names = Pattern.compile("(?i:(" + regex + "))", Pattern.UNICODE_CHARACTER_CLASS);
        assertEquals("kompas.COM", group(names, "kompas.COM"));
        assertEquals("KompasTv", group(names, "KompasTv"));
    }

    @Test
    void withoutIgnoringCaseOnlyTheWrittenCaseMatches() {
        Pattern capitals = Pattern.compile(Alternation.of(List.of("ANTARA", "ANTV"), false));
        assertEquals("ANTARA", group(capitals, "ANTARA - Harga"));
        assertFalse(capitals.matcher("Antara - Harga").lookingAt());
    }

    private static String group(Pattern pattern, String text) {
        Matcher match = pattern.matcher(text);
        return match.lookingAt() ? match.group(match.groupCount() > 0 ? 1 : 0) : null;
    }
}
