package org.kabar.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kabar.text.TextPipeline;
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
 */
public final class CorpusLoader {

    /** Default size limit: news articles are a few kilobytes; a megabyte is a different kind of file. */
    public static final long DEFAULT_MAX_BYTES = 1_048_576;

    private static final int REASONS_IN_ERROR = 5;
    private static final int HEADLINE_MAX_WORDS = 20;

    private long maxBytes = DEFAULT_MAX_BYTES;
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

    /** Loads every file in {@code folder} (subfolders are reported, not read). */
    public Corpus load(Path folder) {
        if (!Files.exists(folder)) throw new CorpusException(folder + ": no such folder");
        if (!Files.isDirectory(folder)) throw new CorpusException(folder + ": not a folder");
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new CorpusException(folder + ": cannot list the folder (" + e.getMessage() + ")", e);
        }
        Path curated = metadata != null ? metadata : folder.resolve(CuratedMetadata.FILE_NAME);
        return loadAll(folder.toString(), files, useMetadata && Files.isRegularFile(curated) ? curated : null);
    }

    /** Loads the listed files, each of which must exist. */
    public Corpus load(List<Path> files) {
        for (Path file : files) {
            if (!Files.exists(file)) throw new CorpusException(file + ": no such file");
        }
        if (files.isEmpty()) throw new CorpusException("file list: no files given");
        return loadAll("file list", files, useMetadata ? metadata : null);
    }

    /** What became of one file. */
    private record Outcome(Path file, String id, String status, List<String> reasons, long bytes) {}

    /** One loaded article before it becomes a table row. */
    private record Article(String id, Path file, String outlet, String outletEvidence, String headline,
                           LocalDate published, String dateBasis, String dateEvidence, String text,
                           String rawText, List<Cleaner.Removal> removals) {}

    private Corpus loadAll(String where, List<Path> files, Path curatedFile) {
        Map<String, CuratedMetadata.Entry> curated = curatedFile == null ? Map.of() : CuratedMetadata.read(curatedFile);
        List<Outcome> outcomes = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        Map<String, Path> firstFileByText = new HashMap<>();
        Map<String, Path> fileById = new HashMap<>();
        Map<Path, List<String>> warningsByFile = new HashMap<>();
        Table disagreements = disagreementTable();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String id = name.toLowerCase(Locale.ROOT).endsWith(".txt") ? name.substring(0, name.length() - 4) : "";
            long bytes = size(file);
            if (file.equals(curatedFile)) {
                outcomes.add(new Outcome(file, "", Corpus.LOADED, List.of("curated metadata for " + curated.size() + " articles"), bytes));
                continue;
            }
            String skipReason = Files.isDirectory(file) ? "a folder; subfolders are not read"
                    : id.isEmpty() ? "not a .txt file"
                    : bytes > maxBytes ? "larger than the " + maxBytes + "-byte size limit (" + bytes + " bytes)"
                    : fileById.containsKey(id) ? "id \"" + id + "\" already used by " + fileById.get(id)
                    : null;
            if (skipReason != null) {
                outcomes.add(new Outcome(file, id, Corpus.SKIPPED, List.of(skipReason), bytes));
                continue;
            }
            ArticleDecoder.Decoded decoded;
            try {
                decoded = ArticleDecoder.decode(Files.readAllBytes(file));
            } catch (ArticleDecoder.Unreadable e) {
                outcomes.add(new Outcome(file, id, Corpus.SKIPPED, List.of(e.getMessage()), bytes));
                continue;
            } catch (IOException e) {
                outcomes.add(new Outcome(file, id, Corpus.SKIPPED, List.of("cannot read (" + e.getMessage() + ")"), bytes));
                continue;
            }
            String sameText = decoded.text().strip().replaceAll("\\s+", " ");
            Path original = firstFileByText.putIfAbsent(sameText, file);
            if (original != null) {
                outcomes.add(new Outcome(file, id, Corpus.SKIPPED, List.of("same text as " + original + " (kept there)"), bytes));
                warningsByFile.get(original).add("same text also in " + file + " (kept here once)");
                continue;
            }
            fileById.put(id, file);
            List<String> warnings = new ArrayList<>(decoded.warnings());
            Article article = analyse(id, file, decoded.text(), curated.get(id), warnings, disagreements);
            articles.add(article);
            warningsByFile.put(file, warnings);
            outcomes.add(new Outcome(file, id, Corpus.LOADED, decoded.notes(), bytes));
        }
        if (articles.isEmpty()) {
            throw new CorpusException(where + ": no articles to load (" + summary(outcomes) + ")");
        }
        List<String> unknownIds = curated.keySet().stream().filter(id -> !fileById.containsKey(id)).sorted().toList();
        return new Corpus(articleTable(articles), removedTable(articles),
                reportTable(outcomes, warningsByFile, curatedFile, unknownIds),
                disagreements.sortOn("id", "field"));
    }

    private Article analyse(String id, Path file, String raw, CuratedMetadata.Entry curated, List<String> warnings,
                            Table disagreements) {
        Cleaner.Result cleaned = cleaner.clean(raw);
        List<String> body = new ArrayList<>(cleaned.keptLines());
        int first = 0;
        while (first < body.size() && body.get(first).isBlank()) first++;
        String headline = "";
        if (first < body.size() && readsAsHeadline(body.get(first))) {
            headline = body.get(first).strip();
            body.set(first, "");
        }
        String text = String.join("\n", body).strip().replaceAll("\\n\\s*\\n\\s*(\\n\\s*)*", "\n\n");
        OutletSignatures.Outlet outlet = outlets.identify(raw);
        DateFinder.Publication publication = dates.publication(raw);
        if (curated == null) {
            if (!outlet.isKnown()) warnings.add(outlet.evidence().isEmpty() ? "no outlet signature" : outlet.evidence());
            if (publication.date() == null) warnings.add("no publication date found");
            return new Article(id, file, outlet.name(), outlet.evidence(), headline, publication.date(),
                    publication.basis(), publication.evidence(), text, raw, cleaned.removals());
        }
        compare(id, "outlet", outlet.name(), curated.outlet(), warnings, disagreements);
        compare(id, "published", Objects.toString(publication.date(), ""), Objects.toString(curated.published(), ""),
                warnings, disagreements);
        compare(id, "headline", headline, curated.headline(), warnings, disagreements);
        return new Article(id, file, curated.outlet(), curated.outletEvidence(), curated.headline(), curated.published(),
                "curated", curated.dateEvidence(), text, raw, cleaned.removals());
    }

    /** A headline is short and does not end like a sentence. */
    private static boolean readsAsHeadline(String line) {
        String stripped = line.strip();
        return stripped.split("\\s+").length <= HEADLINE_MAX_WORDS && !stripped.endsWith(".") && !stripped.endsWith(",");
    }

    private static void compare(String id, String field, String inferred, String curated, List<String> warnings,
                                Table disagreements) {
        if (inferred.equals(curated)) return;
        disagreements.stringColumn("id").append(id);
        disagreements.stringColumn("field").append(field);
        disagreements.stringColumn("inferred").append(inferred);
        disagreements.stringColumn("curated").append(curated);
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
            table.stringColumn("period").append(a.published() == null ? "" : a.published().format(DateTimeFormatter.ofPattern("yyyy-MM")));
            table.stringColumn("date_basis").append(a.dateBasis());
            table.stringColumn("date_evidence").append(a.dateEvidence());
            table.stringColumn("text").append(a.text());
            table.stringColumn("raw_text").append(a.rawText());
            table.intColumn("raw_chars").append(a.rawText().length());
            table.intColumn("clean_chars").append(a.text().length());
            table.intColumn("sentences").append(pipeline.sentences(a.text()).length);
            table.intColumn("tokens").append(pipeline.countWords(a.text()));
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
