package org.kabar.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.kabar.actors.Actors;
import org.kabar.corpus.Corpus;
import org.kabar.corpus.CorpusLoader;
import org.kabar.count.CountsByPeriod;
import org.kabar.terms.Terms;
import org.kabar.text.Roots;
import tech.tablesaw.api.Table;

/**
 * Times the whole counting route, files to per-period actor and term tables
 * ({@link CountsByPeriod#count}), on synthetic corpora of several sizes, and prints
 * a Markdown table. Not a test: run it on a quiet machine.
 *
 * <pre>
 * cd lib &amp;&amp; mvn -q -DskipTests package
 * java -Xmx2g -cp 'target/kabar-lib.jar:target/test-classes:target/dependency/*' org.kabar.bench.Benchmark \
 *     --articles 1000,10000,100000 --threads 2
 * </pre>
 *
 * Options: {@code --articles N,N,...}; {@code --threads T} (also timed once on one thread, to show
 * the speed-up and that the tables are the same); {@code --runs R} timed runs below 50,000
 * articles (default 3; 2 from there); {@code --seeds DIR} (default {@code ../seeds});
 * {@code --cache DIR} where each corpus is written once and reused (default
 * {@code /tmp/kabar-bench}); {@code --seed S}; {@code --root none,snowball,sastrawi} times the term
 * counts with each reducer in turn, on the same files in the same run (default {@code none}, words
 * as written).
 *
 * <p>Per size: one warm-up run (on at most 10,000 of the articles), then the timed runs. Wall
 * time is the median; CPU use is process CPU time / wall time / processors; peak heap is the
 * largest heap occupancy seen before any garbage collection or at the end of a run.
 */
public final class Benchmark {

    private static final int LARGE = 50_000;
    private static final int WARM_UP_ARTICLES = 10_000;

    private Benchmark() {}

    /** One timed run. */
    private record Run(double wallSeconds, double cpuSeconds, long peakHeapBytes, long words, CountsByPeriod counts) {}

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        PrintStream out = System.out;
        int processors = Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "Kabar benchmark: %d processors, max heap %d MB, Java %s%n", processors,
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        SyntheticCorpus corpus = SyntheticCorpus.fromSeeds(options.seeds).seed(options.seed);
        // The synthetic articles recombine the seeds' sentences: they are the seed story, counted
        // with the seed story's dictionary.
        Actors actors = Actors.forCorpus(options.seeds);
        HeapPeak heap = HeapPeak.install();
        List<String> rows = new ArrayList<>();
        for (int articles : options.articles) {
            Path folder = options.cache.resolve("synthetic-" + options.seed + "-" + articles);
            Path done = options.cache.resolve("synthetic-" + options.seed + "-" + articles + ".done");
            if (!Files.exists(done)) {
                long start = System.nanoTime();
                corpus.write(folder, articles);
                Files.writeString(done, "");
                out.printf(Locale.ROOT, "%,d articles written to %s in %.1f s (not timed below)%n", articles, folder,
                        (System.nanoTime() - start) / 1e9);
            }
            // The peer (count_corpus.py) takes one dictionary file: the same merged dictionary, beside the folder.
            actors.dictionary().save(options.cache.resolve("synthetic-" + options.seed + "-" + articles + ".actors.tsv"));
            // Warm up on the first articles; the timed runs read the folder as a user's count does, so
            // the benchmark holds no list of its own beside the loader's.
            List<Path> warmUp = firstFiles(folder, WARM_UP_ARTICLES);
            for (String root : options.roots) {
                Terms terms = Terms.unigrams().roots(Roots.named(root));
                time(loader -> CountsByPeriod.count(loader, warmUp, actors, terms), options.threads, heap);
                int runs = articles < LARGE ? options.runs : Math.max(1, Math.min(options.runs, 2));
                List<Run> timed = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    timed.add(time(loader -> CountsByPeriod.count(loader, folder, actors, terms), options.threads, heap));
                    out.printf(Locale.ROOT, "  %,d articles, roots %s, %d threads, run %d: %.2f s%n", articles, root,
                            options.threads, i + 1, timed.get(i).wallSeconds());
                }
                Run single = options.threads == 1 ? timed.get(0)
                        : time(loader -> CountsByPeriod.count(loader, folder, actors, terms), 1, heap);
                out.printf(Locale.ROOT, "  %,d articles, roots %s, 1 thread: %.2f s%n", articles, root, single.wallSeconds());
                boolean same = timed.stream().allMatch(run -> sameTables(run.counts(), single.counts()));
                rows.add(row(articles, root, options.threads, processors, timed, single, same));
                out.println(summary(articles, root, options.threads, timed));
            }
        }
        out.println();
        out.println("| articles | roots | word tokens | threads | wall s (median) | articles/s | tokens/s | µs/article (wall) "
                + "| CPU µs/article | CPU use | peak heap MB | 1 thread wall s | same tables 1 vs " + options.threads
                + " threads |");
        out.println("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|");
        rows.forEach(out::println);
    }

    /**
     * One line a script can read:
     * {@code kabar-bench articles=N roots=R threads=T seconds=S cpu_us_per_article=C peak_heap_mb=H}.
     */
    static String summary(int articles, String root, int threads, List<Run> timed) {
        double wall = median(timed.stream().mapToDouble(Run::wallSeconds).toArray());
        double cpu = median(timed.stream().mapToDouble(Run::cpuSeconds).toArray());
        long peak = timed.stream().mapToLong(Run::peakHeapBytes).max().orElseThrow();
        return String.format(Locale.ROOT,
                "kabar-bench articles=%d roots=%s threads=%d seconds=%.3f cpu_us_per_article=%.0f peak_heap_mb=%d",
                articles, root, threads, wall, cpu * 1e6 / articles, peak >> 20);
    }

    private static String row(int articles, String root, int threads, int processors, List<Run> timed, Run single,
                              boolean same) {
        double wall = median(timed.stream().mapToDouble(Run::wallSeconds).toArray());
        double cpu = median(timed.stream().mapToDouble(Run::cpuSeconds).toArray());
        long words = timed.get(0).words();
        long peak = timed.stream().mapToLong(Run::peakHeapBytes).max().orElseThrow();
        return String.format(Locale.ROOT, "| %,d | %s | %,d | %d | %.2f (%d runs) | %,.0f | %,.0f | %.0f | %.0f | %.0f%% of %d cores "
                        + "| %,d | %.2f | %s |",
                articles, root, words, threads, wall, timed.size(), articles / wall, words / wall, wall * 1e6 / articles,
                cpu * 1e6 / articles, 100 * cpu / wall / processors, processors, peak >> 20, single.wallSeconds(),
                same ? "yes" : "NO");
    }

    private static Run time(java.util.function.Function<CorpusLoader, CountsByPeriod> count, int threads, HeapPeak heap) {
        System.gc();
        heap.reset();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        CountsByPeriod counts = count.apply(Corpus.loader().threads(threads));
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = (processCpuNanos() - cpuStart) / 1e9;
        long words = counts.periods().longColumn("words").asList().stream().mapToLong(Long::longValue).sum();
        return new Run(wall, cpu, heap.peak(), words, counts);
    }

    private static boolean sameTables(CountsByPeriod a, CountsByPeriod b) {
        return same(a.actors(), b.actors()) && same(a.terms(), b.terms()) && same(a.periods(), b.periods())
                && same(a.loadReport(), b.loadReport());
    }

    private static boolean same(Table a, Table b) {
        if (!a.columnNames().equals(b.columnNames()) || a.rowCount() != b.rowCount()) return false;
        for (int column = 0; column < a.columnCount(); column++) {
            for (int row = 0; row < a.rowCount(); row++) {
                if (!a.column(column).getString(row).equals(b.column(column).getString(row))) return false;
            }
        }
        return true;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static List<Path> firstFiles(Path folder, int count) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.sorted().limit(count).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The largest heap occupancy since {@link #reset()}: the heap is fullest just before a
     * collection, which each collector reports in a notification.
     */
    private static final class HeapPeak {
        private final AtomicLong peak = new AtomicLong();

        static HeapPeak install() {
            HeapPeak heap = new HeapPeak();
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                    if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
                    GarbageCollectionNotificationInfo info =
                            GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long before = info.getGcInfo().getMemoryUsageBeforeGc().values().stream()
                            .mapToLong(MemoryUsage::getUsed).sum() - nonHeapUsed(info);
                    heap.peak.accumulateAndGet(before, Math::max);
                }, null, null);
            }
            return heap;
        }

        private static long nonHeapUsed(GarbageCollectionNotificationInfo info) {
            long used = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                MemoryUsage usage = info.getGcInfo().getMemoryUsageBeforeGc().get(pool.getName());
                if (pool.getType() == MemoryType.NON_HEAP && usage != null) used += usage.getUsed();
            }
            return used;
        }

        void reset() {
            peak.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }

        long peak() {
            return Math.max(peak.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
    }

    /** The command-line options. */
    private record Options(List<Integer> articles, int threads, int runs, Path seeds, Path cache, long seed,
                           List<String> roots) {

        static Options parse(String[] args) {
            List<Integer> articles = List.of(1_000, 10_000, 100_000);
            int threads = Runtime.getRuntime().availableProcessors();
            int runs = 3;
            Path seeds = Path.of("..", "seeds");
            Path cache = Path.of(System.getProperty("java.io.tmpdir"), "kabar-bench");
            long seed = SyntheticCorpus.DEFAULT_SEED;
            List<String> roots = List.of("none");
            for (int i = 0; i + 1 < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--articles" -> articles = Arrays.stream(value.split(",")).map(String::strip)
                            .map(Integer::valueOf).toList();
                    case "--threads" -> threads = Integer.parseInt(value);
                    case "--runs" -> runs = Integer.parseInt(value);
                    case "--seeds" -> seeds = Path.of(value);
                    case "--cache" -> cache = Path.of(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--root" -> roots = Arrays.stream(value.split(",")).map(String::strip)
                            .map(name -> Roots.named(name).name()).toList();
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + " (known: --articles, --threads, --runs, --seeds, --cache, --seed, --root)");
                }
            }
            if (args.length % 2 != 0) throw new IllegalArgumentException("option " + args[args.length - 1] + " has no value");
            return new Options(articles, threads, runs, seeds, cache, seed, roots);
        }
    }
}
