package org.kabar.corpus;

import dk.brics.automaton.Automaton;
import dk.brics.automaton.RegExp;
import dk.brics.automaton.RunAutomaton;

/**
 * What the start of a line must look like for one of the outlet forms tried at line starts to
 * match there: a DFA (dk.brics.automaton) over a superset of the form's beginning, up to where
 * its outlet name begins (or a prefix of the whole form when it names none). A form is tried
 * only where its shape admits the line: walking a DFA is one table look-up per character and
 * stops at the first character no match can take, where the backtracking pattern costs a
 * matcher reset and, at each capitalised line, a lazy run tried a character at a time and the
 * alternation of every listed name tried after each comma.
 *
 * <p>A shape must admit every line its form matches, so it is written wider than the form:
 * {@link #CAPITAL} and {@link #NOT_IN_CITY} stand for a city's or a byline's first and further
 * letters (whatever is not one of the characters that end them), {@link #WHITE} for {@code \s},
 * and a run the form bounds is unbounded here: the walk still ends at the comma or dash that ends
 * the run, and a DFA counting up to the byline's bound took brics seconds to build.
 * {@code OutletSignaturesTest} walks every line of the test corpora and the seeds and checks that
 * no match of a form falls outside its shape; {@code LineShapeTest} checks the classes against
 * Java's over the whole BMP.
 */
final class LineShape {

    // brics's syntax has no escapes for control characters: the characters themselves are written
    // (Java's own escapes), and a backslash before any character makes it literal ("\\-").

    /**
     * A city's or a byline's first character: every character but white space and those that end
     * a city. It leaves out what the indent before it allows, so that the DFA need not track each
     * way a run of spaces could be split between the two.
     */
    static final String CAPITAL = "[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000,()|:0-9\\-\u2013\u2014]";
    /** Every character but those that end a city or a byline name: line ends, commas, brackets, dashes, digits. */
    static final String NOT_IN_CITY = "[^\n\r\u000B\f\u0085\u2028\u2029\t,()|:0-9\\-\u2013\u2014]";
    /** {@code \s} of a Unicode pattern: Unicode's White_Space characters. */
    static final String WHITE = "[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]";
    /** Every character but white space, commas, dots, brackets, bars and colons: a web name's letters, digits and hyphens, before its first dot. */
    static final String IN_WEB_NAME = "[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000,.()|:]";
    /** {@code [ \t]*}, the indent every line-start form allows. */
    static final String INDENT = "[ \t]*";

    /**
     * A class of every character that a case-insensitive Unicode pattern takes for one of {@code
     * characters}: those that fold alike ({@link RequiredLiteral#fold(char)}), such as K, k and the
     * Kelvin sign.
     */
    static String caseless(String characters) {
        StringBuilder set = new StringBuilder("[");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char folded = RequiredLiteral.fold((char) c);
            for (int i = 0; i < characters.length(); i++) {
                if (RequiredLiteral.fold(characters.charAt(i)) == folded) {
                    set.append('\\').append((char) c);
                    break;
                }
            }
        }
        return set.append(']').toString();
    }

    private final RunAutomaton automaton;
    private final boolean nameFollows;

    private LineShape(String regex, boolean nameFollows) {
        Automaton shape = new RegExp(regex, RegExp.NONE).toAutomaton();
        this.automaton = new RunAutomaton(shape);
        this.nameFollows = nameFollows;
    }

    /** A line's beginning after which one of the listed names must begin. */
    static LineShape beforeName(String regex) {
        return new LineShape(regex, true);
    }

    /** A line's beginning that a form naming no listed outlet starts with. */
    static LineShape prefix(String regex) {
        return new LineShape(regex, false);
    }

    /**
     * Whether the form may match at line start {@code at}: the text from there has a prefix in
     * the shape, followed, for a shape before a name, by the start of a listed name ({@code nameStarts}).
     */
    boolean admits(CharSequence text, int at, boolean[] nameStarts) {
        int state = automaton.getInitialState();
        if (automaton.isAccept(state) && (!nameFollows || nameStarts[at])) return true;
        for (int i = at; i < text.length(); i++) {
            state = automaton.step(state, text.charAt(i));
            if (state < 0) return false;
            if (automaton.isAccept(state) && (!nameFollows || nameStarts[i + 1])) return true;
        }
        return false;
    }
}
