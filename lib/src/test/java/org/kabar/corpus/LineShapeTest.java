package org.kabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.brics.automaton.RegExp;
import dk.brics.automaton.RunAutomaton;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The character classes of the line shapes hold every character the outlet forms' classes
 * match (checked over the whole BMP, surrogates included, so letters beyond it pass as two), and
 * a shape admits a line only where a name may follow.
 */
class LineShapeTest {

    private static RunAutomaton brics(String characterClass) {
        return new RunAutomaton(new RegExp(characterClass, RegExp.NONE).toAutomaton());
    }

    private static boolean javaMatches(String regex, char c) {
        return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS).matcher(String.valueOf(c)).matches();
    }

    @Test
    void whiteIsExactlyUnicodeWhiteSpace() {
        RunAutomaton white = brics(LineShape.WHITE);
        Pattern space = Pattern.compile("\\s", Pattern.UNICODE_CHARACTER_CLASS);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String one = String.valueOf((char) c);
            assertEquals(space.matcher(one).matches(), white.run(one), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void cityClassHoldsEveryLetterOfACityOrBylineAndEverySurrogate() {
        RunAutomaton city = brics(LineShape.NOT_IN_CITY);
        Pattern cityLetter = Pattern.compile("[\\p{Lu}\\p{L}.'’ ]", Pattern.UNICODE_CHARACTER_CLASS);
        int outside = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String one = String.valueOf((char) c);
            if (cityLetter.matcher(one).matches() || Character.isSurrogate((char) c)) {
                assertTrue(city.run(one), "U+" + Integer.toHexString(c));
            }
            if (!city.run(one)) outside++;
        }
        // What ends a city: line ends, tab, comma, brackets, bar, colon, digits, three dashes.
        assertEquals(7 + 1 + 1 + 2 + 1 + 1 + 10 + 3, outside);
    }

    @Test
    void capitalHoldsEveryCapitalAndSurrogateButNoWhiteSpace() {
        RunAutomaton capital = brics(LineShape.CAPITAL);
        RunAutomaton city = brics(LineShape.NOT_IN_CITY);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char one = (char) c;
            String hex = "U+" + Integer.toHexString(c);
            if (javaMatches("\\p{Lu}", one) || Character.isSurrogate(one)) assertTrue(capital.run(String.valueOf(one)), hex);
            if (javaMatches("\\s", one)) assertFalse(capital.run(String.valueOf(one)), hex);
            if (capital.run(String.valueOf(one))) assertTrue(city.run(String.valueOf(one)), hex);
        }
    }

    @Test
    void webNameClassHoldsEveryLetterDigitAndHyphenAndNoSpaceOrDot() {
        RunAutomaton web = brics(LineShape.IN_WEB_NAME);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char one = (char) c;
            if (javaMatches("[\\p{L}\\d-]", one) || Character.isSurrogate(one)) assertTrue(web.run(String.valueOf(one)), "U+" + Integer.toHexString(c));
            if (javaMatches("[\\s.,]", one)) assertFalse(web.run(String.valueOf(one)), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void aShapeBeforeANameAdmitsALineOnlyWhereANameBegins() {
        LineShape cityComma = LineShape.beforeName(LineShape.INDENT + LineShape.NOT_IN_CITY + "{2,62}," + LineShape.WHITE + "*");
        String line = "Jakarta,  Kompas.com - isi";
        boolean[] nameStarts = new boolean[line.length() + 1];
        assertFalse(cityComma.admits(line, 0, nameStarts));
        nameStarts[3] = true;    // inside the city: not where the shape ends
        assertFalse(cityComma.admits(line, 0, nameStarts));
        nameStarts[10] = true;   // "Kompas.com"
        assertTrue(cityComma.admits(line, 0, nameStarts));
        assertFalse(cityComma.admits("Jakarta - Kompas.com", 0, new boolean[21]));
        assertTrue(LineShape.prefix("[ \t]*ab").admits("  abc", 0, new boolean[6]));
        assertFalse(LineShape.prefix("[ \t]*ab").admits("  ac", 0, new boolean[5]));
    }
}
