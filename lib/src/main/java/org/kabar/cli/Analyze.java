package org.kabar.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.kabar.corpus.Corpus;
import org.kabar.corpus.CorpusLoader;
import org.kabar.text.InputException;
import org.kabar.text.Roots;
import org.kabar.notebook.SpreadsheetSafe;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * {@code analyze FOLDER --out DIR [options]}: loads a folder of articles, analyses it and writes
 * one UTF-8 CSV file with a header row per table. Files written:
 * <ul>
 *   <li>{@code articles.csv}: id, file, outlet, headline, published, period, sentences, tokens,
 *       date_evidence, then the document variables: folder, url, language (detected, or as the
 *       metadata or an export column gives it), other columns kept (the article text stays out:
 *       the CSV is for counting, the folder is the text);</li>
 *   <li>{@code load_report.csv}: file, id, status, reason, bytes — one row per file in the folder;</li>
 *   <li>{@code removed.csv}: id, line_no, line, rule;</li>
 *   <li>{@code metadata_disagreements.csv}: id, field, inferred, curated;</li>
 *   <li>{@code mentions.csv}: id, period, actor, type, sentence, position, start, end, surface (start and
 *       end: the mention's characters in the article's cleaned text, end exclusive);</li>
 *   <li>{@code actors.csv}: id, actor, type, mentions — one row per article and actor mentioned;</li>
 *   <li>{@code terms.csv}: id, period, term, surface, count — unigrams per article, stopwords left
 *       out; the term is the word as written or its root ({@code --root});</li>
 *   <li>{@code bigrams.csv}: the same for word pairs;</li>
 *   <li>{@code keyness.csv}: the two groups compared term by term (see {@link Options}), with
 *       G², its p level, Log Ratio and both groups' counts, rates and document frequencies;</li>
 *   <li>{@code quotes.csv}: id, period, sentence, speaker, kind, verb, resolved_by, quote;</li>
 *   <li>{@code sources.csv}: id, period, source, origin, cue, evidence;</li>
 *   <li>{@code people.csv}: actor, type, source, mentions, articles, evidence, forms, note — every
 *       actor, the dictionary's and those the name finder found without it (source {@code found}),
 *       with the evidence and name forms counted and what coreference decided across articles;</li>
 *   <li>{@code people_mentions.csv}: id, period, actor, type, source, evidence, part, sentence,
 *       position, start, end, surface — each of those mentions (see {@link org.kabar.actors.People}).</li>
 * </ul>
 * The line on stdout says how many articles of each language the folder has; with more than one
 * language, keyness compares the articles of the main language only, and stderr says so.
 * Text cells are written spreadsheet-safe ({@link SpreadsheetSafe}). Every file of the folder that was skipped or loaded with warnings is also named on stderr.
 * While the folder loads, a progress bar is drawn on stderr when stderr is a terminal, unless
 * {@code --no-progress} is given; output to a file or a pipe never gets one.
 */
final class Analyze {

    /** One CSV file of the output and the table it holds. */
    record Output(String fileName, Function<Analysis, Table> table) {}

    /** The files written, in order. */
    static final List<Output> OUTPUTS = List.of(
            new Output("articles.csv", a -> a.corpus().articlesWithoutText()),
            new Output("load_report.csv", a -> a.corpus().loadReport()),
            new Output("removed.csv", a -> a.corpus().removed()),
            new Output("metadata_disagreements.csv", a -> a.corpus().metadataDisagreements()),
            new Output("mentions.csv", a -> a.mentions().table()),
            new Output("actors.csv", Analysis::actorsPerArticle),
            new Output("terms.csv", a -> a.unigrams().table()),
            new Output("bigrams.csv", a -> a.bigrams().table()),
            new Output("keyness.csv", Analysis::keyness),
            new Output("quotes.csv", Analysis::quotes),
            new Output("sources.csv", Analysis::sources),
            new Output("people.csv", Analysis::peopleSummary),
            new Output("people_mentions.csv", Analysis::peopleMentions));

    private Analyze() {}

    static int run(String[] args, PrintStream out, PrintStream err, boolean errIsTerminal) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage().isEmpty() ? Main.USAGE_LINE : "kabar: " + e.getMessage() + "; " + Main.USAGE_LINE);
            return Main.USAGE;
        }
        try {
            return analyze(options, out, err, errIsTerminal);
        } catch (InputException e) {
            // A file of the user's cannot be used: its one line (file, line, reason) is all they need.
            err.println("kabar: " + e.getMessage());
            return Main.UNUSABLE_INPUT;
        }
    }

    private static int analyze(Options options, PrintStream out, PrintStream err, boolean errIsTerminal) {
        Roots roots = options.roots();
        CorpusLoader loader = Corpus.loader().periods(options.period());
        options.columns().forEach(loader::column);
        if (errIsTerminal && options.progress()) loader.progress(new TerminalProgress(err, "Loading " + options.folder()));
        Corpus corpus = loader.load(options.folder());
        for (Row row : corpus.loadReport()) {
            if (!row.getString("status").equals(Corpus.LOADED)) {
                err.println("kabar: warning: " + row.getString("file") + ": " + row.getString("status") + ": "
                        + row.getString("reason"));
            }
        }
        Analysis analysis = new Analysis(corpus, options, roots);
        if (analysis.comparedGroups().isEmpty()) {
            err.println("kabar: warning: keyness.csv is empty: " + analysis.whyNoComparison());
        }
        try {
            Files.createDirectories(options.out());
            for (Output output : OUTPUTS) {
                writeCsv(output.table().apply(analysis), options.out().resolve(output.fileName()));
            }
        } catch (IOException | UncheckedIOException e) {
            err.println("kabar: " + options.out() + ": cannot write (" + e.getMessage() + ")");
            return Main.UNUSABLE_INPUT;
        }
        if (Corpus.mainLanguage(corpus.articles()).rowCount() < corpus.articles().rowCount()) {
            err.println("kabar: note: keyness.csv compares the " + Corpus.describeLanguages(Corpus.mainLanguage(corpus.articles()))
                    + " articles only: words of two languages are never compared");
        }
        out.println("kabar: " + corpus.articles().rowCount() + " articles (" + Corpus.describeLanguages(corpus.articles())
                + ") from " + options.folder()
                + " written to " + options.out());
        return Main.OK;
    }

    private static void writeCsv(Table table, Path file) throws IOException {
        SpreadsheetSafe.write(table, file);
    }
}
