package org.kabar.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.to_timestamp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Folders given as Hadoop URLs and Parquet exports, without a cluster. A folder given as a
 * {@code file:} URL, and as a URL of a scheme only Hadoop knows ({@link CountingFileSystem}: no
 * java.nio path can name it), gives the tables {@code analyze} gives on the same folder. A Parquet
 * export written here by Spark from the rows of a CSV export gives what {@code analyze} gives on
 * the CSV twin. {@code analyze} runs as its own process, as the runner starts it.
 */
class HadoopFoldersTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> TABLES = List.of("articles.csv", "actors.csv", "terms.csv", "load_report.csv",
            "metadata_disagreements.csv");
    private static SparkSession spark;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        spark = TestSpark.start();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** An article written for this test; texts differ by n. */
    private static String article(int n) {
        return "Perundingan Brussel Putaran " + n + "\n\nBRUSSEL, KOMPAS.TV – Sekretaris Jenderal NATO bertemu utusan Rusia selama "
                + n + " jam pada Rabu (12/1/2022).\n\n“Kami belum sepakat soal usulan nomor " + n
                + ", tetapi pintu dialog tetap terbuka,” kata juru bicara NATO. Ukraina mengikuti dari Kyiv.\n";
    }

    /** The seeds (curated metadata, a story dictionary) plus an export in a subfolder and a hidden folder. */
    private static Path corpus() throws IOException {
        Path folder = tmp.resolve("corpus");
        Files.createDirectories(folder.resolve("exports"));
        Files.createDirectories(folder.resolve(".cache"));
        try (Stream<Path> seeds = Files.list(ROOT.resolve("seeds"))) {
            for (Path file : seeds.toList()) Files.copy(file, folder.resolve(file.getFileName()));
        }
        Files.writeString(folder.resolve("exports/rows.csv"), "id,title,date,text\n"
                + "r1,Putaran 1,2022-01-12,\"" + article(1) + "\"\nr2,Tanpa teks,2022-01-12,\n");
        Files.writeString(folder.resolve(".cache/old.txt"), article(2));
        return folder;
    }

    private static void analyze(Path folder, Path out) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.kabar.cli.Main",
                "analyze", folder.toString(), "--out", out.toString(), "--no-progress")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("analyze-" + out.getFileName() + ".log").toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "analyze finished");
        assertEquals(0, process.exitValue(), Files.readString(tmp.resolve("analyze-" + out.getFileName() + ".log")));
    }

    private static void sparkJob(String folder, Path out) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SparkAnalyze.run(spark, SparkAnalyze.Options.parse(new String[] {folder, "--out", out.toString(), "--partitions", "3"}),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("\tat "), "no stack trace");
    }

    private static List<String> sortedLines(Path csv) throws IOException {
        return Files.readAllLines(csv, StandardCharsets.UTF_8).stream().sorted().toList();
    }

    @Test
    void foldersGivenAsUrlsGiveWhatAnalyzeGives() throws Exception {
        Path folder = corpus();
        Path single = tmp.resolve("url-analyze");
        analyze(folder, single);
        String fileUrl = folder.toUri().toString();                      // file:///tmp/.../corpus/
        String hadoopOnly = CountingFileSystem.SCHEME + "://" + folder;  // kabartest:///tmp/.../corpus
        assertTrue(fileUrl.startsWith("file:///"), fileUrl);
        assertFalse(Files.exists(Path.of(hadoopOnly)), "no java.nio path names " + hadoopOnly);
        CountingFileSystem.OPENED.clear();
        for (String url : List.of(fileUrl, hadoopOnly)) {
            Path out = tmp.resolve(url.startsWith("file") ? "url-file" : "url-hadoop");
            sparkJob(url, out);
            for (String table : TABLES) assertEquals(sortedLines(single.resolve(table)), sortedLines(out.resolve(table)), url + " " + table);
        }
        // Rows to compare: the five seeds and r1.
        assertEquals(6 + 1, Files.readAllLines(single.resolve("articles.csv")).size());
        // Every file read was opened through Hadoop: the articles, the export, the curated metadata, the dictionary.
        for (String name : List.of("000_5846704a53bdb84e.txt", "004_e868b1205f427ac5.txt", "exports/rows.csv", "metadata.csv", "actors.tsv")) {
            assertTrue(CountingFileSystem.OPENED.contains(folder.resolve(name).toString()), name + " in " + CountingFileSystem.OPENED);
        }
        // The hidden folder is reported, not searched, as analyze reports it.
        assertTrue(Files.readString(tmp.resolve("url-hadoop/load_report.csv")).contains(".cache,,skipped,a hidden folder; not searched"));
    }

    @Test
    void aFolderThatIsNotThereIsOneLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String missing = CountingFileSystem.SCHEME + "://" + tmp.resolve("missing");
        int status = SparkAnalyze.run(spark, SparkAnalyze.Options.parse(new String[] {missing, "--out", tmp.resolve("none").toString()}),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, status);
        assertEquals("kabar: " + missing + ": no such folder", err.toString(StandardCharsets.UTF_8).strip());
    }

    /** The export's rows: id, title, published (a timestamp), outlet, text, a kept date column, a kept number column. */
    private static final List<String[]> ROWS = List.of(
            new String[] {"p1", "Putaran 1 Berakhir", "2022-01-10T08:30:00Z", "Kompas TV", article(1), "2022-01-11", "310"},
            new String[] {"p2", "Tanpa teks", "2022-01-11T09:00:00Z", "MINA", null, "2022-01-11", "0"},
            new String[] {"", "Putaran 3 Berakhir", "2021-12-30T23:15:00Z", "SINDOnews", article(3), "2021-12-31", "295"},
            new String[] {"p4", "Putaran 4 Berakhir", "2022-01-12T01:00:00Z", "VOA Indonesia", article(4), "2022-01-12", "301"},
            new String[] {"p5", "Putaran 1 lagi", "2022-01-13T01:00:00Z", "MINA", article(1), "2022-01-13", "310"});
    private static final List<String> COLUMNS = List.of("id", "title", "publish_date", "media_name", "text", "seen", "words");

    private static String csvCell(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }

    @Test
    void aParquetExportGivesWhatItsCsvTwinGives() throws Exception {
        Path csvFolder = Files.createDirectories(tmp.resolve("csv-twin"));
        Path parquetFolder = Files.createDirectories(tmp.resolve("parquet"));
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (String[] row : ROWS) csv.append(String.join(",", Arrays.stream(row).map(HadoopFoldersTest::csvCell).toList())).append('\n');
        Files.writeString(csvFolder.resolve("export.csv"), csv);

        // The same rows as Parquet, written by Spark: the published column a timestamp, "seen" a date, "words" a number.
        StructType strings = DataTypes.createStructType(COLUMNS.stream()
                .map(c -> DataTypes.createStructField(c, DataTypes.StringType, true)).toList());
        List<Row> rows = ROWS.stream().map(r -> RowFactory.create((Object[]) r)).toList();
        Dataset<Row> typed = spark.createDataFrame(rows, strings)
                .withColumn("publish_date", to_timestamp(col("publish_date")))
                .withColumn("seen", to_date(col("seen")))
                .withColumn("words", col("words").cast("int"));
        Path written = tmp.resolve("parquet-written");
        typed.coalesce(1).write().mode(SaveMode.Overwrite).parquet(written.toString());
        Path part;
        try (Stream<Path> files = Files.list(written)) {
            part = files.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
        }
        Files.copy(part, parquetFolder.resolve("export.parquet"));
        assertEquals("timestamp", spark.read().parquet(parquetFolder.resolve("export.parquet").toString())
                .schema().apply("publish_date").dataType().typeName());

        Path single = tmp.resolve("twin-analyze");
        Path job = tmp.resolve("parquet-spark");
        analyze(csvFolder, single);
        sparkJob(parquetFolder.toString(), job);

        assertEquals(sortedLines(single.resolve("actors.csv")), sortedLines(job.resolve("actors.csv")));
        assertEquals(sortedLines(single.resolve("terms.csv")), sortedLines(job.resolve("terms.csv")));
        assertEquals(sortedLines(single.resolve("metadata_disagreements.csv")), sortedLines(job.resolve("metadata_disagreements.csv")));
        Table expected = read(single.resolve("articles.csv"));
        Table got = read(job.resolve("articles.csv"));
        assertEquals(List.of("export.csv"), expected.stringColumn("file").unique().asList());
        expected.stringColumn("file").set(expected.stringColumn("file").isNotMissing(), "export.parquet");
        assertEquals(expected.print(1000), got.print(1000));
        // By hand: p1, export-3 (no id: the file's stem and its row) and p4 are used; p2 has no text; p5 repeats p1's text.
        assertEquals(List.of("export-3", "p1", "p4"), got.stringColumn("id").asList());
        assertEquals("2022-01-10", got.stringColumn("published").get(1));
        assertEquals("column \"publish_date\": 2022-01-10T08:30:00Z", got.stringColumn("date_evidence").get(1));
        assertEquals("2022-01-11", got.stringColumn("seen").get(1));
        assertEquals("310", got.stringColumn("words").get(1));

        Map<String, String> report = new HashMap<>();
        Table loadReport = read(job.resolve("load_report.csv"));
        for (int i = 0; i < loadReport.rowCount(); i++) {
            report.put(loadReport.stringColumn("file").get(i), loadReport.stringColumn("status").get(i) + " | "
                    + loadReport.stringColumn("reason").get(i));
        }
        assertEquals("loaded | 4 articles, 1 rows rejected; fields: id ← id, text ← text, headline ← title, "
                + "published ← publish_date, outlet ← media_name; kept: seen, words", report.get("export.parquet"));
        assertEquals("skipped | no text in column \"text\"", report.get("export.parquet:2"));
        assertEquals("skipped | same text as export.parquet:1 (kept there)", report.get("export.parquet:5"));
        // The CSV twin's report says the same of its rows, on its lines (the header is line 1).
        Table twinReport = read(single.resolve("load_report.csv"));
        assertEquals(twinReport.stringColumn("reason").get(0), loadReport.stringColumn("reason").get(0));
        assertEquals(twinReport.rowCount(), loadReport.rowCount());
    }

    private static Table read(Path csv) throws IOException {
        try (Reader reader = new StringReader(Files.readString(csv))) {
            return Table.read().csv(CsvReadOptions.builder(reader).columnTypes(c -> tech.tablesaw.api.ColumnType.STRING).build());
        }
    }
}
