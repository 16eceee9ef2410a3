package org.kabar.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import jdk.jshell.JShell;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabar.chart.Charts;
import org.kabar.chart.Figure;
import org.kabar.compare.Comparison;
import org.kabar.compare.Keyness;
import org.kabar.actors.Actors;
import org.kabar.actors.Mentions;
import org.kabar.terms.Terms;
import org.kabar.text.ItemCounts;
import org.kabar.text.Tokens;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The kernel extension on JJava's own renderer: what a notebook cell's value becomes. */
class KabarExtensionTest {
    private final Renderer renderer = new Renderer();

    KabarExtensionTest() {
        KabarExtension.register(renderer);
    }

    private static Table outlets() {
        return Table.create("outlets", StringColumn.create("outlet", "Kompas <TV>", "MINA"), IntColumn.create("articles", 2, 1));
    }

    @Test
    void theKernelFindsTheExtensionThroughItsServiceFile() {
        List<String> found = ServiceLoader.load(Extension.class).stream().map(p -> p.type().getName()).toList();
        assertEquals(List.of("org.kabar.notebook.KabarExtension"), found);
    }

    @Test
    void aTableIsEscapedHtmlWithItsSizeAndPlainTextWithoutAnIdentityHash() {
        DisplayData shown = renderer.render(outlets());
        String html = (String) shown.getData(MIMEType.TEXT_HTML);
        assertTrue(html.contains("<table"), html);
        assertTrue(html.contains("outlets · 2 rows × 2 columns"), html);
        assertTrue(html.contains("Kompas &lt;TV&gt;"), html);
        assertFalse(html.contains("<TV>"), html);
        String text = (String) shown.getData(MIMEType.TEXT_PLAIN);
        assertTrue(text.contains("Kompas <TV>") && text.contains("MINA"), text);
        assertFalse(text.contains("Table@"), text);
    }

    @Test
    void aTableViewShowsEveryRowItIsAskedFor() {
        Table many = Table.create("n", IntColumn.create("i", java.util.stream.IntStream.range(0, 40).toArray()));
        String all = (String) renderer.render(HtmlTable.of(many).allRows()).getData(MIMEType.TEXT_HTML);
        assertTrue(all.contains(">39<"), "the 40th row is shown");
    }

    @Test
    void aChartIsAPngImageAndItsTitleInPlainText() {
        DisplayData shown = renderer.render(Charts.bar(outlets()).category("outlet").value("articles")
                .title("Articles per outlet").xLabel("outlet").yLabel("articles").build());
        // Base64 of the PNG signature bytes 89 50 4E 47 0D 0A 1A 0A.
        assertTrue(((String) shown.getData(MIMEType.IMAGE_PNG)).startsWith("iVBORw0KGgo"));
        assertEquals("Chart: Articles per outlet", shown.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void aPlotIsShownAsTheChartItDraws() {
        DisplayData shown = renderer.render(Charts.bar(outlets()).category("outlet").value("articles").title("Articles"));
        assertTrue(((String) shown.getData(MIMEType.IMAGE_PNG)).startsWith("iVBORw0KGgo"));
        assertEquals("Chart: Articles", shown.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void aComparisonIsShownAsItsTableCaptionedWithHowItWasMade() {
        Table articles = Table.create("articles", StringColumn.create("id", "d", "j"),
                StringColumn.create("period", "2021-12", "2022-01"), IntColumn.create("tokens", 100, 100));
        Table terms = Table.create("terms", StringColumn.create("id", "d", "j"), StringColumn.create("term", "nato", "nato"),
                IntColumn.create("count", 3, 1));
        Comparison keyness = Keyness.compare(ItemCounts.of(terms, "term"), articles, "period", "2021-12", "2022-01").run();
        String html = (String) renderer.render(keyness).getData(MIMEType.TEXT_HTML);
        assertTrue(html.contains("<table"), html);
        assertTrue(html.contains("term by period: a = 2021-12 (c = 100 tokens), b = 2022-01 (d = 100 tokens)"), html);
        assertTrue(html.contains(">nato<"), html);
    }

    @Test
    void tokensMentionsAndCountsAreShownExactlyAsTheirTables() {
        Table articles = Table.create("articles", StringColumn.create("id", "a"), StringColumn.create("period", "2022-01"),
                StringColumn.create("text", "Rusia menolak <sanksi>. Kata Lavrov."));
        Tokens tokens = Tokens.of(articles);
        Mentions mentions = Actors.standard().find(articles);
        ItemCounts counts = Terms.unigrams().perArticle(tokens);
        for (Object[] pair : new Object[][] {{tokens, tokens.table()}, {mentions, mentions.table()}, {counts, counts.table()}}) {
            DisplayData typed = renderer.render(pair[0]);
            DisplayData table = renderer.render(pair[1]);
            assertEquals(table.getData(MIMEType.TEXT_HTML), typed.getData(MIMEType.TEXT_HTML));
            assertEquals(table.getData(MIMEType.TEXT_PLAIN), typed.getData(MIMEType.TEXT_PLAIN));
        }
        String html = (String) renderer.render(tokens).getData(MIMEType.TEXT_HTML);
        assertTrue(html.contains("tokens (Indonesian stopwords and Snowball stems) · "), html);
        assertTrue(html.contains("&lt;") && !html.contains("<sanksi>"), "article text is escaped");
    }

    @Test
    void aFigureWithNothingToDrawIsItsOneLineNotAnImage() {
        DisplayData shown = renderer.render(Figure.nothing("no article mentions a person"));
        assertNull(shown.getData(MIMEType.IMAGE_PNG));
        assertTrue(((String) shown.getData(MIMEType.TEXT_HTML)).contains("no article mentions a person"));
        assertEquals("no article mentions a person", shown.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void aProgressBarIsHtmlAndText() {
        DisplayData shown = renderer.render(Progress.of("Loading articles", 4).cells(4).at(2));
        assertEquals("Loading articles ██░░ 2/4 (50%)", shown.getData(MIMEType.TEXT_PLAIN));
        assertTrue(((String) shown.getData(MIMEType.TEXT_HTML)).contains("width:50%"));
    }

    @Test
    void completionIndexingStopsOnThisJdkWithJShellOpenedAsTheKernelspecOpensIt() {
        // False would mean a JDK that moved JShell's pause: notebooks still run, only slower.
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            assertTrue(KabarExtension.stopCompletionIndexing(shell));
        }
    }

    @Test
    void theImportsNameEveryLibraryPackageAndTheNotebookNames() throws Exception {
        // Read from the sources, so a new stage cannot be left out; the command line and the
        // benchmarks are not for notebooks.
        List<String> packages;
        try (var dirs = Files.list(Path.of("src/main/java/org/kabar"))) {
            packages = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .filter(pkg -> !pkg.equals("cli") && !pkg.equals("bench")).sorted().toList();
        }
        assertTrue(packages.contains("count") && packages.contains("corpus"), packages.toString());
        for (String pkg : packages) {
            assertTrue(KabarExtension.IMPORTS.contains("import org.kabar." + pkg + ".*;"), pkg);
        }
        assertTrue(KabarExtension.IMPORTS.contains("import static org.kabar.notebook.KabarNotebook.*;"));
    }

    @Test
    void theProjectIsTheNearestFolderUpHoldingTheRunnerAndNotebooks(@TempDir Path dir) throws Exception {
        Path solutions = Files.createDirectories(dir.resolve("notebooks").resolve("solutions"));
        Files.writeString(dir.resolve("kabar"), "#!/usr/bin/env bash\n");
        assertEquals(dir, KabarNotebook.projectOf(solutions));
        assertEquals(dir, KabarNotebook.projectOf(dir.resolve("notebooks")));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere").resolve("deeper"));
        Files.delete(dir.resolve("kabar"));
        assertEquals(elsewhere.getParent(), KabarNotebook.projectOf(elsewhere), "no runner anywhere up: the parent folder");
    }
}
