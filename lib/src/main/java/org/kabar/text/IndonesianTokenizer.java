package org.kabar.text;

import java.util.Arrays;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;

/**
 * Rule-based tokenizer for Indonesian news text, the offline default behind {@link TextPipeline}.
 *
 * <p>A word is a run of letters and digits that may be joined, without spaces, by:
 * a hyphen (reduplication "negara-negara", "berminggu-minggu", "Covid-19"; but a hyphen between
 * two capitalised names, "AS-Rusia", "NATO-Rusia", separates two names and becomes its own token);
 * a dot ("KOMPAS.TV", "100.000"); a comma, slash or colon between digits ("1,5", "21/12/2021",
 * "19:21"); an apostrophe between letters ("Jum'at"); a dollar sign before digits ("US$300").
 * A known abbreviation keeps its dot ("Jl.", "dll."). Every other visible character is a token of
 * its own, except that a run of dots ("...") stays together.
 */
final class IndonesianTokenizer implements Tokenizer {

    private final Abbreviations abbreviations;

    IndonesianTokenizer(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    @Override
    public String[] tokenize(String text) {
        // Every word of a counted corpus passes here: substrings straight from the bounds, no Span made.
        int[] bounds = tokenBounds(text);
        String[] tokens = new String[bounds[0]];
        for (int t = 0; t < tokens.length; t++) tokens[t] = text.substring(bounds[2 * t + 1], bounds[2 * t + 2]);
        return tokens;
    }

    @Override
    public Span[] tokenizePos(String text) {
        int[] bounds = tokenBounds(text);
        Span[] spans = new Span[bounds[0]];
        for (int t = 0; t < spans.length; t++) spans[t] = new Span(bounds[2 * t + 1], bounds[2 * t + 2]);
        return spans;
    }

    /** The number of tokens, then each token's start and end. */
    private int[] tokenBounds(String text) {
        int[] bounds = new int[1 + 2 * Math.max(4, text.length() / 3)];
        int count = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end;
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            } else if (Character.isLetterOrDigit(c)) {
                end = wordEnd(text, i);
            } else {
                end = i + 1;
                while (c == '.' && end < text.length() && text.charAt(end) == '.') end++;
            }
            if (2 * count + 2 >= bounds.length) bounds = Arrays.copyOf(bounds, 2 * bounds.length);
            bounds[2 * count + 1] = i;
            bounds[2 * count + 2] = end;
            count++;
            i = end;
        }
        bounds[0] = count;
        return bounds;
    }

    private int wordEnd(String text, int start) {
        int segmentStart = start;
        int j = start;
        while (true) {
            while (j < text.length() && isLetterOrDigit(text.charAt(j))) j++;
            if (j + 1 < text.length() && joins(text, segmentStart, j)) {
                j++;
                segmentStart = j;
            } else {
                break;
            }
        }
        if (j < text.length() && text.charAt(j) == '.' && abbreviations.isAbbreviation(text.substring(start, j))) {
            j++;
        }
        return j;
    }

    /** {@link Character#isLetterOrDigit(char)}, answered without a table look-up for ASCII, which most of the text is. */
    private static boolean isLetterOrDigit(char c) {
        if (c < 0x80) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        return Character.isLetterOrDigit(c);
    }

    /** Whether the character at {@code at}, between two word characters, glues them into one token. */
    private static boolean joins(String text, int segmentStart, int at) {
        char before = text.charAt(at - 1);
        char joiner = text.charAt(at);
        char after = text.charAt(at + 1);
        if (!Character.isLetterOrDigit(after)) return false;
        return switch (joiner) {
            case '-', '\u2010' -> !(Character.isUpperCase(text.charAt(segmentStart)) && Character.isUpperCase(after));
            case '.' -> true;
            case ',', '/', ':' -> Character.isDigit(before) && Character.isDigit(after);
            case '\'', '\u2019' -> Character.isLetter(before) && Character.isLetter(after);
            case '$' -> Character.isDigit(after);
            default -> false;
        };
    }
}
