package org.kabar.text;

import java.util.ArrayList;
import java.util.List;
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
        return Span.spansToStrings(tokenizePos(text), text);
    }

    @Override
    public Span[] tokenizePos(String text) {
        List<Span> spans = new ArrayList<>();
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
            spans.add(new Span(i, end));
            i = end;
        }
        return spans.toArray(Span[]::new);
    }

    private int wordEnd(String text, int start) {
        int segmentStart = start;
        int j = start;
        while (true) {
            while (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) j++;
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
