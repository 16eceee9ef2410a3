package org.kabar.corpus;

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
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            folded.append(Character.toLowerCase(Character.toUpperCase(text.charAt(i))));
        }
        return folded.toString();
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
