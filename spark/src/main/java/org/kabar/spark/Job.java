package org.kabar.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.kabar.actors.Actor;
import org.kabar.corpus.Corpus;
import org.kabar.corpus.CorpusLoader;
import org.kabar.corpus.Prepared;
import org.kabar.count.ArticleCounts;
import org.kabar.terms.TermTally;
import tech.tablesaw.api.Table;

/**
 * The analysis of {@code analyze} as a Spark job. The folder's inputs (files in file order) are
 * spread over the executors; each executor runs the library's per-article analysis
 * ({@link org.kabar.count.ArticleAnalysis#input}, the function the single-machine count route
 * runs on its threads) on one input at a time and keeps two things: the article's row without
 * its text and its load-report facts, which the driver collects to decide in file order what only
 * file order decides (ids, duplicate texts, the corpus's years) with the library's own
 * {@link CorpusLoader#assemble}; and the article's counts, which stay on the executors and are
 * summed there. Only the counts are shuffled.
 */
final class Job {

    private final SparkSession spark;
    private final Settings settings;

    /** The job's tables: the driver's (as the library makes them) and the counts (Spark's). */
    record Tables(Table articles, Table loadReport, Table disagreements, Map<String, Dataset<Row>> counts) {}


    /** A prepared input's facts as bytes and back (Java serialization: they are few and small). */
    static final class Facts {
        private Facts() {}

        static byte[] write(Prepared<Void> facts) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
                out.writeObject(facts);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        @SuppressWarnings("unchecked")
        static Prepared<Void> read(byte[] bytes) {
            try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes))) {
                return (Prepared<Void>) in.readObject();
            } catch (java.io.IOException | ClassNotFoundException e) {
                throw new IllegalStateException("cannot read an input's facts back", e);
            }
        }
    }

    Job(SparkSession spark, Settings settings) {
        this.spark = spark;
        this.settings = settings;
    }

    Tables run(int partitions) {
        CorpusLoader.Inputs inputs = Resources.list(settings, spark.sparkContext().hadoopConfiguration());
        Resources resources = Resources.of(settings, inputs);
        JavaSparkContext context = new JavaSparkContext(spark.sparkContext());
        Broadcast<Settings> sharedSettings = context.broadcast(settings);
        Broadcast<CorpusLoader.Inputs> sharedInputs = context.broadcast(inputs);
        List<Integer> files = new ArrayList<>();
        List<Integer> parquet = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) (inputs.isParquet(i) ? parquet : files).add(i);
        int slices = partitions > 0 ? partitions : Math.max(1, Math.min(files.size(),
                Math.max(spark.sparkContext().defaultParallelism() * 4, files.size() / 1000)));
        // Held in Spark's own compact form: the facts as bytes, the counts as columns.
        Dataset<Row> analysed = spark.createDataFrame(context.parallelize(files, Math.max(1, slices))
                .mapPartitions(each -> analyse(Resources.of(sharedSettings.value(), sharedInputs.value()), each)),
                Schemas.ANALYSED);
        // Parquet exports: read by Spark (a large file split over tasks), each row handed to the library.
        Map<Integer, CorpusLoader.TableRows> tables = new LinkedHashMap<>();
        for (int index : parquet) {
            Dataset<Row> rows;
            try {
                rows = spark.read().parquet(inputs.get(index).location());
            } catch (RuntimeException e) {
                String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                tables.put(index, resources.loader.unreadableTable(inputs, index, "not a readable Parquet file (" + message + ")"));
                continue;
            }
            List<String> columns = List.of(rows.columns());
            CorpusLoader.TableRows table = resources.loader.tableRows(inputs, index, columns);
            tables.put(index, table);
            if (table.skip() != null) continue;
            analysed = analysed.union(spark.createDataFrame(ParquetRows.cells(rows).javaRDD().mapPartitions(each ->
                    ParquetRows.analyse(Resources.of(sharedSettings.value(), sharedInputs.value()), index, columns, each)),
                    Schemas.ANALYSED));
        }
        analysed = analysed.persist(StorageLevel.MEMORY_AND_DISK());

        List<Prepared<Void>> facts = inFileOrder(analysed, tables);
        CorpusLoader.Assembled assembled = resources.loader.assemble(inputs, facts);
        Corpus corpus = assembled.corpus();
        Table articles = corpus.articles();
        Map<String, String> periodById = new LinkedHashMap<>();
        for (int row = 0; row < articles.rowCount(); row++) {
            periodById.put(articles.stringColumn("id").get(row), articles.stringColumn("period").get(row));
        }
        List<Row> usedRows = new ArrayList<>();
        assembled.idByPlace().forEach((place, id) -> usedRows.add(RowFactory.create(place, id, periodById.get(id))));
        Dataset<Row> used = spark.createDataFrame(usedRows, Schemas.USED);

        Dataset<Row> counts = analysed.filter(col("actors").isNotNull()).drop("input", "order", "facts")
                .join(broadcast(used), "place");
        return new Tables(corpus.articlesWithoutText(), corpus.loadReport(), corpus.metadataDisagreements(),
                countTables(counts));
    }

    /**
     * The facts of every input in file order: by input, then as each input gave them (a Parquet
     * export's own report row first, made here from what its rows gave, then its rows in order).
     */
    private static List<Prepared<Void>> inFileOrder(Dataset<Row> analysed, Map<Integer, CorpusLoader.TableRows> tables) {
        List<Row> collected = new ArrayList<>(analysed.select("input", "order", "facts").collectAsList());
        collected.sort(Comparator.<Row>comparingInt(r -> r.getInt(0)).thenComparingLong(r -> r.getLong(1)));
        Map<Integer, List<Prepared<Void>>> byInput = new java.util.TreeMap<>();
        for (Row row : collected) byInput.computeIfAbsent(row.getInt(0), i -> new ArrayList<>()).add(Facts.read(row.getAs(2)));
        tables.forEach((index, table) -> {
            List<Prepared<Void>> rows = byInput.computeIfAbsent(index, i -> new ArrayList<>());
            rows.add(0, table.file(List.copyOf(rows)));
        });
        List<Prepared<Void>> facts = new ArrayList<>();
        byInput.values().forEach(facts::addAll);
        return facts;
    }

    private static Iterator<Row> analyse(Resources resources, Iterator<Integer> indices) {
        return new Iterator<>() {
            private Iterator<Row> current = List.<Row>of().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && indices.hasNext()) current = input(resources, indices.next()).iterator();
                return current.hasNext();
            }

            @Override
            public Row next() {
                hasNext();
                return current.next();
            }
        };
    }

    /** What an executor keeps of one input: per article or report row, its facts for the driver and its counts. */
    private static List<Row> input(Resources resources, int index) {
        List<Row> result = new ArrayList<>();
        long order = 0;
        for (Prepared<ArticleCounts> prepared : resources.analysis.input(resources.inputs, index)) {
            result.add(analysedRow(index, order++, prepared));
        }
        return result;
    }

    /** What one input gives (an article, or a report row) as a row of {@link Schemas#ANALYSED}, at its place in file order. */
    static Row analysedRow(int input, long order, Prepared<ArticleCounts> prepared) {
        ArticleCounts counts = prepared.result();
        if (counts == null) {
            return RowFactory.create(input, order, prepared.where(), Facts.write(prepared.withoutText(-1, -1)), null, null, null, null);
        }
        return analysedRow(input, order, prepared.where(), Facts.write(prepared.withoutText(counts.sentences(), counts.tokens())),
                counts);
    }

    /** An article's facts and counts as a row of {@link Schemas#ANALYSED}. */
    private static Row analysedRow(int input, long order, String place, byte[] facts, ArticleCounts counts) {
        List<Row> actors = new ArrayList<>();
        counts.mentions().byActor().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Actor::name)))
                .forEach(e -> actors.add(RowFactory.create(e.getKey().name(), e.getKey().type().label(), e.getValue())));
        Map<String, Map<String, Integer>> forms = new LinkedHashMap<>();
        for (TermTally.Counted form : counts.terms().surfaces()) {
            forms.computeIfAbsent(form.term(), t -> new LinkedHashMap<>()).put(form.surface(), form.count());
        }
        List<Row> terms = new ArrayList<>();
        for (TermTally.Counted term : counts.terms().counted()) {
            Map<String, Integer> written = forms.get(term.term());
            terms.add(RowFactory.create(term.term(), term.surface(), term.count(),
                    written.size() > 1 ? scala.jdk.javaapi.CollectionConverters.asScala(written) : null));
        }
        return RowFactory.create(input, order, place, facts, counts.mentions().words(), actors.toArray(Row[]::new),
                counts.terms().words(), terms.toArray(Row[]::new));
    }

    /**
     * The per-article and per-period count tables, each sorted: per article as {@code analyze}
     * writes them, per period as the count route's {@code CountsByPeriod} sums them.
     */
    private static Map<String, Dataset<Row>> countTables(Dataset<Row> used) {
        Dataset<Row> mentions = used.select(col("id"), col("period"), explode(col("actors")).as("a"))
                .select(col("id"), col("period"), col("a.actor").as("actor"), col("a.type").as("type"),
                        col("a.mentions").as("mentions"));
        Dataset<Row> actors = mentions.select("id", "actor", "type", "mentions")
                .orderBy(col("id"), col("mentions").desc(), col("actor"));
        Dataset<Row> termRows = used.select(col("id"), col("period"), explode(col("terms")).as("t"))
                .select(col("id"), col("period"), col("t.term").as("term"), col("t.surface").as("surface"),
                        col("t.count").as("count"), col("t.forms").as("forms"));
        Dataset<Row> terms = termRows.select("id", "period", "term", "surface", "count")
                .orderBy(col("id"), col("count").desc(), col("term"));

        Dataset<Row> periodTotals = used.groupBy("period").agg(count(lit(1)).cast("int").as("articles"),
                sum("term_words").as("words"), sum("actor_words").cast("int").as("actor_words"));
        Dataset<Row> periods = periodTotals.select("period", "articles", "words").orderBy("period");
        Dataset<Row> actorsByPeriod = mentions.groupBy("period", "actor", "type")
                .agg(sum("mentions").cast("int").as("mentions"), count(lit(1)).cast("int").as("articles"))
                .join(periodTotals.select(col("period"), col("actor_words").as("words")), "period")
                .withColumn("per_1000", when(col("words").equalTo(0), lit(0.0))
                        .otherwise(lit(1000.0).multiply(col("mentions").cast("double")).divide(col("words").cast("double"))))
                .select("period", "actor", "type", "mentions", "articles", "words", "per_1000")
                .orderBy(col("period"), col("mentions").desc(), col("actor"));
        Dataset<Row> termTotals = termRows.groupBy("period", "term")
                .agg(sum("count").cast("int").as("count"), count(lit(1)).cast("int").as("df"));
        // A period's readable form of a term: its most frequent written form there, ties to the first in sort order.
        Dataset<Row> readable = termRows
                .select(col("period"), col("term"), explode(coalesce(col("forms"), map(col("surface"), col("count")))))
                .groupBy(col("period"), col("term"), col("key").as("surface")).agg(sum("value").as("times"))
                .groupBy("period", "term").agg(min_by(col("surface"), struct(col("times").multiply(-1), col("surface")))
                        .as("surface"));
        Dataset<Row> termsByPeriod = termTotals.join(readable, new String[] {"period", "term"})
                .join(periodTotals.select("period", "words"), "period")
                .withColumn("per_1000", lit(1000.0).multiply(col("count").cast("double")).divide(col("words").cast("double")))
                .select("period", "term", "surface", "count", "per_1000", "df")
                .orderBy(col("period"), col("count").desc(), col("term"));
        Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
        tables.put("actors", actors);
        tables.put("terms", terms);
        tables.put("actors_by_period", actorsByPeriod);
        tables.put("terms_by_period", termsByPeriod);
        tables.put("periods", periods);
        return tables;
    }
}
