package org.kabar.corpus;

import java.util.ArrayList;
import java.util.List;
import org.kabar.text.Whitespace;

/**
 * A piece of literal text that every match of a regular expression contains, found by reading the
 * expression, so that a text without it can be passed over without running the expression. A
 * regex engine tries a pattern at every position of a text; {@link String#contains} on the
 * case-folded text is many times faster, and most signatures are absent from most articles.
 *
 * <p>Conservative: where the expression is not simply read (a top-level {@code |}, {@code \Q},
 * comments mode, numeric escapes) there is no literal, and the expression is always run. Letters
 * are compared case-folded, which only lets more texts through than a case-sensitive pattern would.
 */
final class RequiredLiteral {

    private static final String LITERAL_ESCAPES = ".-[](){}/\\$^|?*+,:;'\"#&%!@=<>~`";

    /** Every character's fold, looked up: folding every character of every article is on the hot path of counting. */
    private static final char[] FOLDED = foldTable();

    private RequiredLiteral() {}

    /** The longest literal every match contains, case-folded, or "" when none can be read. */
    static String of(String regex) {
        String longest = "";
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '|') return "";
            if (c == '\\') {
                if (i + 1 >= regex.length()) return "";
                char escaped = regex.charAt(i + 1);
                if (escaped == 'Q' || Character.isDigit(escaped) || "xuctnrfaek".indexOf(escaped) >= 0) return "";
                i += 2;
                if (LITERAL_ESCAPES.indexOf(escaped) >= 0) {
                    run.append(escaped);
                } else {
                    // \b, \s, \p{L} and the like: a class or an assertion ends the run.
                    if (escaped == 'p' || escaped == 'P') i = skipBraces(regex, i);
                    longest = longer(longest, run);
                    run.setLength(0);
                }
                continue;
            }
            if (c == '?' || c == '*' || c == '{') {
                // The last character may be absent (or, for {0,n}, is): drop it from the run.
                if (run.length() > 0) run.setLength(run.length() - 1);
                longest = longer(longest, run);
                run.setLength(0);
                i = c == '{' ? skipBraces(regex, i) : i + 1;
                continue;
            }
            if (c == '(' || c == '[' || c == '.' || c == '^' || c == '$' || c == '+' || c == ')' || c == ']') {
                if (c == '(' && regex.startsWith("(?", i) && inlineFlagsInclude(regex, i, 'x')) return "";
                longest = longer(longest, run);
                run.setLength(0);
                if (c == '(') i = skipGroup(regex, i);
                else if (c == '[') i = skipClass(regex, i);
                else i++;
                if (i < 0) return "";
                continue;
            }
            run.append(c);
            i++;
        }
        return fold(longer(longest, run));
    }

    /** Whether every match of the expression starts where a {@code ^} matches: it starts so, with no top-level {@code |}. */
    static boolean startsAnchored(String regex) {
        if (!regex.startsWith("^")) return false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') i++;
            else if (c == '|') return false;
            else if (c == '(' || c == '[') {
                i = (c == '(' ? skipGroup(regex, i) : skipClass(regex, i)) - 1;
                if (i < 0) return false;
            }
        }
        return true;
    }

    /** The text with each character case-folded as {@link #of} folds literals. */
    static String fold(CharSequence text) {
        char[] folded = text.toString().toCharArray();
        for (int i = 0; i < folded.length; i++) folded[i] = FOLDED[folded[i]];
        return new String(folded);
    }

    /** One character case-folded: lower case of upper case, as a case-insensitive Unicode pattern compares. */
    static char fold(char c) {
        return FOLDED[c];
    }

    private static char[] foldTable() {
        char[] folded = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            folded[c] = Character.toLowerCase(Character.toUpperCase((char) c));
        }
        return folded;
    }

    /**
     * Whether every match of the expression starts with its literal ({@link #of}): nothing but
     * {@code ^}, {@code \b} and inline flags such as {@code (?-i)} comes before it. Then a match
     * can only start where the literal occurs.
     */
    static boolean leads(String regex) {
        String literal = of(regex);
        if (literal.isEmpty()) return false;
        int i = 0;
        while (i < regex.length()) {
            if (regex.startsWith("\\b", i)) {
                i += 2;
            } else if (regex.charAt(i) == '^') {
                i++;
            } else if (regex.startsWith("(?", i) && inlineFlagsOnly(regex, i)) {
                i = regex.indexOf(')', i) + 1;
            } else {
                break;
            }
        }
        return of(regex.substring(i)).equals(literal) && startsWithLiteral(regex.substring(i), literal);
    }

    private static boolean inlineFlagsOnly(String regex, int open) {
        int end = open + 2;
        while (end < regex.length() && (Character.isLetter(regex.charAt(end)) || regex.charAt(end) == '-')) end++;
        return end < regex.length() && regex.charAt(end) == ')' && !regex.substring(open + 2, end).contains("x");
    }

    /** Whether the expression's first characters, read as literals, spell out {@code literal}. */
    private static boolean startsWithLiteral(String regex, String literal) {
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (run.length() < literal.length() && i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length() && LITERAL_ESCAPES.indexOf(regex.charAt(i + 1)) >= 0) {
                run.append(regex.charAt(i + 1));
                i += 2;
            } else if (Character.isLetterOrDigit(c) || c == ' ') {
                run.append(c);
                i++;
            } else {
                return false;
            }
        }
        return fold(run).equals(literal);
    }

    /**
     * Sets of literals, case-folded, of which every match holds at least one from each set: plain
     * alternations outside other groups ("(foto|photo)"), classes of plain characters ("[•|]"),
     * neither optional. Empty where the expression is not simply read (as for {@link #of}).
     */
    static List<List<String>> alternatives(String regex) {
        if (of(regex).isEmpty() && !readable(regex)) return List.of();
        List<List<String>> sets = new ArrayList<>();
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i = skipBraces(regex, i + 2);
                continue;
            }
            if (c != '(' && c != '[') {
                i++;
                continue;
            }
            int end = c == '(' ? skipGroup(regex, i) : skipClass(regex, i);
            if (end < 0) return List.of();
            boolean optional = end < regex.length() && "?*{".indexOf(regex.charAt(end)) >= 0;
            List<String> set = c == '(' ? plainAlternation(regex.substring(i + 1, end - 1))
                    : plainCharacters(regex.substring(i + 1, end - 1));
            if (!optional && set != null) sets.add(set);
            i = end;
        }
        return sets;
    }

    /** Whether {@link #of} reads the expression, literal or not, rather than giving up on it. */
    private static boolean readable(String regex) {
        return !of(regex + "zz").isEmpty();
    }

    private static List<String> plainAlternation(String body) {
        if (body.startsWith("?:")) body = body.substring(2);
        List<String> alternatives = new ArrayList<>();
        for (String alternative : body.split("\\|", -1)) {
            String literal = of(alternative);
            if (!plainWords(alternative) || literal.isEmpty()) return null;
            alternatives.add(literal);
        }
        return alternatives;
    }

    /** Whether an alternative is letters, digits, spaces, apostrophes and escaped punctuation, with at most a final optional character. */
    private static boolean plainWords(String alternative) {
        for (int i = 0; i < alternative.length(); i++) {
            char c = alternative.charAt(i);
            if (c == '\\' && i + 1 < alternative.length() && LITERAL_ESCAPES.indexOf(alternative.charAt(i + 1)) >= 0) i++;
            else if (c == '?' && i > 0 && i == alternative.length() - 1) return true;
            else if (!Character.isLetterOrDigit(c) && c != ' ' && c != '\'' && c != '’') return false;
        }
        return true;
    }

    private static List<String> plainCharacters(String body) {
        if (body.isEmpty() || body.startsWith("^") || body.contains("&&") || body.contains("[")) return null;
        List<String> characters = new ArrayList<>();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                if (i + 1 >= body.length() || LITERAL_ESCAPES.indexOf(body.charAt(i + 1)) < 0) return null;
                c = body.charAt(++i);
            } else if (c == '-' && i > 0 && i < body.length() - 1) {
                return null;
            }
            characters.add(String.valueOf(fold(c)));
        }
        return characters;
    }

    /**
     * The characters of which one ends every match, before trailing white space, when the
     * expression ends with a plain character or class of them, optional {@code \s*} and {@code $};
     * else null. Within one line, the line's last character that is not white space
     * ({@link Whitespace#isUnicodeSpace}) must then be one of them.
     */
    static String lastCharacters(String regex) {
        if (!regex.endsWith("$") || regex.endsWith("\\$") || !readable(regex)) return null;
        String body = regex.substring(0, regex.length() - 1);
        if (body.endsWith("\\s*") || body.endsWith("\\s+")) body = body.substring(0, body.length() - 3);
        int last = -1;
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            last = i;
            if (c == '|') return null;
            if (c == '\\') i += 2;
            else if (c == '(') i = skipGroup(body, i);
            else if (c == '[') i = skipClass(body, i);
            else i++;
            if (i < 0) return null;
        }
        if (last < 0 || i != body.length()) return null;
        char c = body.charAt(last);
        List<String> characters;
        if (c == '[') {
            characters = plainCharacters(body.substring(last + 1, body.length() - 1));
        } else if (c == '\\') {
            characters = LITERAL_ESCAPES.indexOf(body.charAt(last + 1)) >= 0 ? List.of(String.valueOf(fold(body.charAt(last + 1)))) : null;
        } else {
            characters = Character.isLetterOrDigit(c) ? List.of(String.valueOf(fold(c))) : null;
        }
        if (characters == null || characters.stream().anyMatch(x -> Whitespace.isUnicodeSpace(x.charAt(0)))) return null;
        return String.join("", characters);
    }

    private static String longer(String longest, CharSequence run) {
        return run.length() > longest.length() ? run.toString() : longest;
    }

    private static boolean inlineFlagsInclude(String regex, int open, char flag) {
        int end = open + 2;
        while (end < regex.length() && (Character.isLetter(regex.charAt(end)) || regex.charAt(end) == '-')) end++;
        return regex.substring(open + 2, end).indexOf(flag) >= 0;
    }

    /** The index after the group opening at {@code open}, or -1 when it does not close. */
    private static int skipGroup(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = skipClass(regex, i) - 1;
                if (i < 0) return -1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The index after the character class opening at {@code open}, or -1 when it does not close. */
    private static int skipClass(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
                // A ']' first in a class (after an optional '^') is a literal.
                if (i + 1 < regex.length() && regex.charAt(i + 1) == '^') i++;
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') i++;
            } else if (c == ']' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    private static int skipBraces(String regex, int from) {
        if (from >= regex.length() || regex.charAt(from) != '{') return from;
        int close = regex.indexOf('}', from);
        return close < 0 ? regex.length() : close + 1;
    }
}
