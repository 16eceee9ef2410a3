package org.kabar.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.util.Span;

/**
 * Rule-based sentence detector for one paragraph of Indonesian news text, the offline default
 * behind {@link TextPipeline} (which splits paragraphs at line breaks first).
 *
 * <p>A sentence ends at {@code . ! ? …} (and any run of them), together with the closing quotes
 * and brackets written right after it, when whitespace follows and the next text does not start
 * with a lower-case letter. So {@code ,” kata Lavrov} continues a sentence, while
 * {@code Ukraina.” “Kami} and {@code 2021. (Foto: ...)} start new ones. A dot that is part of a
 * word ("KOMPAS.TV", "100.000") or ends an abbreviation that always precedes more of the sentence
 * ("No.", "Jl.", "Rp.", an initial "W.") is not an end. Abbreviations written without dots ("AS",
 * "Menlu") are ordinary words here.
 */
final class IndonesianSentenceDetector implements SentenceDetector {

    private static final String CLOSERS = "\"'\u201D\u2019)]";

    private final Abbreviations abbreviations;

    IndonesianSentenceDetector(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    @Override
    public String[] sentDetect(CharSequence text) {
        return Span.spansToStrings(sentPosDetect(text), text);
    }

    @Override
    public Span[] sentPosDetect(CharSequence text) {
        List<Span> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (!isTerminal(text.charAt(i)) || endsAbbreviation(text, i)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && isTerminal(text.charAt(end))) end++;
            while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) end++;
            if (startsNewSentence(text, end)) {
                addTrimmed(sentences, text, start, end);
                start = end;
            }
            i = end;
        }
        addTrimmed(sentences, text, start, text.length());
        return sentences.toArray(Span[]::new);
    }

    /** Whether {@code c} ends a sentence: . ! ? or …; asked of every character of every line. */
    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    /** Whether the dot at {@code dot} closes a word that never ends a sentence ("Jl.", "W."). */
    private boolean endsAbbreviation(CharSequence text, int dot) {
        if (text.charAt(dot) != '.') return false;
        int wordStart = dot;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) wordStart--;
        return wordStart < dot && abbreviations.neverEndsSentence(text.subSequence(wordStart, dot).toString());
    }

    private static boolean startsNewSentence(CharSequence text, int end) {
        if (end >= text.length()) return false;
        if (!Character.isWhitespace(text.charAt(end))) return false;
        int next = end;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) next++;
        return next < text.length() && !Character.isLowerCase(text.charAt(next));
    }

    private static void addTrimmed(List<Span> sentences, CharSequence text, int start, int end) {
        Span span = new Span(start, end).trim(text);
        if (span.length() > 0) sentences.add(span);
    }
}
