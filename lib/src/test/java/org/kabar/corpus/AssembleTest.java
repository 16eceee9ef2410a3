package org.kabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * {@link CorpusLoader#prepare} input by input, without the texts, then {@link CorpusLoader#assemble}
 * in file order: the tables {@link CorpusLoader#load} makes, as a route that spreads the inputs
 * over machines needs them.
 */
class AssembleTest {

    private static final Path SEEDS = Path.of("..", "seeds");
    private static final Path BBM = Path.of("..", "tests", "corpora", "bbm-2022", "articles");

    private static void assertSameTables(Path folder) {
        CorpusLoader loader = Corpus.loader();
        CorpusLoader.Inputs inputs = loader.inputs(folder);
        List<Prepared<Void>> facts = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            for (Prepared<int[]> p : loader.prepare(inputs, i, article -> new int[] {7, 11})) {
                facts.add(p.result() == null ? p.withoutText(-1, -1) : p.withoutText(p.result()[0], p.result()[1]));
            }
        }
        Corpus assembled = loader.assemble(inputs, facts).corpus();
        Corpus loaded = Corpus.load(folder);
        Table expected = loaded.articlesWithoutText();
        expected.intColumn("sentences").set(expected.intColumn("sentences").isNotMissing(), 7);
        expected.intColumn("tokens").set(expected.intColumn("tokens").isNotMissing(), 11);
        assertEquals(expected.print(10_000), assembled.articlesWithoutText().print(10_000));
        assertEquals(loaded.loadReport().print(10_000), assembled.loadReport().print(10_000));
        assertEquals(loaded.metadataDisagreements().print(10_000), assembled.metadataDisagreements().print(10_000));
    }

    @Test
    void seedsAsLoaded() {
        assertSameTables(SEEDS);
    }

    @Test
    void aTestCorpusWithYearlessDatesAsLoaded() {
        assertSameTables(BBM);
    }

    @Test
    void duplicatesAndTableRowsAsLoaded(@TempDir Path folder) throws Exception {
        Files.copy(SEEDS.resolve("000_5846704a53bdb84e.txt"), folder.resolve("a.txt"));
        Files.copy(SEEDS.resolve("000_5846704a53bdb84e.txt"), folder.resolve("b.txt"));
        Files.writeString(folder.resolve("rows.csv"), "id,text\na,Rusia bertemu AS.\nr2,\nr3,Ukraina menolak.\n");
        assertSameTables(folder);
    }
}
