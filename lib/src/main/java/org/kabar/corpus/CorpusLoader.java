package org.kabar.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kabar.actors.ActorTally;
import org.kabar.actors.Actors;
import org.kabar.terms.TermTally;
import org.kabar.terms.Terms;
import org.kabar.text.Stopwords;
import org.kabar.text.TextPipeline;
import org.kabar.text.TokenizedArticle;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Loads a folder (or a list) of {@code .txt} articles into a {@link Corpus}.
 *
 * <p>Every file seen gets a row in the load report; a file that is not used says why. Skipped:
 * files not ending in {@code .txt}, subfolders, empty or whitespace-only files, binary files,
 * files neither UTF-8 nor Windows-1252, files over the size limit ({@value #DEFAULT_MAX_BYTES}
 * bytes unless changed), and a second copy of an article already loaded (the first copy, in file
 * name order, is kept and flagged). A UTF-8 byte-order mark and CRLF or CR line ends are read
 * without complaint and noted. A {@code metadata.csv} beside the articles is curated truth that
 * overrides inference (see {@link #metadata(Path)}).
 *
 * <p>A folder that does not exist, or that yields no article, is an error
 * ({@link CorpusException}), never an empty table.
 *
 * <p>Files are read and analysed on {@link #threads(int)} threads (one per processor by default);
 * what depends on file order (ids, duplicates) is decided in file order, so the tables are the
 * same on any number of threads. For a corpus too large to hold as tables,
 * {@link #count(Path, Actors, Terms)} gives the per-period actor and term tables without keeping
 * any text:
 * <pre>{@code
 * CountsByPeriod counts = Corpus.loader().threads(2).count(folder, Actors.forCorpus(folder), Terms.unigrams());
 * counts.actors();   // period | actor | type | mentions | articles | words | per_1000
 * counts.terms();    // period | term | surface | count | per_1000 | df
 * }</pre>
 */
public final class CorpusLoader {

    /** Default size limit: news articles are a few kilobytes; a megabyte is a different kind of file. */
    public static final long DEFAULT_MAX_BYTES = 1_048_576;

    private static final int REASONS_IN_ERROR = 5;
    private static final int HEADLINE_MAX_WORDS = 20;

    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");

    private long maxBytes = DEFAULT_MAX_BYTES;
    private int threads = Runtime.getRuntime().availableProcessors();
    private ProgressListener progress = (done, total) -> { };
    private PeriodUnit periodUnit = PeriodUnit.MONTH;

    /** Story data a corpus folder may hold beside its articles, read by later stages, not as articles. */
    private static final Map<String, String> STORY_FILES = Map.of(
            "actors.tsv", "story data: the actor dictionary (read by Actors.forCorpus)",
            "events.csv", "story data: the events (read by the timeline)");
    private Cleaner cleaner = Cleaner.standard();
    private OutletSignatures outlets = OutletSignatures.standard();
    private final DateFinder dates = DateFinder.standard();
    private final TextPipeline pipeline = TextPipeline.standard();
    private Path metadata;
    private boolean useMetadata = true;

    CorpusLoader() {}

    /** Files larger than this many bytes are skipped. */
    public CorpusLoader maxBytes(long bytes) {
        if (bytes <= 0) throw new IllegalArgumentException("maxBytes must be positive, was " + bytes);
        this.maxBytes = bytes;
        return this;
    }

    /** Cleaning rules other than the shipped ones, e.g. {@link Cleaner#fromFile(Path)}. */
    public CorpusLoader cleaner(Cleaner rules) {
        this.cleaner = Objects.requireNonNull(rules);
        return this;
    }

    /** Outlet signatures other than the shipped ones, e.g. {@link OutletSignatures#fromFile(Path)}. */
    public CorpusLoader outlets(OutletSignatures signatures) {
        this.outlets = Objects.requireNonNull(signatures);
        return this;
    }

    /**
     * Curated metadata to apply, in the format of {@code seeds/metadata.csv}. Without this call,
     * a {@code metadata.csv} inside the loaded folder is used when there is one.
     */
    public CorpusLoader metadata(Path metadataCsv) {
        this.metadata = Objects.requireNonNull(metadataCsv);
        this.useMetadata = true;
        return this;
    }

    /** Loads on inference alone, to see what the loader finds by itself. */
    public CorpusLoader ignoreMetadata() {
        this.metadata = null;
        this.useMetadata = false;
        return this;
    }

    /**
     * Number of threads that read and analyse files; by default one per processor. The tables are
     * the same whatever the number.
     */
    public CorpusLoader threads(int count) {
        if (count < 1) throw new IllegalArgumentException("threads must be at least 1, was " + count);
        this.threads = count;
        return this;
    }

    /** Groups publication dates by week, month (the default) or quarter in the {@code period} column. */
    public CorpusLoader periods(PeriodUnit unit) {
        this.periodUnit = Objects.requireNonNull(unit);
        return this;
    }

    /**
     * Tells {@code listener} how many article files are done as loading or counting goes on; the
     * folder's other files (metadata, events, dictionaries, notes) are not counted.
     */
    public CorpusLoader progress(ProgressListener listener) {
        this.progress = Objects.requireNonNull(listener);
        return this;
    }

    /** Loads every file in {@code folder} (subfolders are reported, not read). */
    public Corpus load(Path folder) {
        return load(Source.folder(folder, metadata, useMetadata));
    }

    /** Loads the listed files, each of which must exist. */
    public Corpus load(List<Path> files) {
        return load(Source.files(files, useMetadata ? metadata : null));
    }

    /**
     * Counts actors and terms per period in every file of {@code folder}, reading each article
     * once and keeping none of its text, so a corpus of any size counts in little memory. Loading
     * is as for {@link #load(Path)}; tokens as {@code Tokens.of(articles)}, with
     * {@code Stopwords.standard()} left out of the terms.
     */
    public CountsByPeriod count(Path folder, Actors actors, Terms terms) {
        return count(Source.folder(folder, metadata, useMetadata), actors, terms);
    }

    /** {@link #count(Path, Actors, Terms)} over the listed files, each of which must exist. */
    public CountsByPeriod count(List<Path> files, Actors actors, Terms terms) {
        return count(Source.files(files, useMetadata ? metadata : null), actors, terms);
    }

    /** The files to load, a name for them in messages, and the curated metadata file if any. */
    private record Source(String where, List<Path> files, Path curatedFile) {

        static Source folder(Path folder, Path metadata, boolean useMetadata) {
            if (!Files.exists(folder)) throw new CorpusException(folder + ": no such folder");
            if (!Files.isDirectory(folder)) throw new CorpusException(folder + ": not a folder");
            List<Path> files;
            try (Stream<Path> listing = Files.list(folder)) {
                files = listing.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
            } catch (IOException e) {
                throw new CorpusException(folder + ": cannot list the folder (" + e.getMessage() + ")", e);
            }
            Path curated = metadata != null ? metadata : folder.resolve(CuratedMetadata.FILE_NAME);
            return new Source(folder.toString(), files, useMetadata && Files.isRegularFile(curated) ? curated : null);
        }

        static Source files(List<Path> files, Path curatedFile) {
            for (Path file : files) {
                if (!Files.exists(file)) throw new CorpusException(file + ": no such file");
            }
            if (files.isEmpty()) throw new CorpusException("file list: no files given");
            return new Source("file list", files, curatedFile);
        }
    }

    private Corpus load(Source source) {
        List<Article> articles = new ArrayList<>();
        Loading loading = run(source, article -> {
            List<String[]> sentences = pipeline.tokenizedSentences(article.text());
            return new int[] {sentences.size(), new TokenizedArticle(article.id(), periodUnit.label(article.published()), sentences).wordCount()};
        }, (article, sentencesAndTokens) -> articles.add(article.counted(sentencesAndTokens[0], sentencesAndTokens[1])));
        return new Corpus(articleTable(articles), removedTable(articles), loading.reportTable(),
                loading.disagreements.sortOn("id", "field"));
    }

    /** One article's counts, made on a worker thread. */
    private record ArticleCounts(ActorTally.ArticleMentions mentions, TermTally.ArticleTerms terms) {}

    private CountsByPeriod count(Source source, Actors actors, Terms terms) {
        ActorTally actorTally = actors.tally();
        TermTally termTally = terms.tally(Stopwords.standard());
        Map<String, long[]> periods = new TreeMap<>();
        Loading loading = run(source, article -> {
            TokenizedArticle tokenized = new TokenizedArticle(article.id(), periodUnit.label(article.published()),
                    pipeline.tokenizedSentences(article.text()));
            TokenizedArticle forActors = actors.pipeline() == pipeline ? tokenized
                    : new TokenizedArticle(article.id(), periodUnit.label(article.published()), actors.pipeline().tokenizedSentences(article.text()));
            return new ArticleCounts(actorTally.count(forActors), termTally.count(tokenized));
        }, (article, counts) -> {
            actorTally.add(counts.mentions());
            termTally.add(counts.terms());
            long[] period = periods.computeIfAbsent(periodUnit.label(article.published()), key -> new long[2]);
            period[0]++;
            period[1] += counts.terms().words();
        });
        StringColumn periodNames = StringColumn.create("period");
        IntColumn articleCounts = IntColumn.create("articles");
        LongColumn words = LongColumn.create("words");
        periods.forEach((period, totals) -> {
            periodNames.append(period);
            articleCounts.append((int) totals[0]);
            words.append(totals[1]);
        });
        return new CountsByPeriod(actorTally.perPeriod(), termTally.perPeriod(),
                Table.create("periods", periodNames, articleCounts, words), loading.reportTable());
    }

    /** What became of one file. */
    private record Outcome(Path file, String id, String status, List<String> reasons, long bytes) {}

    /** One loaded article before it becomes a table row; sentences and tokens are -1 until counted. */
    private record Article(String id, Path file, String outlet, String outletEvidence, String headline,
                           LocalDate published, String dateBasis, String dateEvidence, String text,
                           String rawText, List<Cleaner.Removal> removals, int sentences, int tokens) {

        Article counted(int sentenceCount, int tokenCount) {
            return new Article(id, file, outlet, outletEvidence, headline, published, dateBasis, dateEvidence, text,
                    rawText, removals, sentenceCount, tokenCount);
        }
    }

    /**
     * What a worker thread makes of one file: everything that does not depend on other files.
     * Whether the article is used (its id or its text may already be taken) is decided in file
     * order by {@link Loading#accept}.
     */
    private record Prepared<R>(Path file, String id, long bytes, boolean folder, String unreadable,
                               List<String> notes, ByteBuffer textKey, Article article,
                               List<String> warnings, List<String[]> disagreements, R result) {}

    /** Loads the source's files on the worker threads, handing each used article and its result to {@code use}, in file order. */
    private <R> Loading run(Source source, Function<Article, R> perArticle, BiConsumer<Article, R> use) {
        Map<String, CuratedMetadata.Entry> curated =
                source.curatedFile() == null ? Map.of() : CuratedMetadata.read(source.curatedFile());
        Loading loading = new Loading(source.curatedFile(), curated.size());
        long articleFiles = source.files().stream().filter(file -> isArticleFile(file, source.curatedFile())).count();
        ProgressSteps steps = new ProgressSteps(progress, articleFiles);
        InOrder.map(source.files(), threads, file -> prepare(file, source.curatedFile(), curated, perArticle), prepared -> {
            Article article = loading.accept(prepared);
            if (article != null) use.accept(article, prepared.result());
            if (isArticleFile(prepared.file(), source.curatedFile())) steps.advance();
        });
        if (loading.articles == 0) {
            throw new CorpusException(source.where() + ": no articles to load (" + summary(loading.outcomes) + ")");
        }
        loading.unknownIds = curated.keySet().stream().filter(id -> !loading.fileById.containsKey(id)).sorted().toList();
        return loading;
    }

    /** A file the loader reads as an article (it may still be skipped, e.g. as empty or binary). */
    private static boolean isArticleFile(Path file, Path curatedFile) {
        return !file.equals(curatedFile) && !articleId(file).isEmpty() && !Files.isDirectory(file);
    }

    private static String articleId(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".txt") ? name.substring(0, name.length() - 4) : "";
    }

    private <R> Prepared<R> prepare(Path file, Path curatedFile, Map<String, CuratedMetadata.Entry> curated,
                                    Function<Article, R> perArticle) {
        String id = articleId(file);
        long bytes = size(file);
        boolean folder = Files.isDirectory(file);
        if (file.equals(curatedFile) || folder || id.isEmpty() || bytes > maxBytes) {
            return new Prepared<>(file, id, bytes, folder, null, null, null, null, null, null, null);
        }
        ArticleDecoder.Decoded decoded;
        try {
            decoded = ArticleDecoder.decode(Files.readAllBytes(file));
        } catch (ArticleDecoder.Unreadable e) {
            return new Prepared<>(file, id, bytes, false, e.getMessage(), null, null, null, null, null, null);
        } catch (IOException e) {
            return new Prepared<>(file, id, bytes, false, "cannot read (" + e.getMessage() + ")", null, null, null, null,
                    null, null);
        }
        List<String> warnings = new ArrayList<>(decoded.warnings());
        List<String[]> disagreements = new ArrayList<>();
        Article article = analyse(id, file, decoded.text(), curated.get(id), warnings, disagreements);
        return new Prepared<>(file, id, bytes, false, null, decoded.notes(), textKey(decoded.text()), article, warnings,
                disagreements, perArticle.apply(article));
    }

    /**
     * A digest of the text with runs of white space made one space: two files with the same key
     * hold the same article. A digest instead of the text keeps a large corpus out of memory.
     */
    private static ByteBuffer textKey(String text) {
        String sameText = collapseSpaces(text.strip());
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(sameText.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The text with every run of white space ({@code \\s+}: space, tab, line and page breaks) made one space. */
    private static String collapseSpaces(String text) {
        char[] chars = text.toCharArray();
        int length = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (!isSpace(c)) {
                chars[length++] = c;
                continue;
            }
            chars[length++] = ' ';
            while (i + 1 < chars.length && isSpace(chars[i + 1])) i++;
        }
        return new String(chars, 0, length);
    }

    /**
     * The text with every blank stretch between paragraphs made one blank line: from a line
     * break, a run of white space holding another line break becomes {@code "\n\n"}, as
     * {@code \n\s*\n\s*(\n\s*)*} replaced would.
     */
    private static String oneBlankLine(String text) {
        StringBuilder result = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int newline = text.indexOf('\n', i);
            if (newline < 0) newline = text.length();
            result.append(text, i, newline);
            if (newline == text.length()) break;
            int end = newline + 1;
            boolean blank = false;
            while (end < text.length() && isSpace(text.charAt(end))) {
                blank |= text.charAt(end) == '\n';
                end++;
            }
            if (blank) result.append("\n\n");
            else result.append(text, newline, end);
            i = end;
        }
        return result.toString();
    }

    /** What {@code \\s} matches without Unicode character classes. */
    private static boolean isSpace(char c) {
        return c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r');
    }

    /** The decisions that depend on file order, and their record; used by one thread. */
    private final class Loading {
        final Path curatedFile;
        final int curatedEntries;
        final List<Outcome> outcomes = new ArrayList<>();
        final Map<ByteBuffer, Path> firstFileByText = new HashMap<>();
        final Map<String, Path> fileById = new HashMap<>();
        final Map<Path, List<String>> warningsByFile = new HashMap<>();
        final Table disagreements = disagreementTable();
        int articles;
        List<String> unknownIds = List.of();

        Loading(Path curatedFile, int curatedEntries) {
            this.curatedFile = curatedFile;
            this.curatedEntries = curatedEntries;
        }

        /** The file's article if it is used, else null; either way the file's outcome is recorded. */
        Article accept(Prepared<?> file) {
            if (file.file().equals(curatedFile)) {
                outcomes.add(new Outcome(file.file(), "", Corpus.LOADED,
                        List.of("curated metadata for " + curatedEntries + " articles"), file.bytes()));
                return null;
            }
            String storyFile = STORY_FILES.get(file.file().getFileName().toString());
            if (storyFile != null) {
                outcomes.add(new Outcome(file.file(), "", Corpus.LOADED, List.of(storyFile), file.bytes()));
                return null;
            }
            String skipReason = file.folder() ? "a folder; subfolders are not read"
                    : file.id().isEmpty() ? "not a .txt file"
                    : file.bytes() > maxBytes ? "larger than the " + maxBytes + "-byte size limit (" + file.bytes() + " bytes)"
                    : fileById.containsKey(file.id()) ? "id \"" + file.id() + "\" already used by " + fileById.get(file.id())
                    : file.unreadable();
            if (skipReason != null) {
                outcomes.add(new Outcome(file.file(), file.id(), Corpus.SKIPPED, List.of(skipReason), file.bytes()));
                return null;
            }
            Path original = firstFileByText.putIfAbsent(file.textKey(), file.file());
            if (original != null) {
                outcomes.add(new Outcome(file.file(), file.id(), Corpus.SKIPPED,
                        List.of("same text as " + original + " (kept there)"), file.bytes()));
                warningsByFile.get(original).add("same text also in " + file.file() + " (kept here once)");
                return null;
            }
            fileById.put(file.id(), file.file());
            warningsByFile.put(file.file(), file.warnings());
            for (String[] row : file.disagreements()) {
                for (int i = 0; i < row.length; i++) disagreements.stringColumn(i).append(row[i]);
            }
            outcomes.add(new Outcome(file.file(), file.id(), Corpus.LOADED, file.notes(), file.bytes()));
            articles++;
            return file.article();
        }

        Table reportTable() {
            return CorpusLoader.reportTable(outcomes, warningsByFile, curatedFile, unknownIds);
        }
    }

    /** Calls a listener at the start, about once a percent, and at the end. */
    private static final class ProgressSteps {
        private static final int STEPS = 100;
        private final ProgressListener listener;
        private final long total;
        private long done;

        ProgressSteps(ProgressListener listener, long total) {
            this.listener = listener;
            this.total = total;
            listener.progress(0, total);
        }

        void advance() {
            done++;
            if (done == total || done * STEPS / total != (done - 1) * STEPS / total) listener.progress(done, total);
        }
    }

    private Article analyse(String id, Path file, String raw, CuratedMetadata.Entry curated, List<String> warnings,
                            List<String[]> disagreements) {
        Cleaner.Result cleaned = cleaner.clean(raw);
        List<String> body = new ArrayList<>(cleaned.keptLines());
        int first = 0;
        while (first < body.size() && body.get(first).isBlank()) first++;
        String headline = "";
        if (first < body.size() && readsAsHeadline(body.get(first))) {
            headline = body.get(first).strip();
            body.set(first, "");
        }
        String text = oneBlankLine(String.join("\n", body).strip());
        OutletSignatures.Outlet outlet = outlets.identify(raw);
        DateFinder.Publication publication = dates.publication(raw);
        if (curated == null) {
            if (!outlet.isKnown()) warnings.add(outlet.evidence().isEmpty() ? "no outlet signature" : outlet.evidence());
            if (publication.date() == null) warnings.add("no publication date found");
            return new Article(id, file, outlet.name(), outlet.evidence(), headline, publication.date(),
                    publication.basis(), publication.evidence(), text, raw, cleaned.removals(), -1, -1);
        }
        compare(id, "outlet", outlet.name(), curated.outlet(), warnings, disagreements);
        compare(id, "published", Objects.toString(publication.date(), ""), Objects.toString(curated.published(), ""),
                warnings, disagreements);
        compare(id, "headline", headline, curated.headline(), warnings, disagreements);
        return new Article(id, file, curated.outlet(), curated.outletEvidence(), curated.headline(), curated.published(),
                "curated", curated.dateEvidence(), text, raw, cleaned.removals(), -1, -1);
    }

    /** A headline is short and does not end like a sentence. */
    private static boolean readsAsHeadline(String line) {
        String stripped = line.strip();
        return WHITESPACE_RUN.split(stripped).length <= HEADLINE_MAX_WORDS && !stripped.endsWith(".") && !stripped.endsWith(",");
    }

    private static void compare(String id, String field, String inferred, String curated, List<String> warnings,
                                List<String[]> disagreements) {
        if (inferred.equals(curated)) return;
        disagreements.add(new String[] {id, field, inferred, curated});
        warnings.add("inferred " + field + " \"" + inferred + "\" differs from curated \"" + curated + "\"");
    }

    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String summary(List<Outcome> outcomes) {
        String reasons = outcomes.stream().limit(REASONS_IN_ERROR)
                .map(o -> o.file().getFileName() + " " + String.join(", ", o.reasons()))
                .collect(Collectors.joining("; "));
        String more = outcomes.size() > REASONS_IN_ERROR ? "; …" : "";
        return outcomes.size() + " files seen" + (outcomes.isEmpty() ? "" : ": " + reasons + more);
    }

    private Table articleTable(List<Article> articles) {
        Table table = Table.create("articles",
                StringColumn.create("id"), StringColumn.create("file"), StringColumn.create("outlet"),
                StringColumn.create("outlet_evidence"), StringColumn.create("headline"), DateColumn.create("published"),
                StringColumn.create("period"), StringColumn.create("date_basis"), StringColumn.create("date_evidence"),
                StringColumn.create("text"), StringColumn.create("raw_text"), IntColumn.create("raw_chars"), IntColumn.create("clean_chars"),
                IntColumn.create("sentences"), IntColumn.create("tokens"));
        for (Article a : sortedById(articles)) {
            table.stringColumn("id").append(a.id());
            table.stringColumn("file").append(a.file().getFileName().toString());
            table.stringColumn("outlet").append(a.outlet());
            table.stringColumn("outlet_evidence").append(a.outletEvidence());
            table.stringColumn("headline").append(a.headline());
            table.dateColumn("published").append(a.published());
            table.stringColumn("period").append(periodUnit.label(a.published()));
            table.stringColumn("date_basis").append(a.dateBasis());
            table.stringColumn("date_evidence").append(a.dateEvidence());
            table.stringColumn("text").append(a.text());
            table.stringColumn("raw_text").append(a.rawText());
            table.intColumn("raw_chars").append(a.rawText().length());
            table.intColumn("clean_chars").append(a.text().length());
            table.intColumn("sentences").append(a.sentences());
            table.intColumn("tokens").append(a.tokens());
        }
        return table;
    }

    private static Table removedTable(List<Article> articles) {
        Table table = Table.create("removed", StringColumn.create("id"), IntColumn.create("line_no"),
                StringColumn.create("line"), StringColumn.create("rule"));
        for (Article a : sortedById(articles)) {
            // The cleaner reports removals in line order, which is the order the audit shows.
            for (Cleaner.Removal removal : a.removals()) {
                table.stringColumn("id").append(a.id());
                table.intColumn("line_no").append(removal.lineNumber());
                table.stringColumn("line").append(removal.removed());
                table.stringColumn("rule").append(removal.rule());
            }
        }
        return table;
    }

    private static Table reportTable(List<Outcome> outcomes, Map<Path, List<String>> warningsByFile, Path curatedFile,
                                     List<String> unknownIds) {
        Table table = Table.create("load_report", StringColumn.create("file"), StringColumn.create("id"),
                StringColumn.create("status"), StringColumn.create("reason"), LongColumn.create("bytes"));
        List<Outcome> sorted = outcomes.stream()
                .sorted(Comparator.comparing((Outcome o) -> o.file().getFileName().toString()).thenComparing(o -> o.file().toString()))
                .toList();
        for (Outcome o : sorted) {
            Set<String> reasons = new LinkedHashSet<>(o.reasons());
            List<String> warnings = new ArrayList<>(warningsByFile.getOrDefault(o.file(), List.of()));
            if (o.file().equals(curatedFile) && !unknownIds.isEmpty()) {
                warnings.add("curated ids with no article: " + String.join(", ", unknownIds));
            }
            reasons.addAll(warnings);
            String status = o.status().equals(Corpus.SKIPPED) || warnings.isEmpty() ? o.status() : Corpus.LOADED_WITH_WARNINGS;
            table.stringColumn("file").append(o.file().getFileName().toString());
            table.stringColumn("id").append(o.id());
            table.stringColumn("status").append(status);
            table.stringColumn("reason").append(String.join("; ", reasons));
            table.longColumn("bytes").append(o.bytes());
        }
        return table;
    }

    private static Table disagreementTable() {
        return Table.create("metadata_disagreements", StringColumn.create("id"), StringColumn.create("field"),
                StringColumn.create("inferred"), StringColumn.create("curated"));
    }

    private static List<Article> sortedById(List<Article> articles) {
        return articles.stream().sorted(Comparator.comparing(Article::id)).toList();
    }
}
