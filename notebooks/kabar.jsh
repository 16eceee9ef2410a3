// Kabar's notebook set-up, loaded by the first cell of every notebook:
//     %classpath ../lib/target/kabar-lib.jar ../lib/target/dependency/*.jar
//     %load kabar.jsh
// It imports the library, teaches the JJava kernel to show Tablesaw tables as HTML and XChart
// charts as PNG images, and names the corpus and figure folders (the runner may point them
// elsewhere: ./kabar render --corpus DIR --out DIR).
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import tech.tablesaw.api.*;
import static tech.tablesaw.aggregate.AggregateFunctions.*;
import org.knowm.xchart.*;
import org.kabar.corpus.*;
import org.kabar.text.*;
import org.kabar.actors.*;
import org.kabar.terms.*;
import org.kabar.compare.*;
import org.kabar.context.*;
import org.kabar.chart.*;
import org.kabar.notebook.*;
import org.kabar.report.*;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;

// The project folder: the nearest folder up from the notebook's that holds notebooks/kabar.jsh
// (lessons live in notebooks/, their worked solutions in notebooks/solutions/).
Path PROJECT = Stream.iterate(Path.of("").toAbsolutePath(), p -> p != null, Path::getParent)
        .filter(p -> Files.isRegularFile(p.resolve("notebooks").resolve("kabar.jsh")))
        .findFirst().orElse(Path.of("..").toAbsolutePath().normalize());
Path CORPUS = Path.of(System.getenv().getOrDefault("KABAR_CORPUS", PROJECT.resolve("seeds").toString()));
Path FIGURES = Path.of(System.getenv().getOrDefault("KABAR_FIGURES", PROJECT.resolve("notebooks").resolve("figures").toString()));
// How dates are grouped into periods, and which two periods are compared (empty: the earliest and
// the latest): ./kabar render --period week|month|quarter --compare A,B sets them.
PeriodUnit PERIOD = PeriodUnit.of(System.getenv().getOrDefault("KABAR_PERIOD", "month"));
List<String> COMPARE = System.getenv().getOrDefault("KABAR_COMPARE", "").isBlank() ? List.of()
        : List.of(System.getenv("KABAR_COMPARE").split(","));

// Tables: escaped HTML with a row count; the plain-text fallback holds no identity hash.
kernel().getRenderer().createRegistration(Table.class)
        .preferring(MIMEType.TEXT_HTML).supporting(MIMEType.TEXT_PLAIN)
        .register((table, ctx) -> {
            ctx.renderIfRequested(MIMEType.TEXT_HTML, () -> HtmlTable.of(table).html());
            ctx.renderIfRequested(MIMEType.TEXT_PLAIN, () -> HtmlTable.of(table).text());
        });

// HtmlTable.of(table).allRows() (or .headRows(n), .decimals(n)): a table shown with other options.
kernel().getRenderer().createRegistration(HtmlTable.class)
        .preferring(MIMEType.TEXT_HTML).supporting(MIMEType.TEXT_PLAIN)
        .register((view, ctx) -> {
            ctx.renderIfRequested(MIMEType.TEXT_HTML, () -> view.html());
            ctx.renderIfRequested(MIMEType.TEXT_PLAIN, () -> view.text());
        });

// Charts: a PNG image whose metadata carries the chart in words (the page's alt text, see
// tools/templates/kabar); the plain-text fallback is the chart's title, not BufferedImage@hash.
kernel().getRenderer().createRegistration(org.knowm.xchart.internal.chartpart.Chart.class)
        .preferring(MIMEType.IMAGE_PNG).supporting(MIMEType.TEXT_PLAIN)
        .register((chart, ctx) -> {
            ctx.renderIfRequested(MIMEType.IMAGE_PNG, () -> {
                ctx.getOutputContainer().putMetaData(MIMEType.IMAGE_PNG, Map.of("alt", ChartDescription.of(chart)));
                return Base64.getEncoder().encodeToString(ChartImages.png(chart));
            });
            ctx.renderIfRequested(MIMEType.TEXT_PLAIN, () -> "Chart: " + chart.getTitle());
        });

// Figures: the chart as a PNG image, or the one line saying why there is nothing to draw.
kernel().getRenderer().createRegistration(Figure.class)
        .preferring(MIMEType.IMAGE_PNG, MIMEType.TEXT_HTML).supporting(MIMEType.TEXT_PLAIN)
        .register((figure, ctx) -> {
            figure.chart().ifPresentOrElse(
                    chart -> ctx.renderIfRequested(MIMEType.IMAGE_PNG, () -> {
                        ctx.getOutputContainer().putMetaData(MIMEType.IMAGE_PNG, Map.of("alt", ChartDescription.of(chart)));
                        return Base64.getEncoder().encodeToString(ChartImages.png(chart));
                    }),
                    () -> ctx.renderIfRequested(MIMEType.TEXT_HTML, () -> NoteHtml.of(figure.text())));
            ctx.renderIfRequested(MIMEType.TEXT_PLAIN, () -> figure.toString());
        });

// Progress bars: HTML in the page, plain text elsewhere.
kernel().getRenderer().createRegistration(Progress.class)
        .preferring(MIMEType.TEXT_HTML).supporting(MIMEType.TEXT_PLAIN)
        .register((progress, ctx) -> {
            ctx.renderIfRequested(MIMEType.TEXT_HTML, () -> progress.html());
            ctx.renderIfRequested(MIMEType.TEXT_PLAIN, () -> progress.text());
        });

/**
 * Loads a corpus folder (the articles, the cleaning audit, the load report) with a progress bar
 * that updates in place; a big folder takes a while.
 */
Corpus loadCorpus(Path folder) {
    String bar = display(Progress.of("Loading articles", 0));
    return Corpus.loader().periods(PERIOD)
            .progress((done, total) -> updateDisplay(bar, Progress.of("Loading articles", total).at(done)))
            .load(folder);
}

/** A one-article corpus, for trying a method on a sentence of your own. */
Table exampleArticle(String text) {
    return Table.create("example", StringColumn.create("id", "example"), StringColumn.create("period", "example"),
            StringColumn.create("text", text));
}

// display(...) returns a random display id; show(...) returns nothing, so outputs stay reproducible.
void show(Object value) { display(value); }
