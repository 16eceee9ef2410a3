package org.kabar.notebook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dflib.jjava.jupyter.kernel.BaseNotebookStatics;
import org.kabar.corpus.Corpus;
import org.kabar.corpus.PeriodUnit;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The names every notebook cell can use without defining them ({@link KabarExtension} imports
 * them statically): where the project, the corpus and the figures are, how dates group into
 * periods, which two periods are compared, and three helpers.
 *
 * <p>The runner may point the folders and periods elsewhere ({@code ./kabar render --corpus DIR
 * --out DIR --period week --compare A,B}); it says so through the environment variables
 * {@code KABAR_CORPUS}, {@code KABAR_FIGURES}, {@code KABAR_PERIOD} and {@code KABAR_COMPARE}.
 */
public final class KabarNotebook {
    private KabarNotebook() {}

    /**
     * The project folder: the nearest folder up from the notebook's (the kernel's working folder)
     * that holds the runner {@code kabar} beside {@code notebooks/}; lessons live in
     * {@code notebooks/}, their worked solutions in {@code notebooks/solutions/}.
     */
    public static final Path PROJECT = projectOf(Path.of("").toAbsolutePath());
    /** The folder of articles the notebook analyses: the seeds unless the runner says otherwise. */
    public static final Path CORPUS = Path.of(setting("KABAR_CORPUS", PROJECT.resolve("seeds").toString()));
    /** Where figures are saved as PNG and SVG. */
    public static final Path FIGURES = Path.of(setting("KABAR_FIGURES", PROJECT.resolve("notebooks").resolve("figures").toString()));
    /** How publication dates are grouped into periods (month unless the runner says week or quarter). */
    public static final PeriodUnit PERIOD = PeriodUnit.of(setting("KABAR_PERIOD", "month"));
    /** The two periods to compare, or none: then the earliest and the latest are compared. */
    public static final List<String> COMPARE = setting("KABAR_COMPARE", "").isBlank() ? List.of()
            : List.of(setting("KABAR_COMPARE", "").split(","));

    /**
     * Loads a corpus folder (the articles, the cleaning audit, the load report) with a progress bar
     * that updates in place; a big folder takes a while.
     */
    public static Corpus loadCorpus(Path folder) {
        String bar = BaseNotebookStatics.display(Progress.of("Loading articles", 0));
        return Corpus.loader().periods(PERIOD)
                .progress((done, total) -> BaseNotebookStatics.updateDisplay(bar, Progress.of("Loading articles", total).at(done)))
                .load(folder);
    }

    /** A one-article corpus, for trying a method on a sentence of your own. */
    public static Table exampleArticle(String text) {
        return Table.create("example", StringColumn.create("id", "example"), StringColumn.create("period", "example"),
                StringColumn.create("text", text));
    }

    /** Shows a value as a cell output; unlike the kernel's {@code display}, returns no random display id. */
    public static void show(Object value) {
        BaseNotebookStatics.display(value);
    }

    static Path projectOf(Path start) {
        return Stream.iterate(start, p -> p != null, Path::getParent)
                .filter(p -> Files.isRegularFile(p.resolve("kabar")) && Files.isDirectory(p.resolve("notebooks")))
                .findFirst().orElse(start.getParent() != null ? start.getParent() : start);
    }

    private static String setting(String name, String fallback) {
        return System.getenv().getOrDefault(name, fallback);
    }
}
