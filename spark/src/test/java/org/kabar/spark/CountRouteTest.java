package org.kabar.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kabar.actors.Actors;
import org.kabar.corpus.Corpus;
import org.kabar.corpus.PeriodUnit;
import org.kabar.count.CountsByPeriod;
import org.kabar.terms.Terms;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvWriteOptions;

/**
 * The job's per-period tables equal those of the single-machine count route
 * ({@code CountsByPeriod.count}) on the seeds and a test corpus, for months and for weeks, with
 * strict and metonym counting: both routes run the library's one per-article function, and the
 * job's sums over Spark partitions must give the loader's sums over its threads. (The tables
 * {@code analyze} writes are compared in tests/test_spark.py, through the command line.)
 */
class CountRouteTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static SparkSession spark;

    @TempDir
    static Path out;

    @BeforeAll
    static void start() {
        spark = TestSpark.start();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of("seeds", PeriodUnit.MONTH, false),
                Arguments.of("tests/corpora/bbm-2022/articles", PeriodUnit.MONTH, false),
                Arguments.of("tests/corpora/bbm-2022/articles", PeriodUnit.WEEK, true));
    }

    @ParameterizedTest
    @MethodSource("runs")
    void perPeriodTablesAreTheCountRoutes(String corpus, PeriodUnit period, boolean metonyms) throws IOException {
        Path folder = ROOT.resolve(corpus);
        Path dir = out.resolve(corpus.replace('/', '_') + "-" + period + "-" + metonyms);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SparkAnalyze.run(spark, SparkAnalyze.Options.parse(metonyms
                        ? new String[] {folder.toString(), "--out", dir.toString(), "--period", period.name(), "--metonyms", "--partitions", "3"}
                        : new String[] {folder.toString(), "--out", dir.toString(), "--period", period.name(), "--partitions", "3"}),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));

        Actors actors = metonyms ? Actors.forCorpus(folder).withMetonyms() : Actors.forCorpus(folder);
        CountsByPeriod counts = CountsByPeriod.count(Corpus.loader().threads(2).periods(period), folder, actors, Terms.unigrams());
        assertSameRows(counts.actors(), dir.resolve("actors_by_period.csv"));
        assertSameRows(counts.terms(), dir.resolve("terms_by_period.csv"));
        assertSameRows(counts.periods(), dir.resolve("periods.csv"));
        assertSameRows(counts.loadReport(), dir.resolve("load_report.csv"));
    }

    /** The same header and the same rows; the job's CSV must also keep the table's row order. */
    private static void assertSameRows(Table expected, Path csv) throws IOException {
        StringWriter written = new StringWriter();
        expected.write().csv(CsvWriteOptions.builder(written).header(true).build());
        List<String> want = written.toString().lines().toList();
        List<String> got = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(want.size() > 1, "the count route gave rows to compare for " + csv.getFileName());
        assertEquals(want, got, csv.toString());
    }
}
