package org.kabar.corpus;

import java.util.regex.Pattern;
import org.kabar.text.Whitespace;

/**
 * Finds the headline among the first lines left after cleaning. Page residue the cleaning rules
 * did not remove must still not become one: a headline has at least {@value #MIN_WORDS} words and
 * at most {@value #MAX_WORDS}, does not end like a sentence or a caption (full stop, comma, colon,
 * ellipsis, a bracketed credit or date), holds no sentence break inside, and is mostly words, not numbers.
 */
final class Headlines {

    static final int MIN_WORDS = 3;
    static final int MAX_WORDS = 20;

    private static final Pattern HAS_LETTERS = Pattern.compile("\\p{L}{2,}");

    /** Lines looked at for the headline: the page's head, before the first paragraph of reporting. */
    static final int HEAD_LINES = 15;
    /** A line this long, or a sentence of {@value #SENTENCE_WORDS} words or more, starts the reporting. */
    static final int PARAGRAPH_WORDS = 25;
    static final int SENTENCE_WORDS = 10;

    /** A caption's closing credit or date: "(Rafi Hidayat/detikcom)", "(21/1/2024)", "(Foto: Dok.)", "[Kartika Sari/Al Jazeera]". */
    private static final Pattern CREDIT_AT_END = Pattern.compile("(\\([^()]*[/:][^()]*\\)|\\[[^\\[\\]]*[/:][^\\[\\]]*\\])$");
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?]\\s+[\\p{Lu}/(]");

    private Headlines() {}

    /**
     * The index in {@code lines} (kept lines after cleaning) of the headline, or -1. Page residue
     * the rules did not remove (menu items, section labels, a reporter's name) comes before or
     * around the headline in a page's head; the headline is the longest line there that reads as
     * one (the first of equals). The head ends at the first paragraph of reporting, or after
     * {@value #HEAD_LINES} non-blank lines.
     */
    static int find(java.util.List<String> lines) {
        int best = -1;
        int bestWords = 0;
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < HEAD_LINES; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) continue;
            seen++;
            int words = Whitespace.words(line).length;
            if (words >= PARAGRAPH_WORDS || words >= SENTENCE_WORDS && line.endsWith(".")) break;
            if (readsAsHeadline(line) && words > bestWords) {
                best = i;
                bestWords = words;
            }
        }
        return best;
    }

    static boolean readsAsHeadline(String line) {
        String stripped = line.strip();
        String[] words = Whitespace.words(stripped);
        if (words.length < MIN_WORDS || words.length > MAX_WORDS) return false;
        if (stripped.endsWith(".") || stripped.endsWith(",") || stripped.endsWith(":") || stripped.endsWith("…")
                || CREDIT_AT_END.matcher(stripped).find() || SENTENCE_INSIDE.matcher(stripped).find()) {
            return false;
        }
        int wordsWithLetters = 0;
        for (String word : words) {
            if (HAS_LETTERS.matcher(word).find()) wordsWithLetters++;
        }
        return wordsWithLetters * 2 > words.length;
    }
}
