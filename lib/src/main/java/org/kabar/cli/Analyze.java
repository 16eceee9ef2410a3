package org.kabar.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.kabar.corpus.Corpus;
import org.kabar.corpus.CorpusException;
import org.kabar.corpus.CorpusLoader;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvWriteOptions;

/**
 * {@code analyze FOLDER --out DIR}: loads a folder of articles and writes one UTF-8 CSV file
 * with a header row per table. Files written:
 * <ul>
 *   <li>{@code articles.csv}: id, file, outlet, headline, published, period, sentences, tokens,
 *       date_evidence (the article text stays out: the CSV is for counting, the folder is the text);</li>
 *   <li>{@code load_report.csv}: file, id, status, reason, bytes;</li>
 *   <li>{@code removed.csv}: id, line_no, line, rule;</li>
 *   <li>{@code metadata_disagreements.csv}: id, field, inferred, curated.</li>
 * </ul>
 * Every file of the folder that was skipped or loaded with warnings is also named on stderr.
 * While the folder loads, a progress bar is drawn on stderr when stderr is a terminal, unless
 * {@code --no-progress} is given; output to a file or a pipe never gets one.
 */
final class Analyze {

    /** One CSV file of the output and the table it holds. */
    record Output(String fileName, Function<Corpus, Table> table) {}

    static final List<String> ARTICLE_COLUMNS =
            List.of("id", "file", "outlet", "headline", "published", "period", "sentences", "tokens", "date_evidence");

    /** The files written, in order; later analyses add their tables here. */
    static final List<Output> OUTPUTS = List.of(
            new Output("articles.csv", corpus -> corpus.articles().selectColumns(ARTICLE_COLUMNS.toArray(String[]::new))),
            new Output("load_report.csv", Corpus::loadReport),
            new Output("removed.csv", Corpus::removed),
            new Output("metadata_disagreements.csv", Corpus::metadataDisagreements));

    private Analyze() {}

    static final String NO_PROGRESS = "--no-progress";

    static int run(String[] args, PrintStream out, PrintStream err, boolean errIsTerminal) {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean progress = errIsTerminal && !rest.contains(NO_PROGRESS);
        rest.removeIf(NO_PROGRESS::equals);
        if (rest.size() != 3 || !rest.get(1).equals("--out")) {
            err.println(Main.USAGE_LINE);
            return Main.USAGE;
        }
        Path folder = Path.of(rest.get(0));
        Path outDir = Path.of(rest.get(2));
        CorpusLoader loader = Corpus.loader();
        if (progress) loader.progress(new TerminalProgress(err, "Loading " + folder));
        Corpus corpus;
        try {
            corpus = loader.load(folder);
        } catch (CorpusException e) {
            err.println("kabar: " + e.getMessage());
            return Main.UNUSABLE_INPUT;
        }
        for (Row row : corpus.loadReport()) {
            if (!row.getString("status").equals(Corpus.LOADED)) {
                err.println("kabar: warning: " + row.getString("file") + ": " + row.getString("status") + ": "
                        + row.getString("reason"));
            }
        }
        try {
            Files.createDirectories(outDir);
            for (Output output : OUTPUTS) {
                writeCsv(output.table().apply(corpus), outDir.resolve(output.fileName()));
            }
        } catch (IOException | UncheckedIOException e) {
            err.println("kabar: " + outDir + ": cannot write (" + e.getMessage() + ")");
            return Main.UNUSABLE_INPUT;
        }
        out.println("kabar: " + corpus.articles().rowCount() + " articles from " + folder + " written to " + outDir);
        return Main.OK;
    }

    private static void writeCsv(Table table, Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            table.write().csv(CsvWriteOptions.builder(writer).header(true).build());
        }
    }
}
