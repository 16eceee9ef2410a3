package org.kabar.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kabar.text.Whitespace;

/**
 * What every match of a regular expression holds, read from the expression, so that a line or an
 * article without it is passed over without running the expression ({@link Literals} finds the
 * literals of all rules in one pass; most rules are absent from most texts). A small recursive
 * reading: a part is read as the strings it can match when they are few ({@code (foto|photo)},
 * {@code [:/]}, {@code dok\.?}), strings side by side are joined, and any other part ({@code .*},
 * {@code \s}, a class of ranges) ends a run. Conservative: what is not read (a back-reference,
 * {@code \Q}, comments mode) requires nothing; letters are case-folded ({@link #fold}).
 *
 * @param sets literals of which every match holds at least one from each set
 * @param leading literals of which every match starts with one; empty when not known
 * @param lastCharacters for an expression ending in {@code $}, the characters of which one ends
 *     every match before white space ({@link Whitespace#isUnicodeSpace}); else null
 * @param anchored whether it starts with {@code ^} and has no top-level {@code |}
 */
record RequiredLiteral(List<List<String>> sets, List<String> leading, String lastCharacters, boolean anchored) {

    /** The most strings a part is read as: more, and it is read as requiring one of them. */
    private static final int MOST_STRINGS = 16;
    private static final Set<String> EMPTY = Set.of("");
    /** Every character's fold, looked up: {@link Literals} folds all 65,536 when it is built, the cleaner a character per line. */
    private static final char[] FOLDED = foldTable();

    /** What every match of {@code regex} holds; nothing when it cannot be read. */
    static RequiredLiteral of(String regex) {
        Part whole = new Reader(regex).whole();
        if (whole == null) return new RequiredLiteral(List.of(), List.of(), null, false);
        // What ends a match before "\\s*$" or "$": the body read alone, when it has no top-level "|".
        Part body = regex.endsWith("$") && !regex.endsWith("\\$")
                ? new Reader(regex.substring(0, regex.length() - 1).replaceFirst("\\\\s[*+]$", "")).whole() : null;
        String last = body == null || body.bar || body.ending() == null ? null
                : body.ending().stream().map(end -> end.substring(end.length() - 1)).distinct().collect(Collectors.joining());
        Set<String> leading = whole.leading();
        return new RequiredLiteral(whole.requiredSets().stream().map(List::copyOf).toList(),
                leading == null ? List.of() : List.copyOf(leading),
                last == null || last.chars().anyMatch(c -> Whitespace.isUnicodeSpace((char) c)) ? null : last,
                regex.startsWith("^") && !whole.bar);
    }

    /** One character case-folded: lower case of upper case, as a case-insensitive Unicode pattern compares. */
    static char fold(char c) { return FOLDED[c]; }

    private static char[] foldTable() {
        char[] folded = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) folded[c] = Character.toLowerCase(Character.toUpperCase((char) c));
        return folded;
    }

    /**
     * A part of an expression: the strings it matches when few (else null), sets of which each
     * match holds one of each, the strings each match starts and ends with (null when not known),
     * and whether it is an alternation at its top level.
     */
    private record Part(Set<String> exact, List<Set<String>> required, Set<String> starts, Set<String> ends, boolean bar) {

        static final Part OPAQUE = new Part(null, List.of(), null, null, false);

        static Part exactly(Set<String> strings) { return new Part(strings, List.of(), null, null, false); }

        List<Set<String>> requiredSets() { return exact == null ? required : exact.contains("") ? List.of() : List.of(exact); }

        Set<String> leading() { return exact == null ? starts : exact.contains("") ? null : exact; }

        Set<String> ending() { return exact == null ? ends : exact.contains("") ? null : exact; }

        /** The most telling set every match holds one of (its shortest literal longest), or null. */
        Set<String> best() {
            return requiredSets().stream().max(Comparator.comparingInt(set -> set.stream().mapToInt(String::length).min().orElse(0))).orElse(null);
        }
    }

    private static final class Reader {
        private final String regex;
        private int at;

        Reader(String regex) { this.regex = regex; }

        /** The whole expression read, or null when it holds what is not read. */
        Part whole() {
            try {
                Part whole = alternation();
                return at == regex.length() ? whole : null;
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                return null;
            }
        }

        private Part alternation() {
            List<Part> alternatives = new ArrayList<>(List.of(sequence()));
            while (more() && regex.charAt(at) == '|') {
                at++;
                alternatives.add(sequence());
            }
            if (alternatives.size() == 1) return alternatives.get(0);
            Set<String> exact = new LinkedHashSet<>(), any = new LinkedHashSet<>(), starts = new LinkedHashSet<>(), ends = new LinkedHashSet<>();
            for (Part alternative : alternatives) {
                exact = alternative.exact == null || exact == null ? null : union(exact, alternative.exact);
                any = alternative.best() == null || any == null ? null : union(any, alternative.best());
                starts = alternative.leading() == null || starts == null ? null : union(starts, alternative.leading());
                ends = alternative.ending() == null || ends == null ? null : union(ends, alternative.ending());
            }
            if (exact != null && exact.size() <= MOST_STRINGS) return new Part(exact, List.of(), null, null, true);
            return new Part(null, any == null ? List.of() : List.of(any), starts, ends, true);
        }

        /** Parts side by side: runs of strings joined while they are few, each run then required. */
        private Part sequence() {
            Set<String> run = EMPTY;
            List<Set<String>> required = new ArrayList<>();
            Set<String> starts = null;
            Set<String> ending = null;
            boolean exact = true;
            while (more() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
                Part part = quantified(atom());
                Set<String> joined = part.exact == null || run.size() * part.exact.size() > MOST_STRINGS ? null : join(run, part.exact);
                if (joined != null) {
                    run = joined;
                    continue;
                }
                if (exact) starts = !run.contains("") ? run : run.equals(EMPTY) ? part.leading() : null;
                exact = false;
                if (!run.contains("")) required.add(run);
                required.addAll(part.exact == null ? part.required : List.of());
                run = part.exact == null ? EMPTY : part.exact;
                ending = part.ending();
            }
            if (exact) return Part.exactly(run);
            if (!run.contains("")) required.add(run);
            return new Part(null, required, starts, !run.contains("") ? run : run.equals(EMPTY) ? ending : null, false);
        }

        private Part atom() {
            char c = regex.charAt(at++);
            switch (c) {
                case '(': return group();
                case '[': return charClass();
                case '\\': return escape();
                case '.': return Part.OPAQUE;
                case '^': case '$': return Part.exactly(EMPTY);
                case '*': case '+': case '?': case '{': throw new IllegalArgumentException();
                default:
                    if (Character.isHighSurrogate(c) && more() && Character.isLowSurrogate(regex.charAt(at))) {
                        return Part.exactly(Set.of(regex.substring(at - 1, ++at)));
                    }
                    return Part.exactly(Set.of(String.valueOf(fold(c))));
            }
        }

        private Part quantified(Part part) {
            if (!more()) return part;
            char c = regex.charAt(at);
            if ("?*+{".indexOf(c) < 0) return part;
            // {n}, {n,} and {n,m}; a bound that is not a number is an IllegalArgumentException.
            String[] bounds = c == '{' ? regex.substring(at + 1, closing('}')).split(",", -1) : null;
            int min = c == '+' ? 1 : c == '{' ? Integer.parseInt(bounds[0]) : 0;
            int max = c == '?' ? 1 : c == '{' && bounds.length == 1 ? min : c != '{' || bounds[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1]);
            at = c == '{' ? closing('}') + 1 : at + 1;
            if (more() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) at++; // lazy or possessive: the same strings
            if (min == 1 && max == 1) return part;
            if (min == 0 && max == 1 && part.exact != null && part.exact.size() < MOST_STRINGS) return Part.exactly(union(part.exact, EMPTY));
            if (min == 0) return Part.OPAQUE;
            // Repeated at least once: the first repetition starts a match and the last ends it.
            return new Part(null, part.requiredSets(), part.leading(), part.ending(), false);
        }

        private Part group() {
            boolean lookAround = false;
            if (regex.startsWith("?", at)) {
                at++;
                if (regex.startsWith("=", at) || regex.startsWith("!", at) || regex.startsWith("<=", at) || regex.startsWith("<!", at)) {
                    lookAround = true;
                    at += regex.charAt(at) == '<' ? 2 : 1;
                } else if (regex.startsWith("<", at) || regex.startsWith(">", at)) {
                    at = regex.charAt(at) == '<' ? closing('>') + 1 : at + 1; // a named or an atomic group
                } else {
                    int flagsEnd = at;
                    while (Character.isLetter(regex.charAt(flagsEnd)) || regex.charAt(flagsEnd) == '-') flagsEnd++;
                    if (regex.substring(at, flagsEnd).contains("x")) throw new IllegalArgumentException();
                    at = flagsEnd + 1;
                    if (regex.charAt(flagsEnd) == ')') return Part.exactly(EMPTY);
                    if (regex.charAt(flagsEnd) != ':') throw new IllegalArgumentException();
                }
            }
            Part inner = alternation();
            if (regex.charAt(at++) != ')') throw new IllegalArgumentException();
            // A look-around matches no text of its own; a group is no top-level alternation of the whole.
            return lookAround ? Part.exactly(EMPTY) : new Part(inner.exact, inner.required, inner.starts, inner.ends, false);
        }

        /** A class: the characters it lists when it lists them plainly, else opaque (ranges, negation, nested classes, escapes of letters). */
        private Part charClass() {
            Set<String> characters = new LinkedHashSet<>();
            boolean plain = true;
            int depth = 1;
            int start = at;
            while (depth > 0) {
                char c = regex.charAt(at++);
                boolean first = at - 1 == start;
                if (c == '\\') {
                    char escaped = regex.charAt(at++);
                    if (escaped == 'Q') throw new IllegalArgumentException();
                    if (Character.isLetterOrDigit(escaped) || Character.isSurrogate(escaped)) plain = false;
                    else characters.add(String.valueOf(fold(escaped)));
                } else if (c == '[') {
                    depth++;
                    plain = false;
                    if (regex.charAt(at) == '^') at++;
                    if (regex.charAt(at) == ']') at++;
                } else if (c == ']' && !first) {
                    depth--;
                } else if (c == '^' && first) {
                    plain = false;
                    start = at; // a ']' right after the negation is a literal too
                } else if (c == '&' && regex.charAt(at) == '&' || c == '-' && !first && regex.charAt(at) != ']') {
                    plain = false;
                } else {
                    characters.add(String.valueOf(fold(c)));
                }
            }
            if (!plain || characters.isEmpty()) return Part.OPAQUE;
            return characters.size() <= MOST_STRINGS ? Part.exactly(characters) : new Part(null, List.of(characters), characters, characters, false);
        }

        private Part escape() {
            char c = regex.charAt(at++);
            if (Character.isDigit(c) || Character.isSurrogate(c) || "QxucNkG".indexOf(c) >= 0) throw new IllegalArgumentException();
            if (!Character.isLetter(c)) return Part.exactly(Set.of(String.valueOf(fold(c))));
            if ("bBAzZ".indexOf(c) >= 0) return Part.exactly(EMPTY);
            if (c == 'p' || c == 'P') at = regex.charAt(at) == '{' ? closing('}') + 1 : at + 1;
            return Part.OPAQUE;
        }

        private int closing(char c) {
            int close = regex.indexOf(c, at);
            if (close < 0) throw new IllegalArgumentException();
            return close;
        }

        private boolean more() {
            return at < regex.length();
        }
    }

    private static Set<String> join(Set<String> before, Set<String> after) {
        Set<String> joined = new LinkedHashSet<>();
        before.forEach(first -> after.forEach(second -> joined.add(first + second)));
        return joined;
    }

    private static Set<String> union(Set<String> one, Set<String> other) {
        Set<String> union = new LinkedHashSet<>(one);
        union.addAll(other);
        return union;
    }
}
