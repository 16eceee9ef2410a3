package org.kabar.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a text a date can begin, so that each date form is tried only there.
 * {@link Matcher#find()} tries an expression at every position of a text; for the date forms,
 * whose alternations of weekday and month names are tried case-insensitively at each one, that
 * was most of the time spent loading an article, while a date can only begin at a digit, a
 * bracket or a weekday or month name.
 *
 * <p>One pass over the text marks each position with the kinds of start found there
 * ({@link #DIGIT}, {@link #MONTH}, {@link #WEEKDAY}, {@link #BRACKET}); the names are found all at
 * once by {@link Literals}. A form then runs {@link Matcher#lookingAt()} only at the positions of
 * the kinds it can begin with, and finds exactly what successive {@code find()} calls find,
 * provided every match of it begins at such a position. Digits and names count only where they
 * start a word (no letter or digit before them), as {@code \b} before a word character demands;
 * names are compared as {@link Pattern#CASE_INSENSITIVE} with {@link Pattern#UNICODE_CASE}
 * compares them ({@link RequiredLiteral#fold(char)}), either apostrophe for the other. Surrogates
 * (characters beyond the Basic Multilingual Plane, where {@code \d} also finds digits) are
 * always tried.
 */
final class DateStarts {

    /** A digit, of any script, that starts a word. */
    static final int DIGIT = 1;
    /** A month name that starts a word. */
    static final int MONTH = 2;
    /** A weekday name that starts a word. */
    static final int WEEKDAY = 4;
    /** An opening bracket. */
    static final int BRACKET = 8;
    private static final byte EVERY_KIND = DIGIT | MONTH | WEEKDAY | BRACKET;

    private static final boolean[] LETTER_OR_DIGIT = table(true);
    private static final boolean[] DIGITS = table(false);

    private final Literals names;
    /** The kind of each name, by its number in {@link #names}: a name may be both a month and a weekday. */
    private final byte[] kindOfName;

    /** The starts of dates whose months and weekdays are written as these names (letters and apostrophes). */
    DateStarts(Collection<String> months, Collection<String> weekdays) {
        List<String> all = new ArrayList<>();
        months.forEach(name -> all.add(word(name)));
        weekdays.forEach(name -> all.add(word(name)));
        names = Literals.of(all);
        kindOfName = new byte[all.size()];
        for (String month : months) kindOfName[names.number(month)] |= MONTH;
        for (String weekday : weekdays) kindOfName[names.number(weekday)] |= WEEKDAY;
    }

    /** The kinds of start at each position of {@code text}. */
    byte[] kinds(String text) {
        return kinds(text, text.length());
    }

    /**
     * The kinds of start at each position of {@code text} before {@code end}, where a line ends
     * (or the text does): a name, all letters, cannot run past it.
     */
    byte[] kinds(String text, int end) {
        byte[] kinds = new byte[end];
        for (int at = 0; at < kinds.length; at++) {
            char c = text.charAt(at);
            if (Character.isSurrogate(c)) kinds[at] = EVERY_KIND;
            else if (c == '(') kinds[at] = BRACKET;
            else if (DIGITS[c] && startsWord(text, at)) kinds[at] = DIGIT;
        }
        int[][] starts = names.starts(end == text.length() ? text : text.subSequence(0, end));
        for (int name = 0; name < starts.length; name++) {
            for (int start : starts[name]) {
                if (startsWord(text, start)) kinds[start] |= kindOfName[name];
            }
        }
        return kinds;
    }

    /**
     * Every match of {@code pattern} in {@code text} (whose {@link #kinds} are given), as successive
     * {@link Matcher#find()} calls give them; when the kinds stop short of the text's end, those
     * beginning before it.
     */
    static List<MatchResult> all(Pattern pattern, String text, byte[] kinds, int startingWith) {
        List<MatchResult> matches = new ArrayList<>();
        Matcher matcher = matcher(pattern, text);
        int from = 0;
        while (from <= kinds.length && find(matcher, kinds, startingWith, from)) {
            matches.add(matcher.toMatchResult());
            from = matcher.end() > matcher.start() ? matcher.end() : matcher.end() + 1;
        }
        return matches;
    }

    /** The first match of {@code pattern} in {@code text}, or null. */
    static MatchResult first(Pattern pattern, String text, byte[] kinds, int startingWith) {
        Matcher matcher = matcher(pattern, text);
        return find(matcher, kinds, startingWith, 0) ? matcher.toMatchResult() : null;
    }

    private static Matcher matcher(Pattern pattern, String text) {
        // Transparent bounds: \b and look-behind at a tried position still see the text before it.
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Whether a match begins at or after {@code from}; if so, the matcher holds the first. */
    private static boolean find(Matcher matcher, byte[] kinds, int startingWith, int from) {
        for (int at = from; at < kinds.length; at++) {
            // The region always ends where the text does, whatever part of it the kinds cover.
            if ((kinds[at] & startingWith) != 0 && matcher.region(at, matcher.regionEnd()).lookingAt()) return true;
        }
        return false;
    }

    private static boolean startsWord(String text, int at) {
        return at == 0 || !LETTER_OR_DIGIT[text.charAt(at - 1)];
    }

    /** The name, checked to be a word of letters (and apostrophes) that {@link Literals} can find where it starts. */
    private static String word(String name) {
        if (name.isEmpty() || !Character.isLetter(name.charAt(0)) || Character.isSurrogate(name.charAt(0))
                || !name.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '’')) {
            throw new IllegalArgumentException("not a word of letters: \"" + name + "\"");
        }
        return name;
    }

    private static boolean[] table(boolean lettersToo) {
        boolean[] table = new boolean[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            table[c] = lettersToo ? Character.isLetterOrDigit((char) c) : Character.isDigit((char) c);
        }
        return table;
    }
}
