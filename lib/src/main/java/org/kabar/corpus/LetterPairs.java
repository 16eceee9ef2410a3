package org.kabar.corpus;

/**
 * Which pairs of neighbouring characters a text holds, hashed into a few thousand bits: a literal
 * with a pair the text lacks cannot occur in it. One pass over an article then settles most of the
 * cleaning rules' and outlet signatures' literals, which would otherwise each be searched for in
 * the whole text; a literal that passes is still searched for, so the answer is never wrong.
 */
final class LetterPairs {

    private static final int BITS = 4096;

    private final long[] present = new long[BITS / 64];

    private LetterPairs() {}

    /** The pairs of {@code text}. */
    static LetterPairs of(String text) {
        LetterPairs pairs = new LetterPairs();
        for (int i = 1; i < text.length(); i++) pairs.add(text.charAt(i - 1), text.charAt(i));
        return pairs;
    }

    /** Whether {@code literal} may occur in the text: true unless one of its pairs is missing. */
    boolean mayContain(String literal) {
        for (int i = 1; i < literal.length(); i++) {
            int bit = bit(literal.charAt(i - 1), literal.charAt(i));
            if ((present[bit >>> 6] & 1L << bit) == 0) return false;
        }
        return true;
    }

    private void add(char first, char second) {
        int bit = bit(first, second);
        present[bit >>> 6] |= 1L << bit;
    }

    private static int bit(char first, char second) {
        return (first * 31 + second) & (BITS - 1);
    }
}
