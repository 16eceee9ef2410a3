package org.kabar.text;

import java.util.Arrays;

/**
 * Sentences and tokens for Indonesian news text.
 *
 * <p>PLACEHOLDER: the contract other packages build on. The real implementation
 * (OpenNLP {@code SentenceDetector} / {@code Tokenizer} behind it) replaces the bodies.
 */
public final class TextPipeline {

    private static final TextPipeline STANDARD = new TextPipeline();

    /** The offline default pipeline. */
    public static TextPipeline standard() {
        return STANDARD;
    }

    /** The sentences of a text, in order, trimmed. */
    public String[] sentences(String text) {
        return Arrays.stream(text.split("(?<=[.!?])\\s+|\\n+"))
                .map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    /** All tokens of one sentence, punctuation included. */
    public String[] tokenize(String sentence) {
        return Arrays.stream(sentence.split("\\s+|(?=[,.;:!?\"“”()])|(?<=[,.;:!?\"“”()])"))
                .filter(s -> !s.isBlank()).toArray(String[]::new);
    }

    /** A word token holds at least one letter or digit; per-1,000-token rates count only these. */
    public static boolean isWord(String token) {
        return token.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** Number of word tokens in a text. */
    public int countWords(String text) {
        int n = 0;
        for (String s : sentences(text)) {
            for (String t : tokenize(s)) {
                if (isWord(t)) n++;
            }
        }
        return n;
    }
}
