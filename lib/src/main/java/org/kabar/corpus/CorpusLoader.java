package org.kabar.corpus;

import java.io.IOException;
import java.io.Serializable;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kabar.text.InputException;
import org.kabar.text.LanguageDetector;
import org.kabar.text.LanguageProfile;
import org.kabar.text.TextPipeline;
import org.kabar.text.TokenizedArticle;
import org.kabar.text.Whitespace;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Loads a folder (or a list) of article files into a {@link Corpus}: {@code .txt} (one article),
 * {@code .html}/{@code .htm} saved pages (one article, main text and page metadata, see
 * {@link SavedPage}), {@code .csv}, {@code .tsv}, {@code .jsonl}/{@code .ndjson} and
 * {@code .json} (one article per row or object; columns as {@link #column(String, String)}
 * describes), each of them also gzipped ({@code .gz}). Subfolders are searched; the path below
 * the folder is the article's {@code file} and, without its ending, its id (a row of a table
 * file takes its {@code id} column, else the file's id and its row number), and the subfolder
 * becomes a {@code folder} column. A headline, date or outlet given by a column or by the page
 * beats inference; other columns are kept as columns of the articles table.
 *
 * <p>Every file seen gets a row in the load report, and so does every rejected row of a table
 * file (named {@code file:line}) and every table row loaded with warnings. Skipped, with the
 * reason: files of other kinds, empty or whitespace-only files, binary files, files neither UTF-8
 * nor Windows-1252, files over the size limit ({@value #DEFAULT_MAX_BYTES} bytes for an article
 * file, {@value #DEFAULT_MAX_TABLE_BYTES} for a table file, unless changed), a table without a
 * text column (the reason names the columns it has), hidden folders, symbolic links to folders
 * or out of the corpus folder (never followed), and a second copy of an article already loaded
 * (the first copy, in file name order, is kept and flagged). A UTF-8 byte-order mark and CRLF or
 * CR line ends are read without complaint and noted. A {@code metadata.csv} beside the articles
 * is curated truth that overrides inference (see {@link #metadata(Path)}).
 *
 * <p>A folder that does not exist, or that yields no article, is an error
 * ({@link InputException}), never an empty table.
 *
 * <p>Files are read and analysed on {@link #threads(int)} threads (one per processor by default);
 * what depends on file order (ids, duplicates) is decided in file order, so the tables are the
 * same on any number of threads. For a corpus too large to hold as tables, a later stage streams
 * the articles through a per-article function without keeping any text ({@link #stream(Path,
 * Function, BiConsumer)}; the count route {@code org.kabar.count.CountsByPeriod} does), and a route
 * that spreads the inputs over machines (the Spark module) prepares each input on its own
 * ({@link #prepare(Inputs, int, Function)}) and decides what depends on file order afterwards
 * ({@link #assemble(Inputs, List)}).
 */
public final class CorpusLoader {

    /** Default size limit: news articles are a few kilobytes; a megabyte is a different kind of file. */
    public static final long DEFAULT_MAX_BYTES = 1_048_576;

    /** Default size limit of a file holding many articles (CSV, TSV, JSON): 256 MiB. */
    public static final long DEFAULT_MAX_TABLE_BYTES = 268_435_456;

    /** The audit's name for page-head lines above the headline. */
    public static final String ABOVE_HEADLINE = "above-headline";

    private static final int REASONS_IN_ERROR = 5;
    private static final int TEXT_KEY_BYTES = 16;
    private static final String PARQUET_ELSEWHERE =
            "a Parquet export: ./kabar spark reads it (the loader on one machine has no Parquet reader)";
    private static final Pattern URL_IN_TEXT = Pattern.compile("https?://[^\\s\"'<>()]+");

    private long maxBytes = DEFAULT_MAX_BYTES;
    private long maxTableBytes = DEFAULT_MAX_TABLE_BYTES;
    private ColumnNames columns = ColumnNames.standard();
    private int threads = Runtime.getRuntime().availableProcessors();
    private ProgressListener progress = (done, total) -> { };
    private PeriodUnit periodUnit = PeriodUnit.MONTH;

    /** Story data a corpus folder may hold beside its articles, read by later stages, not as articles. */
    private static final Map<String, String> STORY_FILES = Map.of(
            "actors.tsv", "story data: the actor dictionary (read by Actors.forCorpus)",
            "events.csv", "story data: the events (read by the timeline)");
    private Cleaner cleaner = Cleaner.standard();
    private OutletSignatures outlets = OutletSignatures.standard();
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

    /** Files holding many articles (CSV, TSV, JSON) larger than this many bytes are skipped. */
    public CorpusLoader maxTableBytes(long bytes) {
        if (bytes <= 0) throw new IllegalArgumentException("maxTableBytes must be positive, was " + bytes);
        this.maxTableBytes = bytes;
        return this;
    }

    /**
     * Reads {@code field} from the column (or JSON key) {@code column} of CSV, TSV and JSON files,
     * instead of the names recognised by default. Fields: {@code id}, {@code text},
     * {@code headline}, {@code published}, {@code url}, {@code outlet}, {@code language}.
     */
    public CorpusLoader column(String field, String column) {
        this.columns = columns.with(field, column);
        return this;
    }

    /** Cleaning rules other than the shipped ones, e.g. {@link Cleaner#load(Path)}. */
    public CorpusLoader cleaner(Cleaner rules) {
        this.cleaner = Objects.requireNonNull(rules);
        return this;
    }

    /** Outlet signatures other than the shipped ones, e.g. {@link OutletSignatures#load(Path)}. */
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

    /** Loads every article file in {@code folder} and its subfolders. */
    public Corpus load(Path folder) {
        return load(Source.folder(folder, metadata, useMetadata));
    }

    /** Loads the listed files, each of which must exist. */
    public Corpus load(List<Path> files) {
        return load(Source.files(files, useMetadata ? metadata : null));
    }

    /** The unit of the {@code period} column. */
    public PeriodUnit periodUnit() {
        return periodUnit;
    }

    /**
     * Reads every article of {@code folder} as {@link #load(Path)} does, without keeping any:
     * {@code perArticle} runs on the loader's threads, {@code use} gets each article used and its
     * result on the calling thread, in file order. Returns the load report. A corpus of any size
     * passes through in little memory. An article left undated (and not curated) is held back
     * until every other article is read, so that the corpus's years can date a yearless date in it
     * as {@link #load(Path)} dates it; it is then analysed and used last.
     */
    public <R> Table stream(Path folder, Function<LoadedArticle, R> perArticle, BiConsumer<LoadedArticle, R> use) {
        return stream(Source.folder(folder, metadata, useMetadata), perArticle, use);
    }

    /** {@link #stream(Path, Function, BiConsumer)} over the listed files, each of which must exist. */
    public <R> Table stream(List<Path> files, Function<LoadedArticle, R> perArticle, BiConsumer<LoadedArticle, R> use) {
        return stream(Source.files(files, useMetadata ? metadata : null), perArticle, use);
    }

    private <R> Table stream(Source source, Function<LoadedArticle, R> perArticle, BiConsumer<LoadedArticle, R> use) {
        List<LoadedArticle> undated = new ArrayList<>();
        Set<Integer> years = new TreeSet<>();
        Loading loading = run(source, article -> article.mayTakeCorpusYear() ? null : perArticle.apply(article),
                (article, result) -> {
                    if (article.mayTakeCorpusYear()) {
                        undated.add(article);
                        return;
                    }
                    if (article.published() != null) years.add(article.published().getYear());
                    use.accept(article, result);
                });
        for (LoadedArticle article : withCorpusYears(undated, years)) use.accept(article, perArticle.apply(article));
        return loading.reportTable();
    }

    /**
     * A folder's inputs as {@link #load(Path)} reads them, in file order, with its curated metadata:
     * for a route that prepares each input on another machine ({@link #prepare}) and then decides in
     * file order ({@link #assemble}). A machine that reads them must see the folder at the same path.
     */
    public Inputs inputs(Path folder) {
        return inputs(Source.folder(folder, metadata, useMetadata));
    }

    /**
     * The inputs of a folder another module lists (a folder of a distributed file system): the
     * entries in any order (they are read in name order, as a local folder is), {@code where} naming
     * the folder in messages. The curated metadata is the entry {@code metadata.csv} at the top of
     * the folder, or the file {@link #metadata(Path)} chose; {@link #ignoreMetadata()} holds here too.
     */
    public Inputs inputs(String where, List<? extends Input> entries) {
        List<Input> files = new ArrayList<>(entries);
        Input curated = null;
        if (metadata != null) {
            curated = Source.curated(files, metadata);
        } else if (useMetadata) {
            curated = files.stream().filter(f -> f.name().equals(CuratedMetadata.FILE_NAME) && f.notRead() == null)
                    .findFirst().orElse(null);
        }
        return inputs(Source.of(where, files, curated));
    }

    private Inputs inputs(Source source) {
        return new Inputs(source, source.curated() == null ? Map.of() : CuratedMetadata.read(source.curated()));
    }

    /**
     * The inputs of a folder, listed once: the entries in file order and the curated metadata read.
     * Serializable, so that a route can list a folder on one machine and send its inputs to others.
     */
    public static final class Inputs implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Source source;
        private final Map<String, CuratedMetadata.Entry> curated;

        private Inputs(Source source, Map<String, CuratedMetadata.Entry> curated) {
            this.source = source;
            this.curated = curated;
        }

        /** How many inputs (files and entries not searched) there are. */
        public int size() {
            return source.files().size();
        }

        /** Input {@code index}, in file order. */
        public Input get(int index) {
            return source.files().get(index);
        }

        /** The name of input {@code index} in the corpus: the path below the folder. */
        public String name(int index) {
            return get(index).name();
        }

        /**
         * The file of this name below the folder (story data beside the articles, such as
         * {@code actors.tsv}), when it is there and readable.
         */
        public Optional<Input> file(String name) {
            return source.files().stream().filter(f -> f.name().equals(name) && f.notRead() == null).findFirst();
        }

        /** Whether input {@code index} is a Parquet export, whose rows another reader hands over ({@link #tableRows}). */
        public boolean isParquet(int index) {
            Input input = get(index);
            return input.notRead() == null && !input.equals(source.curated()) && ArticleFiles.isParquet(fileName(input.name()));
        }
    }

    /**
     * What input {@code index} of {@code inputs} gives, read and analysed on its own (its rows
     * when it is a table file): everything that does not depend on other inputs, each article
     * with {@code perArticle}'s result. Safe to call from several threads at once.
     */
    public <R> List<Prepared<R>> prepare(Inputs inputs, int index, Function<LoadedArticle, R> perArticle) {
        return prepare(inputs.get(index), inputs.source, inputs.curated, perArticle);
    }

    /** A corpus and, by place ({@code file} or {@code file:line}), the id of each article used. */
    public record Assembled(Corpus corpus, Map<String, String> idByPlace) {}

    /**
     * The corpus the prepared inputs make, given in file order (each input's list in turn, as
     * {@link #prepare} returned it): ids and duplicate texts decided as {@link #load(Path)} decides
     * them, yearless dates given the corpus's years. The articles may come without their text
     * ({@link LoadedArticle#withoutText}); the text columns are then empty.
     */
    public Assembled assemble(Inputs inputs, List<? extends Prepared<?>> inFileOrder) {
        Map<String, String> idByPlace = new LinkedHashMap<>();
        List<LoadedArticle> articles = new ArrayList<>();
        Loading loading = new Loading(inputs.source.curated() != null, inputs.curated.size());
        for (Prepared<?> prepared : inFileOrder) {
            LoadedArticle article = loading.accept(prepared);
            if (article == null) continue;
            articles.add(article);
            idByPlace.put(prepared.where(), article.id());
        }
        loading.finish(inputs.source.where(), inputs.curated);
        return new Assembled(corpus(articles, loading), idByPlace);
    }

    /**
     * The entries to load in file order (files, and entries not searched with the reason), a name for
     * them in messages, and the curated metadata file if any.
     */
    private record Source(String where, List<Input> files, Input curated) implements Serializable {

        static Source of(String where, List<Input> entries, Input curated) {
            List<Input> files = new ArrayList<>(entries);
            files.sort(Comparator.comparing(Input::name));
            return new Source(where, List.copyOf(files), curated);
        }

        static Source folder(Path folder, Path metadata, boolean useMetadata) {
            if (!Files.exists(folder)) throw new InputException(folder, "no such folder");
            if (!Files.isDirectory(folder)) throw new InputException(folder, "not a folder");
            List<Input> files = new ArrayList<>();
            try {
                walk(folder, folder.toString(), folder.toRealPath(), folder, files);
            } catch (IOException e) {
                throw new InputException(folder, "cannot list the folder (" + e.getMessage() + ")");
            }
            Path curated = metadata != null ? metadata : folder.resolve(CuratedMetadata.FILE_NAME);
            return of(folder.toString(), files, useMetadata && Files.isRegularFile(curated) ? curated(files, curated) : null);
        }

        /** The listed entry that is this file, else the file as an entry of its own (curated metadata kept elsewhere). */
        static Input curated(List<Input> files, Path file) {
            for (Input input : files) {
                if (input instanceof LocalInput local && local.path().equals(file)) return input;
            }
            return LocalInput.file(file, null);
        }

        /**
         * Lists a folder and its subfolders. Symbolic links: a link to a file inside the corpus
         * folder is read like the file; a link leading out of the corpus folder, or to a folder,
         * is not followed (reported), so a corpus folder never reads system files and a link
         * cannot make a loop. Folders whose names start with "." (.git, .ipynb_checkpoints) are
         * not searched.
         */
        private static void walk(Path top, String topName, Path root, Path dir, List<Input> files) throws IOException {
            List<Path> entries;
            try (Stream<Path> listing = Files.list(dir)) {
                entries = listing.toList();
            }
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                String relative = relativeName(top, entry);
                if (Files.isSymbolicLink(entry)) {
                    Path target;
                    try {
                        target = entry.toRealPath();
                    } catch (IOException e) {
                        files.add(new LocalInput(relative, topName, "a symbolic link to nothing (" + Files.readSymbolicLink(entry) + ")"));
                        continue;
                    }
                    if (!target.startsWith(root)) {
                        files.add(new LocalInput(relative, topName, "a symbolic link out of the corpus folder (to " + target + "); not followed"));
                    } else if (Files.isDirectory(target)) {
                        files.add(new LocalInput(relative, topName, "a symbolic link to a folder; not followed"));
                    } else {
                        files.add(new LocalInput(relative, topName, null));
                    }
                } else if (Files.isDirectory(entry)) {
                    if (name.startsWith(".")) files.add(new LocalInput(relative, topName, "a hidden folder; not searched"));
                    else walk(top, topName, root, entry, files);
                } else {
                    files.add(new LocalInput(relative, topName, null));
                }
            }
        }

        private static String relativeName(Path top, Path file) {
            List<String> parts = new ArrayList<>();
            for (Path part : top.relativize(file)) parts.add(part.toString());
            return String.join("/", parts);
        }

        static Source files(List<Path> paths, Path curatedFile) {
            for (Path file : paths) {
                if (!Files.exists(file)) throw new InputException(file, "no such file");
            }
            if (paths.isEmpty()) throw new InputException("file list", "no files given");
            List<Input> files = new ArrayList<>();
            // Files of one folder share the folder's text (see LocalInput).
            Map<String, String> folders = new HashMap<>();
            for (Path file : paths) {
                LocalInput input = LocalInput.file(file, Files.isDirectory(file) ? "a folder" : null);
                files.add(new LocalInput(input.name(), folders.computeIfAbsent(input.folder(), f -> f), input.notRead()));
            }
            // A list is loaded in the order given.
            return new Source("file list", List.copyOf(files), curatedFile == null ? null : curated(files, curatedFile));
        }
    }

    private Corpus load(Source source) {
        List<LoadedArticle> articles = new ArrayList<>();
        Loading loading = run(source, article -> {
            List<String[]> sentences = pipeline.tokenizedSentences(article.text());
            return new int[] {sentences.size(), new TokenizedArticle(article.id(), periodUnit.label(article.published()), sentences).wordCount()};
        }, (article, sentencesAndTokens) -> articles.add(article.counted(sentencesAndTokens[0], sentencesAndTokens[1])));
        return corpus(articles, loading);
    }

    private Corpus corpus(List<LoadedArticle> articles, Loading loading) {
        List<LoadedArticle> dated = withCorpusYears(articles);
        return new Corpus(articleTable(dated), removedTable(dated), loading.reportTable(),
                loading.disagreements.sortOn("id", "field"));
    }

    /**
     * Articles left undated because no year is printed anywhere in them ("Rabu (1/12)") get one
     * from the corpus: of the years the other articles are dated in, the one in which a printed
     * weekday falls on that day (or the only year, when the date has no weekday). The basis says
     * so: "reporting, year from the corpus".
     */
    private List<LoadedArticle> withCorpusYears(List<LoadedArticle> articles) {
        Set<Integer> years = new TreeSet<>();
        for (LoadedArticle a : articles) {
            if (a.published() != null) years.add(a.published().getYear());
        }
        return withCorpusYears(articles, years);
    }

    private List<LoadedArticle> withCorpusYears(List<LoadedArticle> articles, Set<Integer> years) {
        if (years.isEmpty()) return articles;
        List<LoadedArticle> result = new ArrayList<>();
        for (LoadedArticle a : articles) {
            if (!a.mayTakeCorpusYear()) {
                result.add(a);
                continue;
            }
            LanguageProfile language = LanguageProfile.find(a.variables().getOrDefault("language", "")).orElse(LanguageProfile.standard());
            DateFinder.Publication found = DateFinder.forLanguage(language).publication(a.rawText(), years);
            result.add(found.date() == null ? a : a.dated(found));
        }
        return result;
    }

    /** What became of one file, or of one row of a file that holds many articles (line above 0). */
    private record Outcome(String name, int line, String id, String status, List<String> reasons, long bytes) {

        String where() {
            return line > 0 ? name + ":" + line : name;
        }
    }

    /** Loads the source's files on the worker threads, handing each used article and its result to {@code use}, in file order. */
    private <R> Loading run(Source source, Function<LoadedArticle, R> perArticle, BiConsumer<LoadedArticle, R> use) {
        Map<String, CuratedMetadata.Entry> curated =
                source.curated() == null ? Map.of() : CuratedMetadata.read(source.curated());
        Loading loading = new Loading(source.curated() != null, curated.size());
        long articleFiles = source.files().stream().filter(file -> isArticleFile(file, source.curated())).count();
        ProgressSteps steps = new ProgressSteps(progress, articleFiles);
        InOrder.map(source.files(), threads, file -> Map.entry(file, prepare(file, source, curated, perArticle)), prepared -> {
            for (Prepared<R> item : prepared.getValue()) {
                LoadedArticle article = loading.accept(item);
                if (article != null) use.accept(article, item.result());
            }
            if (isArticleFile(prepared.getKey(), source.curated())) steps.advance();
        });
        loading.finish(source.where(), curated);
        return loading;
    }

    /** A file the loader reads for articles (it may still be skipped, e.g. as empty or binary); progress counts these. */
    private static boolean isArticleFile(Input file, Input curated) {
        String fileName = fileName(file.name());
        return !file.equals(curated) && !STORY_FILES.containsKey(fileName) && file.notRead() == null
                && ArticleFiles.isArticleFile(fileName);
    }

    /** The last part of a name below the folder. */
    private static String fileName(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /**
     * What one entry gives, read and analysed on its own. The one reading path of every route: the
     * entry's bytes, whatever stores them, are decoded by {@link ArticleFiles}, and each article goes
     * through {@link #article}.
     */
    private <R> List<Prepared<R>> prepare(Input input, Source source, Map<String, CuratedMetadata.Entry> curated,
                                          Function<LoadedArticle, R> perArticle) {
        String name = input.name();
        String fileName = fileName(name);
        String notRead = input.notRead();
        long bytes = input.size();
        if (notRead == null && STORY_FILES.containsKey(fileName)) {
            return List.of(new Prepared<>(name, 0, "", bytes, null, List.of(STORY_FILES.get(fileName)), null, null,
                    null, null, null, false));
        }
        if (notRead != null) return List.of(Prepared.skipped(name, 0, "", bytes, notRead));
        if (input.equals(source.curated())) return List.of(Prepared.curatedMetadata(name, bytes));
        if (ArticleFiles.isParquet(fileName)) return List.of(Prepared.skipped(name, 0, "", bytes, PARQUET_ELSEWHERE));
        if (!ArticleFiles.isArticleFile(fileName)) {
            return List.of(Prepared.skipped(name, 0, "", bytes, "not an article file (" + readableEndings() + ")"));
        }
        String idBase = ArticleFiles.stem(name);
        boolean table = isTableFile(fileName);
        long limit = table ? maxTableBytes : maxBytes;
        if (bytes > limit) {
            return List.of(Prepared.skipped(name, 0, table ? "" : idBase, bytes,
                    "larger than the " + limit + "-byte size limit (" + bytes + " bytes)"));
        }
        ArticleFiles.FileRead read;
        try {
            byte[] content = input.read();
            if (ArticleFiles.isGzip(fileName)) content = ArticleFiles.gunzip(content, limit);
            read = ArticleFiles.read(fileName, idBase, content, columns, maxBytes);
        } catch (ArticleDecoder.Unreadable e) {
            return List.of(Prepared.skipped(name, 0, table ? "" : idBase, bytes, e.getMessage()));
        } catch (IOException e) {
            return List.of(Prepared.skipped(name, 0, table ? "" : idBase, bytes, "cannot read (" + e.getMessage() + ")"));
        }
        if (read.skip() != null) return List.of(Prepared.skipped(name, 0, table ? "" : idBase, bytes, read.skip()));
        List<Prepared<R>> prepared = new ArrayList<>();
        if (read.isTable()) {
            prepared.add(tableFile(name, bytes, read.documents().size(), read.rejected().size(), read.notes()));
        }
        for (ArticleFiles.Rejected rejected : read.rejected()) {
            prepared.add(Prepared.skipped(name, rejected.line(), "", 0, rejected.reason()));
        }
        for (ArticleFiles.Document document : read.documents()) {
            prepared.add(article(document, name, bytes, curated, perArticle));
        }
        return prepared;
    }

    /**
     * The report row of a file that holds many articles. A table that gave no article is skipped
     * as a whole; its rejected rows say why.
     */
    private static <R> Prepared<R> tableFile(String name, long bytes, int articles, int rejected, List<String> fileNotes) {
        List<String> notes = new ArrayList<>();
        notes.add(articles + " articles, " + rejected + " rows rejected");
        notes.addAll(fileNotes);
        return articles == 0 ? Prepared.skipped(name, 0, "", bytes, String.join("; ", notes))
                : new Prepared<>(name, 0, "", bytes, null, notes, null, null, null, null, null, false);
    }

    /** One article of a file (the whole file, or a row of a table) analysed: everything of it that depends on no other input. */
    private <R> Prepared<R> article(ArticleFiles.Document document, String name, long fileBytes,
                                    Map<String, CuratedMetadata.Entry> curated, Function<LoadedArticle, R> perArticle) {
        String folder = name.contains("/") ? name.substring(0, name.lastIndexOf('/')) : "";
        List<String> warnings = new ArrayList<>(document.warnings());
        List<String[]> disagreements = new ArrayList<>();
        List<String> notes = new ArrayList<>(document.notes());
        LoadedArticle article = analyse(document, name, folder, curated.get(document.id()), notes, warnings, disagreements);
        long articleBytes = document.line() > 0 ? document.text().getBytes(StandardCharsets.UTF_8).length : fileBytes;
        return new Prepared<>(name, document.line(), document.id(), articleBytes, null, notes,
                textKey(document.text()), article, warnings, disagreements, perArticle.apply(article), false);
    }

    /**
     * The rows of Parquet export {@code index} of {@code inputs}, read by another reader (the Spark
     * module reads them with Spark, which splits a large file over tasks), which has these columns.
     */
    public TableRows tableRows(Inputs inputs, int index, List<String> columnNames) {
        if (!inputs.isParquet(index)) throw new IllegalArgumentException(inputs.name(index) + " is not a Parquet export");
        return new TableRows(inputs, inputs.get(index), columnNames, null);
    }

    /** Parquet export {@code index} of {@code inputs} when its reader cannot read it: skipped as a whole, for {@code reason}. */
    public TableRows unreadableTable(Inputs inputs, int index, String reason) {
        if (!inputs.isParquet(index)) throw new IllegalArgumentException(inputs.name(index) + " is not a Parquet export");
        return new TableRows(inputs, inputs.get(index), null, Objects.requireNonNull(reason));
    }

    /**
     * A table whose rows another reader parses, handed to the loader one row at a time: each row
     * becomes what a row of a CSV or JSON Lines export becomes (the same column names, the same
     * rejections, the same article), and the file gets the same report row ("N articles, M rows
     * rejected", the fields used, the columns kept).
     */
    public final class TableRows {
        private final Inputs inputs;
        private final Input input;
        private final ArticleFiles.Header header;
        private final String skip;

        private TableRows(Inputs inputs, Input input, List<String> columnNames, String unreadable) {
            this.inputs = inputs;
            this.input = input;
            ArticleFiles.Header read = null;
            String reason = unreadable;
            try {
                if (reason == null) read = ArticleFiles.header(columnNames, columns);
            } catch (ArticleDecoder.Unreadable e) {
                reason = e.getMessage();
            }
            this.header = read;
            this.skip = reason;
        }

        /** Why the table is not read at all (it has no text column, or its reader cannot read it), or null. */
        public String skip() {
            return skip;
        }

        /**
         * Row {@code row} (1-based, in file order) by column name, every cell as text (a missing
         * one empty): its article, or the row rejected with the reason, at place {@code file:row}.
         */
        public <R> Prepared<R> row(int row, Map<String, String> values, Function<LoadedArticle, R> perArticle) {
            if (skip != null) throw new IllegalStateException(input.name() + ": " + skip);
            ArticleFiles.RowRead read = ArticleFiles.row(header, ArticleFiles.stem(input.name()), row, row, values, maxBytes);
            if (read.rejected() != null) return Prepared.skipped(input.name(), row, "", 0, read.rejected().reason());
            return article(read.document(), input.name(), input.size(), inputs.curated, perArticle);
        }

        /** The file's own report row, from what its rows gave ({@link #row} of each). */
        public Prepared<Void> file(List<? extends Prepared<?>> rows) {
            if (skip != null) return Prepared.skipped(input.name(), 0, "", input.size(), skip);
            int articles = (int) rows.stream().filter(p -> p.article() != null).count();
            int rejected = (int) rows.stream().filter(p -> p.skip() != null).count();
            List<String> notes = new ArrayList<>(header.fieldNotes());
            notes.addAll(header.warnings());
            return tableFile(input.name(), input.size(), articles, rejected, notes);
        }
    }

    private static boolean isTableFile(String fileName) {
        String stem = ArticleFiles.stem(fileName);
        String ending = fileName.substring(stem.length()).toLowerCase(Locale.ROOT);
        return !ending.startsWith(".txt") && !ending.startsWith(".htm");
    }

    private static String readableEndings() {
        return String.join(", ", ArticleFiles.EXTENSIONS) + ", each also gzipped";
    }

    /**
     * A digest of the text with runs of white space made one space: two files with the same key
     * hold the same article. A digest instead of the text keeps a large corpus out of memory.
     */
    /**
     * The key of an article's text for finding duplicates: 128 bits of the SHA-256 digest of the
     * text stripped and with each run of white space made one space ({@link Whitespace#collapseSpaces}),
     * as UTF-16 bytes. The text is stripped by its bounds and collapsed into one array, without
     * the stripped copy, the collapsed string and its UTF-8 bytes: every article passes here.
     */
    static String textKey(String text) {
        int start = 0;
        int end = text.length();
        // Stripped as String.strip strips (no character beyond the Basic Multilingual Plane is white space).
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        char[] sameText = new char[end - start];
        int length = Whitespace.collapseSpaces(text, start, end, sameText);
        ByteBuffer bytes = ByteBuffer.allocate(2 * length);   // UTF-16, a lone surrogate kept as it is
        bytes.asCharBuffer().put(sameText, 0, length);
        byte[] digest = SHA_256.get().digest(bytes.array());
        // One character per byte: a key per article is held until the corpus ends, so it is short
        // (a Latin-1 string stores a byte per character). Two different texts share 128 bits with
        // odds far below one in 10^20 at a billion articles.
        return new String(digest, 0, TEXT_KEY_BYTES, StandardCharsets.ISO_8859_1);
    }

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    });

    /** The decisions that depend on file order, and their record; used by one thread. */
    private final class Loading {
        final boolean hasCuratedFile;
        final int curatedEntries;
        final List<Outcome> outcomes = new ArrayList<>();
        final Map<String, String> firstByText = new HashMap<>();
        final Map<String, String> fileById = new HashMap<>();
        final Map<String, List<String>> warningsByPlace = new HashMap<>();
        final Table disagreements = disagreementTable();
        int articles;
        List<String> unknownIds = List.of();
        String curatedName;

        Loading(boolean hasCuratedFile, int curatedEntries) {
            this.hasCuratedFile = hasCuratedFile;
            this.curatedEntries = curatedEntries;
        }

        /** After the last input: a source with no article is an error; curated ids with no article are listed. */
        void finish(String where, Map<String, CuratedMetadata.Entry> curated) {
            if (articles == 0) throw new InputException(where, "no articles to load (" + summary(outcomes) + ")");
            unknownIds = curated.keySet().stream().filter(id -> !fileById.containsKey(id)).sorted().toList();
        }

        /** The article if it is used, else null; either way the outcome is recorded. */
        LoadedArticle accept(Prepared<?> item) {
            if (item.curated() && hasCuratedFile) {
                curatedName = item.name();
                outcomes.add(new Outcome(item.name(), 0, "", Corpus.LOADED,
                        List.of("curated metadata for " + curatedEntries + " articles"), item.bytes()));
                return null;
            }
            String skipReason = item.skip() != null ? item.skip()
                    : item.article() != null && fileById.containsKey(item.id())
                            ? "id \"" + item.id() + "\" already used by " + fileById.get(item.id())
                    : null;
            if (skipReason != null) {
                outcomes.add(new Outcome(item.name(), item.line(), item.id(), Corpus.SKIPPED, List.of(skipReason), item.bytes()));
                return null;
            }
            if (item.article() == null) {
                outcomes.add(new Outcome(item.name(), 0, "", Corpus.LOADED, item.notes(), item.bytes()));
                return null;
            }
            String original = firstByText.putIfAbsent(item.textKey(), item.where());
            if (original != null) {
                outcomes.add(new Outcome(item.name(), item.line(), item.id(), Corpus.SKIPPED,
                        List.of("same text as " + original + " (kept there)"), item.bytes()));
                warningsByPlace.computeIfAbsent(original, place -> new ArrayList<>())
                        .add("same text also in " + item.where() + " (kept here once)");
                return null;
            }
            fileById.put(item.id(), item.where());
            // Only places with warnings are kept: most articles have none, and a corpus may have millions.
            if (!item.warnings().isEmpty()) warningsByPlace.put(item.where(), new ArrayList<>(item.warnings()));
            for (String[] row : item.disagreements()) {
                for (int i = 0; i < row.length; i++) disagreements.stringColumn(i).append(row[i]);
            }
            outcomes.add(new Outcome(item.name(), item.line(), item.id(), Corpus.LOADED, List.copyOf(item.notes()), item.bytes()));
            articles++;
            return item.article();
        }

        Table reportTable() {
            return CorpusLoader.reportTable(outcomes, warningsByPlace, curatedName, unknownIds);
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


    private LoadedArticle analyse(ArticleFiles.Document document, String file, String folder, CuratedMetadata.Entry curated,
                            List<String> notes, List<String> warnings, List<String[]> disagreements) {
        String id = document.id();
        String raw = document.text();
        Map<String, ArticleFiles.Given> given = document.given();
        Cleaner.Result cleaned = cleaner.clean(raw);
        List<String> body = new ArrayList<>(cleaned.keptLines());
        List<Cleaner.Removal> removals = new ArrayList<>(cleaned.removals());
        int first = 0;
        while (first < body.size() && body.get(first).isBlank()) first++;
        ArticleFiles.Given givenHeadline = given.get("headline");
        String headline = "";
        if (givenHeadline != null) {
            headline = givenHeadline.value();
            if (first < body.size() && sameWords(body.get(first), headline)) body.set(first, "");
        } else {
            int at = Headlines.find(body);
            if (at >= 0) {
                headline = body.get(at).strip();
                // What stands above the headline is the page's head (menus, labels): not reporting.
                for (int i = 0; i < at; i++) {
                    if (body.get(i).isBlank()) continue;
                    removals.add(new Cleaner.Removal(cleaned.keptLineNumbers().get(i), body.get(i).strip(), ABOVE_HEADLINE));
                    body.set(i, "");
                }
                body.set(at, "");
            }
        }
        removals.sort(Comparator.comparingInt(Cleaner.Removal::lineNumber));
        String text = Whitespace.oneBlankLine(String.join("\n", body).strip());
        String url = given.containsKey("url") ? given.get("url").value() : "";

        OutletSignatures.Outlet outlet;
        ArticleFiles.Given givenOutlet = given.get("outlet");
        if (givenOutlet != null) {
            outlet = new OutletSignatures.Outlet(outlets.canonical(givenOutlet.value()),
                    givenOutlet.from() + ": \"" + givenOutlet.value() + "\"");
        } else {
            outlet = outlets.identify(raw);
            if (!outlet.isKnown() && !url.isEmpty()) outlet = outlets.fromUrl(url).orElse(outlet);
        }

        LanguageProfile language = language(headline + "\n" + text, given.get("language"), curated, warnings);
        DateFinder.Publication publication = null;
        ArticleFiles.Given givenDate = given.get("published");
        if (givenDate != null) {
            LocalDate date = GivenDates.parse(givenDate.value());
            if (date != null) {
                publication = new DateFinder.Publication(date, givenDate.from() + ": " + givenDate.value(),
                        givenDate.from().startsWith("page") ? "page" : "column");
            } else {
                warnings.add("published \"" + givenDate.value() + "\" (" + givenDate.from() + ") is not a date I can read");
            }
        }
        if (publication == null && !url.isEmpty()) {
            LocalDate date = GivenDates.fromUrl(url);
            if (date != null) publication = new DateFinder.Publication(date, url, "url");
        }
        if (publication == null) publication = DateFinder.forLanguage(language).publication(raw);
        if (publication.date() == null && outlet.isKnown()) publication = urlInText(raw, outlet.name()).orElse(publication);

        List<String> from = new ArrayList<>();
        for (String field : List.of("headline", "published", "outlet")) {
            if (given.containsKey(field) && document.line() == 0) from.add(field + " ← " + given.get(field).from());
        }
        if (!from.isEmpty()) notes.add("fields: " + String.join(", ", from));

        Map<String, String> variables = new LinkedHashMap<>();
        if (!folder.isEmpty()) variables.put("folder", folder);
        if (!url.isEmpty()) variables.put("url", url);
        variables.put("language", language.code());
        variables.putAll(document.variables());

        if (curated == null) {
            if (!outlet.isKnown()) warnings.add(outlet.evidence().isEmpty() ? "no outlet signature" : outlet.evidence());
            if (publication.date() == null) warnings.add("no publication date found");
            return new LoadedArticle(id, file, outlet.name(), outlet.evidence(), headline, publication.date(),
                    publication.basis(), publication.evidence(), text, raw, removals, variables, -1, -1);
        }
        compare(id, "outlet", outlet.name(), curated.outlet(), warnings, disagreements);
        compare(id, "published", Objects.toString(publication.date(), ""), Objects.toString(curated.published(), ""),
                warnings, disagreements);
        compare(id, "headline", headline, curated.headline(), warnings, disagreements);
        if (!curated.language().isEmpty()) {
            compare(id, "language", LanguageProfile.detect(headline + "\n" + text).code(), curated.language(), warnings, disagreements);
        }
        return new LoadedArticle(id, file, curated.outlet(), curated.outletEvidence(), curated.headline(), curated.published(),
                "curated", curated.dateEvidence(), text, raw, removals, variables, -1, -1);
    }

    /**
     * The language an article is read in: the curated one, else the one an export column names,
     * else the one {@link LanguageProfile#detect} finds in its headline and text; an article too
     * short to tell (fewer than {@value LanguageDetector#MIN_VOTES} function words) is read in the
     * default language, Indonesian, as before there were languages.
     */
    private static LanguageProfile language(String text, ArticleFiles.Given given, CuratedMetadata.Entry curated,
                                            List<String> warnings) {
        if (curated != null && !curated.language().isEmpty()) return LanguageProfile.of(curated.language());
        if (given != null) {
            Optional<LanguageProfile> named = LanguageProfile.find(given.value());
            if (named.isPresent()) return named.get();
            warnings.add("language \"" + given.value() + "\" (" + given.from() + ") is not one Kabar reads; detected instead");
        }
        return LanguageDetector.standard().detect(text).orElse(LanguageProfile.standard());
    }

    /**
     * With no date in the text, a link to the article's own outlet printed in it ("Klik untuk baca:
     * https://nasional.kompas.com/read/2022/11/21/...", as a copied page carries) dates it by its URL.
     */
    private Optional<DateFinder.Publication> urlInText(String raw, String outlet) {
        Matcher url = URL_IN_TEXT.matcher(raw);
        while (url.find()) {
            if (!outlets.fromUrl(url.group()).map(o -> o.name().equals(outlet)).orElse(false)) continue;
            LocalDate date = GivenDates.fromUrl(url.group());
            if (date != null) return Optional.of(new DateFinder.Publication(date, url.group(), "url in the text"));
        }
        return Optional.empty();
    }

    /** Whether a line says the same words as the headline (a text export often repeats its title first). */
    private static boolean sameWords(String line, String headline) {
        return words(line).equals(words(headline));
    }

    private static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static void compare(String id, String field, String inferred, String curated, List<String> warnings,
                                List<String[]> disagreements) {
        if (inferred.equals(curated)) return;
        disagreements.add(new String[] {id, field, inferred, curated});
        warnings.add("inferred " + field + " \"" + inferred + "\" differs from curated \"" + curated + "\"");
    }

    private static String summary(List<Outcome> outcomes) {
        String reasons = outcomes.stream().limit(REASONS_IN_ERROR)
                .map(o -> o.where() + " " + String.join(", ", o.reasons()))
                .collect(Collectors.joining("; "));
        String more = outcomes.size() > REASONS_IN_ERROR ? "; …" : "";
        return outcomes.size() + " files seen" + (outcomes.isEmpty() ? "" : ": " + reasons + more);
    }

    /** The articles' columns, then one per document variable (folder, url, language, other columns) that any article has. */
    private Table articleTable(List<LoadedArticle> articles) {
        Table table = Table.create("articles",
                StringColumn.create("id"), StringColumn.create("file"), StringColumn.create("outlet"),
                StringColumn.create("outlet_evidence"), StringColumn.create("headline"), DateColumn.create("published"),
                StringColumn.create("period"), StringColumn.create("date_basis"), StringColumn.create("date_evidence"),
                StringColumn.create("text"), StringColumn.create("raw_text"), IntColumn.create("raw_chars"), IntColumn.create("clean_chars"),
                IntColumn.create("sentences"), IntColumn.create("tokens"));
        List<LoadedArticle> sorted = sortedById(articles);
        Map<String, String> columnByVariable = new LinkedHashMap<>();
        for (LoadedArticle a : sorted) {
            for (Map.Entry<String, String> v : a.variables().entrySet()) {
                if (v.getValue().isEmpty() || columnByVariable.containsKey(v.getKey())) continue;
                String column = v.getKey();
                while (table.columnNames().contains(column) || columnByVariable.containsValue(column)) column = "column_" + column;
                columnByVariable.put(v.getKey(), column);
            }
        }
        for (String column : columnByVariable.values()) table.addColumns(StringColumn.create(column));
        for (LoadedArticle a : sorted) {
            table.stringColumn("id").append(a.id());
            table.stringColumn("file").append(a.file());
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
            columnByVariable.forEach((variable, column) ->
                    table.stringColumn(column).append(a.variables().getOrDefault(variable, "")));
        }
        return table;
    }

    private static Table removedTable(List<LoadedArticle> articles) {
        Table table = Table.create("removed", StringColumn.create("id"), IntColumn.create("line_no"),
                StringColumn.create("line"), StringColumn.create("rule"));
        for (LoadedArticle a : sortedById(articles)) {
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


    private static Table reportTable(List<Outcome> outcomes, Map<String, List<String>> warningsByPlace, String curatedName,
                                     List<String> unknownIds) {
        Table table = Table.create("load_report", StringColumn.create("file"), StringColumn.create("id"),
                StringColumn.create("status"), StringColumn.create("reason"), LongColumn.create("bytes"));
        List<Outcome> sorted = outcomes.stream()
                .sorted(Comparator.comparing(Outcome::name).thenComparingInt(Outcome::line))
                .toList();
        for (Outcome o : sorted) {
            Set<String> reasons = new LinkedHashSet<>(o.reasons());
            List<String> warnings = new ArrayList<>(warningsByPlace.getOrDefault(o.where(), List.of()));
            if (o.name().equals(curatedName) && o.line() == 0 && !unknownIds.isEmpty()) {
                warnings.add("curated ids with no article: " + String.join(", ", unknownIds));
            }
            // A row of a table file that loaded cleanly needs no line of its own: the file's row counts it.
            if (o.line() > 0 && o.status().equals(Corpus.LOADED) && warnings.isEmpty() && reasons.isEmpty()) continue;
            reasons.addAll(warnings);
            String status = o.status().equals(Corpus.SKIPPED) || warnings.isEmpty() ? o.status() : Corpus.LOADED_WITH_WARNINGS;
            table.stringColumn("file").append(o.where());
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

    private static List<LoadedArticle> sortedById(List<LoadedArticle> articles) {
        return articles.stream().sorted(Comparator.comparing(LoadedArticle::id)).toList();
    }
}
