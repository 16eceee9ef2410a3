package org.kabar.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.kabar.corpus.Corpus;
import org.kabar.corpus.OutletSignatures;
import org.kabar.text.TextPipeline;
import tech.tablesaw.api.Table;

/**
 * A corpus of any size made from the seed articles, for benchmarks: each article recombines
 * cleaned sentences of the seeds into paragraphs, about as long as a seed (380 to 520 word
 * tokens), under a seed headline, a dateline between 1 December 2021 and 31 January 2022 and one
 * outlet's signature.
 *
 * <p>Reproducible: article {@code i} depends only on the seed articles, the random seed and
 * {@code i} (never on the clock or on thread scheduling), so the same seed writes byte-identical
 * files.
 */
public final class SyntheticCorpus {

    public static final long DEFAULT_SEED = 20_220_110L;

    private static final int MIN_WORDS = 380;
    private static final int MAX_WORDS = 520;
    private static final int MIN_SENTENCE_WORDS = 4;
    private static final LocalDate FIRST_DAY = LocalDate.of(2021, 12, 1);
    private static final int DAYS = 62;
    // Spelled out here, not taken from the JDK's locale data, which differs between Java versions.
    private static final List<String> WEEKDAYS = List.of("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu");
    private static final List<String> MONTHS = List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember");

    /** How an outlet signs a piece: a prefix of the first paragraph, or a closing line. */
    private record Signature(String firstParagraphPrefix, String lastLine) {}

    private static final List<Signature> SIGNATURES = List.of(
            new Signature("JAKARTA, KOMPAS.TV - ", ""),
            new Signature("Moskow, MINA – ", ""),
            new Signature("", "Dapatkan berita terkini dan kejutan menarik dari SINDOnews.com"),
            new Signature("", "[jm/my]"),
            new Signature("JAKARTA, KOMPAS.com - ", ""));

    private record Sentence(String text, int words) {}

    private final List<Sentence> sentences;
    private final List<String> headlines;
    private final long seed;

    private SyntheticCorpus(List<Sentence> sentences, List<String> headlines, long seed) {
        this.sentences = sentences;
        this.headlines = headlines;
        this.seed = seed;
    }

    /**
     * The sentences and headlines of the articles in {@code seedFolder}, loaded and cleaned by
     * {@link Corpus}. Sentences under {@value #MIN_SENTENCE_WORDS} words and sentences carrying an
     * outlet's signature are left out, so each synthetic article names one outlet.
     */
    public static SyntheticCorpus fromSeeds(Path seedFolder) {
        Table articles = Corpus.loader().threads(1).load(seedFolder).articles();
        TextPipeline pipeline = TextPipeline.standard();
        List<Sentence> sentences = new ArrayList<>();
        List<String> headlines = new ArrayList<>();
        for (int row = 0; row < articles.rowCount(); row++) {
            String headline = articles.stringColumn("headline").get(row);
            if (!headline.isBlank()) headlines.add(headline);
            for (String sentence : pipeline.sentences(articles.stringColumn("text").get(row))) {
                int words = pipeline.countWords(sentence);
                if (words >= MIN_SENTENCE_WORDS && !OutletSignatures.standard().identify(sentence).isKnown()) {
                    sentences.add(new Sentence(sentence, words));
                }
            }
        }
        if (sentences.isEmpty() || headlines.isEmpty()) {
            throw new IllegalArgumentException(seedFolder + ": no sentences or no headlines to recombine");
        }
        return new SyntheticCorpus(List.copyOf(sentences), List.copyOf(headlines), DEFAULT_SEED);
    }

    /** The same sentences with another random seed. */
    public SyntheticCorpus seed(long randomSeed) {
        return new SyntheticCorpus(sentences, headlines, randomSeed);
    }

    /** Article number {@code index} (0-based) as the text of its file. */
    public String article(int index) {
        SplittableRandom random = new SplittableRandom(mix(seed + mix(index)));
        LocalDate date = FIRST_DAY.plusDays(random.nextInt(DAYS));
        Signature signature = SIGNATURES.get(random.nextInt(SIGNATURES.size()));
        StringBuilder text = new StringBuilder(4096);
        text.append(headlines.get(random.nextInt(headlines.size()))).append("\n\n");
        text.append(dateline(date, random.nextInt(24), random.nextInt(60))).append('\n');
        text.append(signature.firstParagraphPrefix());
        int target = MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS + 1);
        int words = 0;
        while (words < target) {
            int paragraphSentences = 1 + random.nextInt(3);
            for (int i = 0; i < paragraphSentences && words < target; i++) {
                Sentence sentence = sentences.get(random.nextInt(sentences.size()));
                if (i > 0) text.append(' ');
                text.append(sentence.text());
                words += sentence.words();
            }
            text.append(words < target ? "\n\n" : "");
        }
        if (!signature.lastLine().isEmpty()) {
            text.append(signature.lastLine().startsWith("[") ? " " : "\n\n").append(signature.lastLine());
        }
        return text.append('\n').toString();
    }

    /**
     * Writes articles {@code 0 .. count-1} as UTF-8 files {@code synthetic_0000000.txt}, ... into
     * {@code folder} (created if needed), on all processors.
     */
    public void write(Path folder, int count) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder + ": " + e.getMessage(), e);
        }
        IntStream.range(0, count).parallel().forEach(index -> {
            Path file = folder.resolve(String.format(Locale.ROOT, "synthetic_%07d.txt", index));
            try {
                Files.writeString(file, article(index), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
        });
    }

    /** "Jumat, 21 Januari 2022 - 19:21 WIB", the form of SINDOnews' datelines. */
    private static String dateline(LocalDate date, int hour, int minute) {
        return String.format(Locale.ROOT, "%s, %d %s %d - %02d:%02d WIB",
                WEEKDAYS.get(date.getDayOfWeek().getValue() - 1), date.getDayOfMonth(),
                MONTHS.get(date.getMonthValue() - 1), date.getYear(), hour, minute);
    }

    /** A 64-bit mixing function (Stafford's variant 13, as in SplittableRandom): nearby inputs, unrelated outputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
