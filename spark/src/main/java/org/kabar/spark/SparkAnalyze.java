package org.kabar.spark;

import static org.apache.spark.sql.functions.callUDF;
import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.kabar.corpus.Corpus;
import org.kabar.corpus.PeriodUnit;
import org.kabar.notebook.SpreadsheetSafe;
import org.kabar.text.InputException;
import org.kabar.text.Roots;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

/**
 * {@code kabar spark FOLDER --out DIR [--master URL] [--period week|month|quarter] [--metonyms]
 * [--root none|snowball|sastrawi] [--text-column NAME ...] [--partitions N]}: the analysis of
 * {@code kabar analyze} as an Apache Spark job. Writes, in {@code DIR}, {@code articles.csv},
 * {@code load_report.csv}, {@code metadata_disagreements.csv}, {@code actors.csv} and
 * {@code terms.csv} with the same columns and rows as {@code analyze} (text cells
 * spreadsheet-safe alike), the per-period tables of the count route ({@code actors_by_period.csv},
 * {@code terms_by_period.csv}, {@code periods.csv}), and every table again as Parquet under
 * {@code DIR/parquet/}. Without {@code --master} (and outside {@code spark-submit}) it runs in
 * local mode on every core. Exit status: 0 on success, 1 when the input cannot be used (the
 * reason on one line of stderr), 2 for a malformed command.
 */
public final class SparkAnalyze {

    static final String USAGE_LINE = "usage: kabar spark FOLDER --out DIR [--master URL] [--period week|month|quarter]"
            + " [--metonyms] [--root none|snowball|sastrawi] [--text-column NAME] [--partitions N]";
    private static final int WARNINGS_SHOWN = 20;

    /** The column options and the loader field each names, as {@code analyze} takes them. */
    private static final Map<String, String> COLUMN_OPTIONS = Map.of("--text-column", "text", "--title-column", "headline",
            "--date-column", "published", "--outlet-column", "outlet", "--url-column", "url", "--id-column", "id",
            "--language-column", "language");

    /** The command's options. */
    record Options(String folder, String out, String master, Settings settings, int partitions) {

        static Options parse(String[] args) {
            String folder = null;
            String out = null;
            String master = null;
            PeriodUnit period = PeriodUnit.MONTH;
            boolean metonyms = false;
            String root = "none";
            TreeMap<String, String> columns = new TreeMap<>();
            int partitions = 0;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--out" -> out = value(args, ++i, arg);
                    case "--master" -> master = value(args, ++i, arg);
                    case "--period" -> period = PeriodUnit.of(value(args, ++i, arg));
                    case "--metonyms" -> metonyms = true;
                    case "--stemmed" -> root = "snowball";
                    case "--root" -> root = Roots.named(value(args, ++i, arg)).name();
                    case "--no-progress" -> { }
                    case "--partitions" -> partitions = wholeNumber(value(args, ++i, arg));
                    default -> {
                        if (COLUMN_OPTIONS.containsKey(arg)) {
                            columns.put(COLUMN_OPTIONS.get(arg), value(args, ++i, arg));
                            continue;
                        }
                        if (arg.startsWith("--")) throw new IllegalArgumentException("unknown option " + arg);
                        if (folder != null) throw new IllegalArgumentException("one folder only, got " + folder + " and " + arg);
                        folder = arg;
                    }
                }
            }
            if (folder == null || out == null) throw new IllegalArgumentException("");
            return new Options(folder, out, master,
                    new Settings(HadoopFolder.isUrl(folder) ? folder : Path.of(folder).toAbsolutePath().toString(),
                            period, metonyms, root, columns), partitions);
        }

        private static int wholeNumber(String value) {
            try {
                int number = Integer.parseInt(value);
                if (number >= 1) return number;
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--partitions takes a whole number above 0, not " + value);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
            return args[i];
        }
    }

    private SparkAnalyze() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage().isEmpty() ? USAGE_LINE : "kabar: " + e.getMessage() + "; " + USAGE_LINE);
            return 2;
        }
        // A local folder is checked before Spark starts, so that a typing mistake is reported at once
        // (a URL is checked as the job lists it, through Hadoop).
        if (!HadoopFolder.isUrl(options.folder())) {
            Path folder = Path.of(options.folder());
            if (!Files.exists(folder)) return unusable(err, options.folder() + ": no such folder");
            if (!Files.isDirectory(folder)) return unusable(err, options.folder() + ": not a folder");
        }
        try (SparkSession spark = session(options)) {
            return run(spark, options, out, err);
        }
    }

    private static int unusable(PrintStream err, String message) {
        err.println("kabar: " + message);
        return 1;
    }

    static SparkSession session(Options options) {
        SparkSession.Builder builder = SparkSession.builder().appName("kabar spark " + options.folder())
                .config("spark.sql.datetime.java8API.enabled", "true")
                .config("spark.sql.session.timeZone", "UTC");
        if (options.master() != null) {
            builder.master(options.master());
        } else if (!new SparkConf().contains("spark.master")) {
            // One machine: a shuffle in a few partitions, not the 200 meant for a cluster.
            builder.master("local[*]").config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", String.valueOf(2 * Runtime.getRuntime().availableProcessors()));
        }
        return builder.getOrCreate();
    }

    /** Runs the job in a session; what {@link #run(String[], PrintStream, PrintStream)} does inside its own. */
    static int run(SparkSession spark, Options options, PrintStream out, PrintStream err) {
        Job.Tables tables;
        long start = System.nanoTime();
        try {
            tables = new Job(spark, options.settings()).run(options.partitions());
        } catch (InputException | UncheckedIOException | IllegalArgumentException e) {
            err.println("kabar: " + e.getMessage());
            return 1;
        }
        if (Boolean.getBoolean("kabar.timings")) {
            err.printf(Locale.ROOT, "kabar: inputs analysed and file order decided in %.1f s%n", (System.nanoTime() - start) / 1e9);
        }
        warn(tables.loadReport(), err);
        spark.udf().register("kabar_spreadsheet_safe", (UDF1<String, String>) SpreadsheetSafe::cell, DataTypes.StringType);
        try {
            Map<String, Table> driverTables = Map.of("articles", tables.articles(), "load_report", tables.loadReport(),
                    "metadata_disagreements", tables.disagreements());
            for (Map.Entry<String, Table> table : new TreeMap<>(driverTables).entrySet()) {
                write(spark, table.getValue(), options.out(), table.getKey());
            }
            for (Map.Entry<String, Dataset<Row>> table : tables.counts().entrySet()) {
                long writing = System.nanoTime();
                write(spark, table.getValue(), options.out(), table.getKey());
                if (Boolean.getBoolean("kabar.timings")) {
                    err.printf(Locale.ROOT, "kabar: %s written in %.1f s%n", table.getKey(), (System.nanoTime() - writing) / 1e9);
                }
            }
        } catch (IOException e) {
            err.println("kabar: " + options.out() + ": cannot write (" + e.getMessage() + ")");
            return 1;
        }
        out.println("kabar: " + tables.articles().rowCount() + " articles from " + options.folder() + " written to "
                + options.out() + " (Spark " + spark.version() + ", " + spark.sparkContext().master() + ")");
        return 0;
    }

    /** Each file skipped or loaded with warnings on a line of stderr, as analyze does (the first few of many). */
    private static void warn(Table report, PrintStream err) {
        int shown = 0;
        int notLoaded = 0;
        for (tech.tablesaw.api.Row row : report) {
            if (row.getString("status").equals(Corpus.LOADED)) continue;
            notLoaded++;
            if (shown++ < WARNINGS_SHOWN) {
                err.println("kabar: warning: " + row.getString("file") + ": " + row.getString("status") + ": "
                        + row.getString("reason"));
            }
        }
        if (notLoaded > WARNINGS_SHOWN) {
            err.println("kabar: warning: " + (notLoaded - WARNINGS_SHOWN) + " more files in load_report.csv");
        }
    }

    /** A table of the driver: {@code DIR/NAME.csv} written as {@code analyze} writes it, and {@code DIR/parquet/NAME}. */
    static void write(SparkSession spark, Table table, String out, String name) throws IOException {
        Files.createDirectories(Path.of(out));
        SpreadsheetSafe.write(table, Path.of(out, name + ".csv"));
        dataset(spark, table).coalesce(1).write().mode(SaveMode.Overwrite).parquet(Path.of(out, "parquet", name).toString());
    }

    /** A Tablesaw table as a Spark dataset with the same columns and types. */
    private static Dataset<Row> dataset(SparkSession spark, Table table) {
        List<StructField> fields = new ArrayList<>();
        for (tech.tablesaw.columns.Column<?> column : table.columns()) {
            fields.add(DataTypes.createStructField(column.name(), sparkType(column.type()), true));
        }
        List<Row> rows = new ArrayList<>(table.rowCount());
        for (int row = 0; row < table.rowCount(); row++) {
            Object[] cells = new Object[table.columnCount()];
            for (int c = 0; c < cells.length; c++) cells[c] = table.column(c).isMissing(row) ? null : table.column(c).get(row);
            rows.add(RowFactory.create(cells));
        }
        return spark.createDataFrame(rows, DataTypes.createStructType(fields));
    }

    private static DataType sparkType(ColumnType type) {
        if (type == ColumnType.INTEGER) return DataTypes.IntegerType;
        if (type == ColumnType.LONG) return DataTypes.LongType;
        if (type == ColumnType.DOUBLE) return DataTypes.DoubleType;
        if (type == ColumnType.LOCAL_DATE) return DataTypes.DateType;
        return DataTypes.StringType;
    }

    /**
     * A table of the executors: {@code DIR/NAME.csv} written as the single-machine route's CSV
     * writer does (header row; a field quoted only when it holds a comma, a quote or a line break,
     * quotes doubled; text cells spreadsheet-safe), in one file and in the table's order; and
     * {@code DIR/parquet/NAME}. Sorted once for both copies.
     */
    static void write(SparkSession spark, Dataset<Row> table, String out, String name) throws IOException {
        org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(out);
        FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
        fs.mkdirs(dir);
        Dataset<Row> sorted = table.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        try {
            sorted.write().mode(SaveMode.Overwrite).parquet(new org.apache.hadoop.fs.Path(dir, "parquet/" + name).toString());
            writeCsv(spark, safe(spark, sorted), fs, dir, name);
        } finally {
            sorted.unpersist();
        }
    }

    /** The text columns made spreadsheet-safe by the library's rule. */
    private static Dataset<Row> safe(SparkSession spark, Dataset<Row> table) {
        StructType schema = table.schema();
        List<Column> columns = new ArrayList<>();
        for (StructField field : schema.fields()) {
            columns.add(field.dataType().equals(DataTypes.StringType)
                    ? callUDF("kabar_spreadsheet_safe", col(field.name())).as(field.name()) : col(field.name()));
        }
        return table.select(columns.toArray(Column[]::new));
    }

    private static void writeCsv(SparkSession spark, Dataset<Row> table, FileSystem fs, org.apache.hadoop.fs.Path dir,
                                 String name) throws IOException {
        org.apache.hadoop.fs.Path parts = new org.apache.hadoop.fs.Path(dir, ".csv-" + name);
        table.coalesce(1).write().mode(SaveMode.Overwrite)
                .option("header", "true")
                .option("quote", "\"").option("escape", "\"").option("escapeQuotes", "false")
                .option("emptyValue", "").option("nullValue", "")
                .option("ignoreLeadingWhiteSpace", "false").option("ignoreTrailingWhiteSpace", "false")
                .option("dateFormat", "yyyy-MM-dd").option("lineSep", "\n")
                .csv(parts.toString());
        org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(dir, name + ".csv");
        fs.delete(target, false);
        org.apache.hadoop.fs.Path part = null;
        for (FileStatus status : fs.listStatus(parts)) {
            if (status.getPath().getName().startsWith("part-")) part = status.getPath();
        }
        if (part == null || fs.getFileStatus(part).getLen() == 0) {
            // An empty table: the header row alone.
            try (var stream = fs.create(target, true)) {
                stream.write((String.join(",", table.columns()) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        } else if (!fs.rename(part, target)) {
            throw new IOException("cannot move " + part + " to " + target);
        }
        fs.delete(parts, true);
    }
}
