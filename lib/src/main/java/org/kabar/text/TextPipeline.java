package org.kabar.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import tech.tablesaw.api.Table;

/**
 * Sentences and tokens for Indonesian news text, over OpenNLP's {@link SentenceDetector} and
 * {@link Tokenizer} interfaces.
 *
 * <p>{@link #standard()} is rule-based and works offline (see {@link IndonesianSentenceDetector}
 * and {@link IndonesianTokenizer} for the rules and {@code abbreviations.tsv} for the editable
 * abbreviation list). A trained OpenNLP model plugs in with {@link #load(Path, Path)}, or any
 * implementation with {@link #of(SentenceDetector, Tokenizer)}.
 *
 * <p>Whatever the detector, a line break always ends a sentence: headlines, datelines and photo
 * captions stand on lines of their own without a final full stop.
 *
 * <p>Instances built on OpenNLP's trained models are not thread-safe, like the models' own classes.
 */
public final class TextPipeline {

    private static final TextPipeline STANDARD = standardPipeline();

    private final SentenceDetector sentenceDetector;
    private final Tokenizer tokenizer;

    private TextPipeline(SentenceDetector sentenceDetector, Tokenizer tokenizer) {
        this.sentenceDetector = sentenceDetector;
        this.tokenizer = tokenizer;
    }

    /** The offline rule-based default pipeline. */
    public static TextPipeline standard() {
        return STANDARD;
    }

    /** A pipeline on any OpenNLP sentence detector and tokenizer. */
    public static TextPipeline of(SentenceDetector sentenceDetector, Tokenizer tokenizer) {
        return new TextPipeline(sentenceDetector, tokenizer);
    }

    /** A pipeline on trained OpenNLP model files (e.g. the Indonesian UD models, when available). */
    public static TextPipeline load(Path sentenceModel, Path tokenModel) {
        return new TextPipeline(new SentenceDetectorME(loadSentenceModel(sentenceModel)),
                new TokenizerME(loadTokenizerModel(tokenModel)));
    }

    private static TextPipeline standardPipeline() {
        Abbreviations abbreviations = Abbreviations.standard();
        return new TextPipeline(new IndonesianSentenceDetector(abbreviations), new IndonesianTokenizer(abbreviations));
    }

    private static SentenceModel loadSentenceModel(Path file) {
        try {
            return new SentenceModel(file);
        } catch (IOException e) {
            throw new InputException(file, "cannot load the sentence model (" + e.getMessage() + ")");
        }
    }

    private static TokenizerModel loadTokenizerModel(Path file) {
        try {
            return new TokenizerModel(file);
        } catch (IOException e) {
            throw new InputException(file, "cannot load the tokenizer model (" + e.getMessage() + ")");
        }
    }

    /** The sentences of a text, in order, trimmed; no-break spaces read as spaces. */
    public String[] sentences(String text) {
        String converted = Whitespace.horizontalSpacesAsSpaces(text);
        Span[] spans = spansIn(converted);
        String[] sentences = new String[spans.length];
        for (int i = 0; i < spans.length; i++) sentences[i] = converted.substring(spans[i].getStart(), spans[i].getEnd());
        return sentences;
    }

    /**
     * Where each of {@link #sentences(String)} stands in {@code text}: sentence {@code i} is
     * {@code text.substring(start, end)} of span {@code i}, no-break spaces read as spaces.
     */
    public Span[] sentenceSpans(String text) {
        return spansIn(Whitespace.horizontalSpacesAsSpaces(text));
    }

    /**
     * The sentence spans of a text whose horizontal spaces are already plain spaces. Web copy is
     * full of no-break spaces, which Java's strip() and isWhitespace() do not see; the conversion
     * keeps every character in its place, so spans found here are spans of the original text.
     */
    private Span[] spansIn(String converted) {
        List<Span> sentences = new ArrayList<>();
        for (Span line : Whitespace.lineSpans(converted)) {
            String lineText = converted.substring(line.getStart(), line.getEnd());
            for (Span sentence : sentenceDetector.sentPosDetect(lineText)) {
                // Trimmed as String.strip() trims, so that a sentence is the same whatever the detector.
                int start = sentence.getStart();
                int end = sentence.getEnd();
                while (start < end && Character.isWhitespace(lineText.charAt(start))) start++;
                while (end > start && Character.isWhitespace(lineText.charAt(end - 1))) end--;
                if (start < end) sentences.add(new Span(line.getStart() + start, line.getStart() + end));
            }
        }
        return sentences.toArray(Span[]::new);
    }

    /**
     * The sentences of a text with their tokens and where each stands in {@code text}: the same
     * sentences and tokens as {@link #tokenizedSentences(String)}, and {@code text.substring} of a
     * token's span is the token. Mentions, concordances and quotes take their character offsets
     * from here.
     */
    public List<SentenceTokens> sentenceTokens(String text) {
        String converted = Whitespace.horizontalSpacesAsSpaces(text);
        Span[] sentences = spansIn(converted);
        List<SentenceTokens> result = new ArrayList<>(sentences.length);
        for (Span sentence : sentences) {
            String covered = converted.substring(sentence.getStart(), sentence.getEnd());
            Span[] inSentence = tokenizer.tokenizePos(covered);
            Span[] inText = new Span[inSentence.length];
            for (int t = 0; t < inSentence.length; t++) inText[t] = new Span(inSentence[t], sentence.getStart());
            result.add(new SentenceTokens(sentence, Span.spansToStrings(inSentence, covered), inText));
        }
        return Collections.unmodifiableList(result);
    }

    /** All tokens of one sentence, punctuation included. */
    public String[] tokenize(String sentence) {
        return tokenizer.tokenize(sentence);
    }

    /** The tokens of each sentence of a text, in order. */
    public List<String[]> tokenizedSentences(String text) {
        String[] sentences = sentences(text);
        List<String[]> tokenized = new ArrayList<>(sentences.length);
        for (String sentence : sentences) tokenized.add(tokenize(sentence));
        return Collections.unmodifiableList(tokenized);
    }

    /** A word token holds at least one letter or digit; per-1,000-token rates count only these. */
    public static boolean isWord(String token) {
        for (int i = 0; i < token.length(); ) {
            int codePoint = token.codePointAt(i);
            if (Character.isLetterOrDigit(codePoint)) return true;
            i += Character.charCount(codePoint);
        }
        return false;
    }

    /** Number of word tokens in a text. */
    public int countWords(String text) {
        return countWords(tokenizedSentences(text));
    }

    static int countWords(List<String[]> tokenizedSentences) {
        int words = 0;
        for (String[] sentence : tokenizedSentences) words += countWords(sentence);
        return words;
    }

    /** Number of word tokens among the tokens of one sentence. */
    public static int countWords(String[] tokens) {
        int words = 0;
        for (String token : tokens) {
            if (isWord(token)) words++;
        }
        return words;
    }

    /**
     * Every article of an {@code articles} table (columns {@code id}, {@code period}, {@code text}
     * at least) split into tokenized sentences, in table order.
     *
     * @throws IllegalArgumentException if one of those columns is missing
     */
    public List<TokenizedArticle> tokenizeArticles(Table articles) {
        requireArticleColumns(articles);
        List<TokenizedArticle> tokenized = new ArrayList<>();
        for (int row = 0; row < articles.rowCount(); row++) {
            tokenized.add(new TokenizedArticle(articles.column("id").getString(row),
                    articles.column("period").getString(row),
                    tokenizedSentences(articles.column("text").getString(row))));
        }
        return tokenized;
    }

    /**
     * Checks that an {@code articles} table has the columns every stage reads: {@code id},
     * {@code period} and {@code text}.
     *
     * @throws IllegalArgumentException naming the missing column and the columns there are
     */
    public static void requireArticleColumns(Table articles) {
        RequiredColumns.require(articles, "articles", null, "id", "period", "text");
    }
}
