package org.kabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabar.actors.ActorDictionary;
import org.kabar.text.InputException;
import tech.tablesaw.api.Table;

/**
 * The loader's input seam: a folder that is not on this machine's disk (here, in memory: no path
 * exists for it) is loaded through {@link Input} exactly as the same files on disk are, and the
 * rows of a table another reader parses ({@link CorpusLoader.TableRows}, how the Spark module
 * hands over Parquet rows) become what the same rows of a CSV export become.
 */
class InputsTest {

    private static final Path SEEDS = Path.of("..", "seeds");

    /** A file held in memory, under a name no disk has. */
    record MemoryInput(String name, byte[] bytes) implements Input {
        @Override
        public String location() {
            return "memory://corpus/" + name;
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public String notRead() {
            return null;
        }

        @Override
        public byte[] read() {
            return bytes.clone();
        }
    }

    private static List<Input> inMemory(Path folder) throws IOException {
        List<Input> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) inputs.add(new MemoryInput(file.getFileName().toString(), Files.readAllBytes(file)));
        }
        Collections.reverse(inputs); // the loader puts them in file order itself
        return inputs;
    }

    private static Corpus assemble(CorpusLoader loader, CorpusLoader.Inputs inputs) {
        List<Prepared<Void>> facts = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            for (Prepared<int[]> p : loader.prepare(inputs, i, article -> new int[] {3, 5})) {
                facts.add(p.result() == null ? p.withoutText(-1, -1) : p.withoutText(p.result()[0], p.result()[1]));
            }
        }
        return loader.assemble(inputs, facts).corpus();
    }

    @Test
    void aFolderInMemoryLoadsAsOnDisk() throws IOException {
        CorpusLoader loader = Corpus.loader();
        Corpus fromMemory = assemble(loader, loader.inputs("memory://corpus", inMemory(SEEDS)));
        Corpus fromDisk = assemble(loader, loader.inputs(SEEDS));
        assertEquals(5, fromMemory.articles().rowCount());
        assertEquals(fromDisk.articlesWithoutText().print(10_000), fromMemory.articlesWithoutText().print(10_000));
        assertEquals(fromDisk.loadReport().print(10_000), fromMemory.loadReport().print(10_000));
        assertEquals(fromDisk.metadataDisagreements().print(10_000), fromMemory.metadataDisagreements().print(10_000));
        // seeds/metadata.csv curates all five, read from memory: the report row says so.
        Table report = fromMemory.loadReport();
        assertEquals("curated metadata for 5 articles",
                report.where(report.stringColumn("file").isEqualTo("metadata.csv")).stringColumn("reason").get(0));
    }

    @Test
    void theFoldersDictionaryIsReadThroughTheSeam() throws IOException {
        CorpusLoader.Inputs inputs = Corpus.loader().inputs("memory://corpus", inMemory(SEEDS));
        assertEquals(ActorDictionary.forCorpus(SEEDS).table().print(10_000), ActorDictionary.forCorpus(inputs).table().print(10_000));
        List<Input> broken = new ArrayList<>(inMemory(SEEDS));
        broken.removeIf(i -> i.name().equals("actors.tsv"));
        broken.add(new MemoryInput("actors.tsv", "Nama Saja\tperson\n".getBytes(StandardCharsets.UTF_8)));
        InputException error = assertThrows(InputException.class,
                () -> ActorDictionary.forCorpus(Corpus.loader().inputs("memory://corpus", broken)));
        assertTrue(error.getMessage().startsWith("memory://corpus/actors.tsv:1: expected 4 or 5"), error.getMessage());
    }

    @Test
    void ignoredMetadataIsIgnoredHereToo() throws IOException {
        CorpusLoader loader = Corpus.loader().ignoreMetadata();
        Table report = assemble(loader, loader.inputs("memory://corpus", inMemory(SEEDS))).loadReport();
        // Not curated, metadata.csv is a CSV export like any other, and has no text column.
        assertEquals("no text column (columns: id, outlet, outlet_evidence, published, date_evidence, headline)",
                report.where(report.stringColumn("file").isEqualTo("metadata.csv")).stringColumn("reason").get(0));
    }

    private static final List<String> HEADER = List.of("id", "title", "publish_date", "media_name", "text", "section");
    private static final List<List<String>> ROWS = List.of(
            List.of("p1", "Perundingan di Jenewa", "2022-01-10T08:30:00Z", "Kompas TV",
                    "Wakil Menteri Luar Negeri AS bertemu Deputi Menlu Rusia di Jenewa pada Senin.", "dunia"),
            List.of("p2", "Tanpa teks", "2022-01-11", "MINA", "", "dunia"),
            List.of("", "Tanpa nomor", "2021-12-30", "SINDOnews",
                    "NATO dan Rusia berunding di Brussel; Ukraina menunggu hasilnya.", "=HYPERLINK(\"x\")"));

    @Test
    void rowsHandedOverBecomeWhatTheCsvRowsBecome(@TempDir Path folder) throws IOException {
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (List<String> row : ROWS) {
            csv.append(String.join(",", row.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList())).append('\n');
        }
        Files.writeString(folder.resolve("export.csv"), csv);
        Corpus fromCsv = Corpus.load(folder);

        CorpusLoader loader = Corpus.loader();
        CorpusLoader.Inputs inputs = loader.inputs("memory://corpus", List.of(new MemoryInput("export.parquet", new byte[1234])));
        assertTrue(inputs.isParquet(0));
        CorpusLoader.TableRows table = loader.tableRows(inputs, 0, HEADER);
        assertNull(table.skip());
        List<Prepared<Void>> rows = new ArrayList<>();
        for (int row = 1; row <= ROWS.size(); row++) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < HEADER.size(); c++) values.put(HEADER.get(c), ROWS.get(row - 1).get(c));
            Prepared<int[]> p = table.row(row, values, article -> null);
            rows.add(p.withoutText(fromCsvCount(fromCsv, p, "sentences"), fromCsvCount(fromCsv, p, "tokens")));
        }
        List<Prepared<Void>> inFileOrder = new ArrayList<>();
        inFileOrder.add(table.file(rows));
        inFileOrder.addAll(rows);
        Corpus fromRows = loader.assemble(inputs, inFileOrder).corpus();

        Table expected = fromCsv.articlesWithoutText();
        expected.stringColumn("file").set(expected.stringColumn("file").isNotMissing(), "export.parquet");
        assertEquals(expected.print(10_000), fromRows.articlesWithoutText().print(10_000));
        // Counted by hand: rows 1 and 3 are articles (row 3 without an id: the file's stem and its row number), row 2 has no text.
        assertEquals(List.of("export-3", "p1"), fromRows.articles().stringColumn("id").asList());
        Table report = fromRows.loadReport();
        assertEquals(List.of("export.parquet", "export.parquet:2"), report.stringColumn("file").asList());
        assertEquals("2 articles, 1 rows rejected; fields: id ← id, text ← text, headline ← title, published ← publish_date, "
                + "outlet ← media_name; kept: section", report.stringColumn("reason").get(0));
        assertEquals(1234L, report.longColumn("bytes").get(0));
        assertEquals("no text in column \"text\"", report.stringColumn("reason").get(1));
        assertEquals(fromCsv.loadReport().stringColumn("reason").get(0), report.stringColumn("reason").get(0));
    }

    /** The CSV route's count for the same article, so that the tables compare whole (the counts are not under test). */
    private static int fromCsvCount(Corpus fromCsv, Prepared<?> row, String column) {
        if (row.article() == null) return -1;
        Table articles = fromCsv.articles();
        return articles.where(articles.stringColumn("id").isEqualTo(row.id())).intColumn(column).get(0);
    }

    @Test
    void aTableWithoutTextIsSkippedWithItsColumns() {
        CorpusLoader loader = Corpus.loader();
        CorpusLoader.Inputs inputs = loader.inputs("memory://corpus", List.of(new MemoryInput("x.parquet", new byte[10])));
        CorpusLoader.TableRows table = loader.tableRows(inputs, 0, List.of("judul", "tanggal"));
        assertEquals("no text column (columns: judul, tanggal)", table.skip());
        Prepared<Void> file = table.file(List.of());
        assertEquals("no text column (columns: judul, tanggal)", file.skip());
    }

    @Test
    void oneMachineSkipsParquetNamingTheSparkRoute(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("a.txt"), "Rusia dan NATO berunding di Brussel pada Rabu (12/1/2022).\n");
        Files.write(folder.resolve("export.parquet"), new byte[] {'P', 'A', 'R', '1'});
        Table report = Corpus.load(folder).loadReport();
        Table parquet = report.where(report.stringColumn("file").isEqualTo("export.parquet"));
        assertEquals(Corpus.SKIPPED, parquet.stringColumn("status").get(0));
        assertEquals("a Parquet export: ./kabar spark reads it (the loader on one machine has no Parquet reader)",
                parquet.stringColumn("reason").get(0));
    }
}
