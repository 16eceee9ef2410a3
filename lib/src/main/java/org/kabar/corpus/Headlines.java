package org.kabar.corpus;

import java.util.regex.Pattern;

/**
 * Whether the first line left after cleaning reads as a headline. Page residue the cleaning rules
 * did not remove must still not become one: a headline has at least {@value #MIN_WORDS} words and
 * at most {@value #MAX_WORDS}, does not end like a sentence (full stop, comma, colon), and is not
 * a run of menu items or numbers.
 */
final class Headlines {

    static final int MIN_WORDS = 3;
    static final int MAX_WORDS = 20;

    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    private static final Pattern HAS_LETTERS = Pattern.compile("\\p{L}{2,}");

    private Headlines() {}

    static boolean readsAsHeadline(String line) {
        String stripped = line.strip();
        String[] words = WHITESPACE_RUN.split(stripped);
        if (words.length < MIN_WORDS || words.length > MAX_WORDS) return false;
        if (stripped.endsWith(".") || stripped.endsWith(",") || stripped.endsWith(":") || stripped.endsWith("…")) {
            return false;
        }
        int wordsWithLetters = 0;
        for (String word : words) {
            if (HAS_LETTERS.matcher(word).find()) wordsWithLetters++;
        }
        return wordsWithLetters * 2 > words.length;
    }
}
