package org.kabar.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TextPipelineTest {

    private final TextPipeline pipeline = TextPipeline.standard();

    @Test
    void sentenceAndTokenSpansPointIntoTheTextAsWritten() {
        // Counted by hand: two spaces 0-2, "Rusia" 2-7, "menolak" 8-15, "." 15-16, a no-break space 16,
        // "Ukraina" 17-24, "menunggu" 25-33, "." 33-34, "\r\n" 34-36, "NATO" 36-40, two spaces, "diam" 42-46, "." 46-47.
        String text = "  Rusia menolak.\u00A0Ukraina menunggu.\r\nNATO  diam.";
        assertEquals(List.of(new Span(2, 16), new Span(17, 34), new Span(36, 47)), List.of(pipeline.sentenceSpans(text)));
        List<SentenceTokens> sentences = pipeline.sentenceTokens(text);
        assertEquals(List.of(new Span(2, 16), new Span(17, 34), new Span(36, 47)),
                sentences.stream().map(SentenceTokens::span).toList());
        assertEquals(List.of(new Span(2, 7), new Span(8, 15), new Span(15, 16)), List.of(sentences.get(0).tokenSpans()));
        assertEquals(List.of(new Span(17, 24), new Span(25, 33), new Span(33, 34)), List.of(sentences.get(1).tokenSpans()));
        assertEquals(List.of(new Span(36, 40), new Span(42, 46), new Span(46, 47)), List.of(sentences.get(2).tokenSpans()));
        assertArrayEquals(new String[] {"NATO", "diam", "."}, sentences.get(2).tokens());
        // The same sentences and tokens as without spans.
        assertArrayEquals(new String[] {"Rusia menolak.", "Ukraina menunggu.", "NATO  diam."}, pipeline.sentences(text));
        assertEquals(pipeline.tokenizedSentences(text).stream().map(List::of).toList(),
                sentences.stream().map(sentence -> List.of(sentence.tokens())).toList());
    }

    @Test
    void fullStopBeforeCapitalEndsSentence() {
        assertArrayEquals(new String[] {"Rusia menolak.", "Ukraina menunggu."},
                pipeline.sentences("Rusia menolak. Ukraina menunggu."));
    }

    @Test
    void quoteFollowedByReportingVerbContinuesSentence() {
        assertArrayEquals(new String[] {"“Kami tidak ingin berperang,” kata Lavrov.", "“Kami siap.”"},
                pipeline.sentences("“Kami tidak ingin berperang,” kata Lavrov. “Kami siap.”"));
    }

    @Test
    void closingQuoteStaysWithItsSentence() {
        assertArrayEquals(new String[] {"Ia berkata, “Tidak ada dialog.”", "Lalu ia pergi."},
                pipeline.sentences("Ia berkata, “Tidak ada dialog.” Lalu ia pergi."));
    }

    @Test
    void dottedPrefixAbbreviationsDoNotEndSentence() {
        assertArrayEquals(new String[] {"Kantornya di Jl. Sudirman No. 5 dengan sewa Rp. 300 juta.", "Itu mahal."},
                pipeline.sentences("Kantornya di Jl. Sudirman No. 5 dengan sewa Rp. 300 juta. Itu mahal."));
    }

    @Test
    void listAbbreviationEndsSentenceOnlyBeforeCapital() {
        assertArrayEquals(new String[] {"Ada tank, rudal, dll. dan pasukan.", "Rusia menolak."},
                pipeline.sentences("Ada tank, rudal, dll. dan pasukan. Rusia menolak."));
        assertArrayEquals(new String[] {"Ada tank, rudal, dll.", "Rusia menolak."},
                pipeline.sentences("Ada tank, rudal, dll. Rusia menolak."));
    }

    @Test
    void initialDoesNotEndSentence() {
        assertEquals(1, pipeline.sentences("Presiden George W. Bush datang.").length);
    }

    @Test
    void lineBreakEndsHeadlineWithoutStop() {
        assertArrayEquals(new String[] {"AS dan Rusia akan Berunding", "Foto: AP", "Lavrov berbicara."},
                pipeline.sentences("AS dan Rusia akan Berunding\n\nFoto: AP\r\nLavrov berbicara."));
    }

    @Test
    void noBreakSpacesAreSpaces() {
        assertArrayEquals(new String[] {"Baca:  NATO Tolak"}, pipeline.sentences("\u00A0\nBaca:\u00A0 NATO Tolak"));
        assertArrayEquals(new String[] {"Baca", ":", "NATO"}, pipeline.tokenize("Baca:\u00A0NATO"));
    }

    @Test
    void bracketedCreditAfterStopIsOwnSentence() {
        assertArrayEquals(new String[] {"Psaki berbicara.", "(AFP)"}, pipeline.sentences("Psaki berbicara. (AFP)"));
    }

    @Test
    void dotInsideWordOrNumberIsNotSentenceEnd() {
        assertEquals(1, pipeline.sentences("Menurut KOMPAS.TV, Rusia mengerahkan 100.000 tentara.").length);
    }

    @Test
    void reduplicationIsOneToken() {
        assertArrayEquals(new String[] {"negara-negara", "dan", "mitra-mitra", "berminggu-minggu", "Negara-negara"},
                pipeline.tokenize("negara-negara dan mitra-mitra berminggu-minggu Negara-negara"));
    }

    @Test
    void hyphenBetweenTwoNamesSeparatesThem() {
        assertArrayEquals(new String[] {"Dialog", "NATO", "-", "Rusia", "dan", "AS", "-", "Rusia", "Covid-19"},
                pipeline.tokenize("Dialog NATO-Rusia dan AS-Rusia Covid-19"));
    }

    @Test
    void numbersDatesAndCurrencyStayWhole() {
        assertArrayEquals(new String[] {"Selasa", "(", "21/12", ")", "100.000", "US$300", "19:21", "1,5", "."},
                pipeline.tokenize("Selasa (21/12) 100.000 US$300 19:21 1,5."));
    }

    @Test
    void quotesAndPunctuationAreTokensOfTheirOwn() {
        assertArrayEquals(new String[] {"“", "Kami", "siap", ",", "”", "kata", "'", "ultimatum", "Rusia", ".", "'", "..."},
                pipeline.tokenize("“Kami siap,” kata 'ultimatum Rusia.' ..."));
    }

    @Test
    void apostropheInsideWordAndAbbreviationDotStay() {
        assertArrayEquals(new String[] {"Jum'at", "Mi’raj", "di", "Jl.", "Thamrin", "dll."},
                pipeline.tokenize("Jum'at Mi’raj di Jl. Thamrin dll."));
    }

    @Test
    void wordHasLetterOrDigit() {
        assertTrue(TextPipeline.isWord("AS"));
        assertTrue(TextPipeline.isWord("21/12"));
        assertFalse(TextPipeline.isWord("“"));
        assertFalse(TextPipeline.isWord("..."));
    }

    @Test
    void countWordsSkipsPunctuation() {
        // Rusia, menolak, Ukraina, menunggu, 21/12: five words among nine tokens.
        assertEquals(5, pipeline.countWords("Rusia menolak. “Ukraina menunggu (21/12).”"));
    }

    @Test
    void anyOpenNlpDetectorAndTokenizerPlugIn() {
        TextPipeline custom = TextPipeline.of(new EveryLineDetector(), WhitespaceTokenizer.INSTANCE);
        assertArrayEquals(new String[] {"Rusia,", "menolak."}, custom.tokenize("Rusia, menolak."));
        assertEquals(2, custom.sentences("a. B\nc").length);
    }

    @Test
    void missingModelFileIsReportedWithItsPath() {
        Path missing = Path.of("no-such-model.bin");
        InputException e = assertThrows(InputException.class, () -> TextPipeline.load(missing, missing));
        assertTrue(e.getMessage().startsWith("no-such-model.bin: cannot load the sentence model ("), e.getMessage());
    }

    @Test
    void articlesTableWithoutTextIsRejectedWithColumnNames() {
        Table noText = Table.create("mine", StringColumn.create("id"), StringColumn.create("period"));
        Exception e = assertThrows(IllegalArgumentException.class, () -> pipeline.tokenizeArticles(noText));
        assertEquals("articles table 'mine' has no column 'text' (it has id, period)", e.getMessage());
    }

    @Test
    void wordCountsGivePerArticleDenominators() {
        assertEquals(4, pipeline.countWords("AS dan Rusia. Ukraina!"));
        assertEquals(2, pipeline.countWords("NATO menolak."));
        assertEquals(3, TextPipeline.countWords(new String[] {"AS", "dan", "Rusia", "."}));
    }

    @Test
    void seedSentencesMatchHandCheckedList() throws IOException {
        Map<String, List<String>> expected = handCheckedSentences();
        Table seeds = SeedArticles.table();
        int matched = 0;
        int total = 0;
        int predicted = 0;
        List<String> misses = new ArrayList<>();
        for (int row = 0; row < seeds.rowCount(); row++) {
            List<String> gold = expected.get(seeds.stringColumn("id").get(row));
            List<String> found = new ArrayList<>();
            for (String sentence : pipeline.sentences(seeds.stringColumn("text").get(row))) {
                found.add(sentence.replaceAll("(?U)\\s+", " "));
            }
            total += gold.size();
            predicted += found.size();
            for (String sentence : gold) {
                if (found.remove(sentence)) matched++; else misses.add(sentence);
            }
        }
        double accuracy = (double) matched / total;
        System.out.printf("Sentence split on the seeds: %d of %d hand-checked sentences found exactly (recall %.3f),"
                + " %d sentences returned (precision %.3f); missed: %s%n",
                matched, total, accuracy, predicted, (double) matched / predicted, misses);
        assertEquals(126, total);
        assertTrue((double) matched / predicted >= 0.98, "returned " + predicted + " sentences");
        assertTrue(accuracy >= 0.98, "accuracy " + accuracy + ", missed " + misses);
    }

    private static Map<String, List<String>> handCheckedSentences() throws IOException {
        Map<String, List<String>> sentences = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Files.readAllLines(Path.of("src/test/resources/org/kabar/text/seed-sentences.txt"),
                StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                current = new ArrayList<>();
                sentences.put(line.substring(3).strip(), current);
            } else if (!line.startsWith("# ") && !line.isBlank()) {
                current.add(line);
            }
        }
        return sentences;
    }

    /** A stand-in for a trained model: every line is a sentence. */
    private static final class EveryLineDetector implements opennlp.tools.sentdetect.SentenceDetector {
        @Override
        public String[] sentDetect(CharSequence text) {
            return new String[] {text.toString()};
        }

        @Override
        public Span[] sentPosDetect(CharSequence text) {
            return new Span[] {new Span(0, text.length())};
        }
    }
}
