package org.kabar.notebook;

import java.lang.reflect.Method;
import java.util.Base64;
import java.util.Map;
import java.util.function.Function;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.RenderContext;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.kabar.chart.ChartImages;
import org.kabar.chart.Figure;
import org.kabar.chart.Plot;
import org.kabar.actors.Mentions;
import org.kabar.compare.Comparison;
import org.kabar.text.ItemCounts;
import org.kabar.text.Tokens;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.Table;

/**
 * Kabar's JJava kernel extension: the imports every notebook uses and the way the kernel shows
 * Kabar's results (tables, comparisons, tokens, mentions, counts, plots and charts, figures, progress bars). JJava finds it through {@code META-INF/services} when the library joins the
 * kernel's classpath, at launch ({@code JJAVA_CLASSPATH}, which the runner's kernelspec sets) or
 * by a {@code %classpath} line, so a notebook needs no set-up cell.
 *
 * <p>JJava loads an extension through a class loader whose parent is the one notebook code runs
 * in, and that loader already holds the added jars; so {@code Table.class} here is the class of
 * the tables notebook cells make, and the renderers below match them.
 */
public final class KabarExtension implements Extension {
    /**
     * What a notebook cell can name without an import. One snippet, evaluated once per kernel:
     * the renderers are registered from Java below, so JShell compiles nothing else at start-up.
     */
    static final String IMPORTS = String.join("\n",
            "import java.nio.file.*;",
            "import java.util.*;",
            "import java.util.stream.*;",
            "import tech.tablesaw.api.*;",
            "import static tech.tablesaw.aggregate.AggregateFunctions.*;",
            "import org.knowm.xchart.*;",
            "import org.kabar.corpus.*;",
            "import org.kabar.text.*;",
            "import org.kabar.actors.*;",
            "import org.kabar.terms.*;",
            "import org.kabar.count.*;",
            "import org.kabar.compare.*;",
            "import org.kabar.context.*;",
            "import org.kabar.chart.*;",
            "import org.kabar.notebook.*;",
            "import org.kabar.report.*;",
            "import static org.kabar.notebook.KabarNotebook.*;");

    /**
     * Set (to anything) in the environment of a kernel that runs notebooks top to bottom with
     * nobody typing, as the runner's kernels do ({@code tools/notebooks.py}).
     */
    static final String BATCH = "KABAR_BATCH";

    @Override
    public void install(BaseKernel kernel) {
        if (System.getenv(BATCH) != null) stopCompletionIndexing(kernel);
        register(kernel.getRenderer());
        kernel.evalRaw(IMPORTS);
    }

    /**
     * JShell indexes every package and class of the JDK and the class path on a thread of its
     * own as soon as it starts, only so that completion can offer names not yet imported; in a
     * kernel nobody types into, that is a tenth of its CPU (README, Performance). JShell pauses
     * the indexing itself while it completes; this pauses it for good. Returns whether it could:
     * the pause is not public API (the kernelspec opens {@code jdk.jshell} to reach it), and on a
     * JDK without it the index is built as before.
     */
    static boolean stopCompletionIndexing(BaseKernel kernel) {
        try {
            // JJava's JavaKernel; the library compiles against JJava's Jupyter API only.
            return stopCompletionIndexing((JShell) kernel.getClass().getMethod("getJShell").invoke(kernel));
        } catch (ReflectiveOperationException | RuntimeException notJJavasKernel) {
            return false;
        }
    }

    static boolean stopCompletionIndexing(JShell shell) {
        try {
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            Method suspend = analysis.getClass().getMethod("suspendIndexing");
            suspend.setAccessible(true);
            suspend.invoke(analysis);
            return true;
        } catch (ReflectiveOperationException | RuntimeException notThisJdk) {
            return false;
        }
    }

    /** Tables, comparisons, tokens, mentions and counts as escaped HTML, plots and charts as PNG with alt text, figures, progress bars. */
    static void register(Renderer renderer) {
        // Tables: escaped HTML with a row count; the plain-text fallback holds no identity hash.
        showAsTable(renderer, Table.class, Function.identity());
        // Typed stage results (comparisons, tokens, mentions, counts): their table, captioned with how it was made.
        showAsTable(renderer, Comparison.class, Comparison::table);
        showAsTable(renderer, Tokens.class, Tokens::table);
        showAsTable(renderer, Mentions.class, Mentions::table);
        showAsTable(renderer, ItemCounts.class, ItemCounts::table);
        // HtmlTable.of(table).allRows() (or .headRows(n), .decimals(n)): a table shown with other options.
        renderer.createRegistration(HtmlTable.class)
                .preferring(MIMEType.TEXT_HTML).supporting(MIMEType.TEXT_PLAIN)
                .register(KabarExtension::renderTable);
        // Charts: a PNG whose metadata carries the chart in words (the page's alt text, see
        // tools/templates/kabar); the plain-text fallback is the chart's title, not BufferedImage@hash.
        renderer.createRegistration(Chart.class)
                .preferring(MIMEType.IMAGE_PNG).supporting(MIMEType.TEXT_PLAIN)
                .register(KabarExtension::renderChartWithTitle);
        // Plots (a chart's options, e.g. Charts.bar(table)...title(...)): the chart they draw.
        renderer.createRegistration(Plot.class)
                .preferring(MIMEType.IMAGE_PNG).supporting(MIMEType.TEXT_PLAIN)
                .register((plot, ctx) -> renderChartWithTitle(plot.build(), ctx));
        // Figures: the chart as a PNG image, or the one line saying why there is nothing to draw.
        renderer.createRegistration(Figure.class)
                .preferring(MIMEType.IMAGE_PNG, MIMEType.TEXT_HTML).supporting(MIMEType.TEXT_PLAIN)
                .register((figure, ctx) -> {
                    figure.chart().ifPresentOrElse(chart -> renderChart(chart, ctx),
                            () -> ctx.renderIfRequested(MIMEType.TEXT_HTML, () -> NoteHtml.of(figure.text())));
                    ctx.renderIfRequested(MIMEType.TEXT_PLAIN, figure::toString);
                });
        // Progress bars: HTML in the page, plain text elsewhere.
        renderer.createRegistration(Progress.class)
                .preferring(MIMEType.TEXT_HTML).supporting(MIMEType.TEXT_PLAIN)
                .register((progress, ctx) -> {
                    ctx.renderIfRequested(MIMEType.TEXT_HTML, progress::html);
                    ctx.renderIfRequested(MIMEType.TEXT_PLAIN, progress::text);
                });
    }

    /** Shows values of {@code type} exactly as the table each wraps. */
    private static <T> void showAsTable(Renderer renderer, Class<T> type, Function<T, Table> table) {
        renderer.createRegistration(type)
                .preferring(MIMEType.TEXT_HTML).supporting(MIMEType.TEXT_PLAIN)
                .register((value, ctx) -> renderTable(HtmlTable.of(table.apply(value)), ctx));
    }

    private static void renderTable(HtmlTable view, RenderContext ctx) {
        ctx.renderIfRequested(MIMEType.TEXT_HTML, view::html);
        ctx.renderIfRequested(MIMEType.TEXT_PLAIN, view::text);
    }

    private static void renderChartWithTitle(Chart<?, ?> chart, RenderContext ctx) {
        renderChart(chart, ctx);
        ctx.renderIfRequested(MIMEType.TEXT_PLAIN, () -> "Chart: " + chart.getTitle());
    }

    private static void renderChart(Chart<?, ?> chart, RenderContext ctx) {
        ctx.renderIfRequested(MIMEType.IMAGE_PNG, () -> {
            ctx.getOutputContainer().putMetaData(MIMEType.IMAGE_PNG, Map.of("alt", ChartDescription.of(chart)));
            return Base64.getEncoder().encodeToString(ChartImages.png(chart));
        });
    }
}
