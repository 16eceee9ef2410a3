package org.kabar.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters at which a match of a regular expression can begin, so that the expression is
 * tried only there. {@link Matcher#find()} tries an expression at every position of a text; for
 * the date forms, whose alternation of weekday names is tried case-insensitively at each one,
 * that was most of the time spent loading an article, while a date can only begin at a digit, a
 * bracket or the first letter of a weekday or month name.
 *
 * <p>The matches are exactly those of successive {@code find()} calls, provided every match of the
 * expression begins at a character declared here. A character declared {@link #atWordStart} also
 * opens a match only where no letter or digit precedes it, as {@code \b} before a word character
 * demands. Letters are compared as {@link Pattern#CASE_INSENSITIVE} with
 * {@link Pattern#UNICODE_CASE} compares them; surrogates (characters beyond the Basic
 * Multilingual Plane) are always tried.
 */
final class MatchStarts {

    private static final byte NEVER = 0;
    private static final byte ANYWHERE = 1;
    private static final byte WORD_START = 2;
    private static final byte WORD_LIST = 3;

    /** Whether each character is a letter or digit, looked up: asked of the character before nearly every candidate start. */
    private static final boolean[] LETTER_OR_DIGIT = letterOrDigitTable();

    private final byte[] kind = new byte[Character.MAX_VALUE + 1];
    /** The words of {@link #wordsAtWordStart}, folded, by their first letter. */
    private final Map<Character, List<String>> wordsByInitial = new HashMap<>();
    /**
     * For each character, the listed words it can begin: those under its fold, then those under
     * itself; looked up by array index because every candidate start in every article asks.
     */
    private final char[][][] wordsStartingWith = new char[Character.MAX_VALUE + 1][][];

    MatchStarts() {
        for (int c = Character.MIN_SURROGATE; c <= Character.MAX_SURROGATE; c++) kind[c] = ANYWHERE;
    }

    /** Matches may begin at this character wherever it stands. */
    MatchStarts anywhere(char c) {
        kind[c] = ANYWHERE;
        return this;
    }

    /** Matches may begin at a digit (any script's, as {@code \d} reads them with Unicode classes) that starts a word. */
    MatchStarts digitsAtWordStart() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isDigit((char) c)) mark((char) c, WORD_START);
        }
        return this;
    }

    /**
     * Matches may begin with one of these words (letters and apostrophes, compared as the
     * expression compares them: case-insensitively, either apostrophe for the other) where it
     * starts a word.
     */
    MatchStarts wordsAtWordStart(Collection<String> words) {
        for (String word : words) {
            if (!word.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '’')
                    || !Character.isLetter(word.charAt(0)) || Character.isSurrogate(word.charAt(0))) {
                throw new IllegalArgumentException("not a word of letters: \"" + word + "\"");
            }
            StringBuilder folded = new StringBuilder();
            for (char c : word.toCharArray()) folded.append(c == '’' ? '\'' : fold(c));
            wordsByInitial.computeIfAbsent(folded.charAt(0), initial -> new ArrayList<>()).add(folded.toString());
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char initial = (char) c;
            List<String> starting = new ArrayList<>(wordsByInitial.getOrDefault(fold(initial), List.of()));
            if (initial != fold(initial)) starting.addAll(wordsByInitial.getOrDefault(initial, List.of()));
            wordsStartingWith[c] = starting.isEmpty() ? null
                    : withoutLongerForms(starting).stream().map(String::toCharArray).toArray(char[][]::new);
            if (!starting.isEmpty()) mark(initial, WORD_LIST);
        }
        return this;
    }

    /**
     * The words less those that begin with another of them ("januari" and "january" with "jan"):
     * wherever the longer one stands, so does the shorter, so only the shorter need be compared.
     */
    private static List<String> withoutLongerForms(List<String> words) {
        List<String> kept = new ArrayList<>();
        for (String word : words.stream().distinct().toList()) {
            if (words.stream().noneMatch(other -> !other.equals(word) && word.startsWith(other))) kept.add(word);
        }
        return kept;
    }

    /** Every match of {@code pattern} in {@code text}, as successive {@link Matcher#find()} calls give them. */
    List<MatchResult> all(Pattern pattern, String text) {
        return all(pattern, text, text.toCharArray());
    }

    /** {@link #all(Pattern, String)} given the text's characters, for a caller that searches one text for several patterns. */
    List<MatchResult> all(Pattern pattern, String text, char[] chars) {
        List<MatchResult> matches = new ArrayList<>();
        Matcher matcher = matcher(pattern, text);
        int from = 0;
        while (from <= chars.length && find(matcher, chars, from)) {
            matches.add(matcher.toMatchResult());
            from = matcher.end() > matcher.start() ? matcher.end() : matcher.end() + 1;
        }
        return matches;
    }

    /** The first match of {@code pattern} in {@code text}, or null. */
    MatchResult first(Pattern pattern, String text) {
        Matcher matcher = matcher(pattern, text);
        return find(matcher, text.toCharArray(), 0) ? matcher.toMatchResult() : null;
    }

    private static Matcher matcher(Pattern pattern, String text) {
        // Transparent bounds: \b and look-behind at a tried position still see the text before it.
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Whether a match begins at or after {@code from} in the matcher's text, {@code chars}; if so, the matcher holds the first. */
    private boolean find(Matcher matcher, char[] chars, int from) {
        for (int at = from; at < chars.length; at++) {
            char c = chars[at];
            byte can = kind[c];
            if (can == NEVER) continue;
            if (can != ANYWHERE && at > 0 && LETTER_OR_DIGIT[chars[at - 1]]) continue;
            if (can == WORD_LIST && !listedWordAt(chars, at, c)) continue;
            if (matcher.region(at, chars.length).lookingAt()) return true;
        }
        return false;
    }

    private boolean listedWordAt(char[] chars, int at, char initial) {
        char[][] words = wordsStartingWith[initial];
        if (words == null) return false;
        for (char[] word : words) {
            if (at + word.length > chars.length) continue;
            int i = 1;
            while (i < word.length && sameLetter(word[i], chars[at + i])) i++;
            if (i == word.length) return true;
        }
        return false;
    }

    /** Whether text character {@code c} matches {@code folded} of a listed word, as a case-insensitive expression decides. */
    private static boolean sameLetter(char folded, char c) {
        if (folded == '\'') return c == '\'' || c == '’';
        return c == folded || fold(c) == folded;
    }

    private static boolean[] letterOrDigitTable() {
        boolean[] table = new boolean[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) table[c] = Character.isLetterOrDigit((char) c);
        return table;
    }

    private void mark(char c, byte how) {
        if (kind[c] != ANYWHERE) kind[c] = how;
    }

    private static char fold(char c) {
        return RequiredLiteral.fold(c);
    }
}
