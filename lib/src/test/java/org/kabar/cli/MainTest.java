package org.kabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    @Test
    void analyzeWritesTheCsvFilesWithHeaders(@TempDir Path out) throws IOException {
        assertEquals(Main.OK, run("analyze", "../seeds", "--out", out.toString()));
        List<String> articles = lines(out.resolve("articles.csv"));
        assertEquals("id,file,outlet,headline,published,period,sentences,tokens,date_evidence,language", articles.get(0));
        assertEquals(6, articles.size());
        assertTrue(articles.get(4).startsWith("003_8f6edb80083b182d,003_8f6edb80083b182d.txt,SINDOnews,"
                + "AS-Rusia Duduk Satu Meja di Titik Kritis Krisis Ukraina,2022-01-21,2022-01,"), articles.get(4));
        assertEquals("file,id,status,reason,bytes", lines(out.resolve("load_report.csv")).get(0));
        try (Stream<Path> seedFiles = Files.list(Path.of("../seeds"))) {
            assertEquals(1 + seedFiles.count(), lines(out.resolve("load_report.csv")).size());
        }
        assertEquals("id,line_no,line,rule", lines(out.resolve("removed.csv")).get(0));
        assertEquals(List.of("id,field,inferred,curated", "004_e868b1205f427ac5,outlet,unknown,Medcom.id"),
                lines(out.resolve("metadata_disagreements.csv")));
    }

    @Test
    void warningsGoToStderr(@TempDir Path out) {
        run("analyze", "../seeds", "--out", out.toString());
        List<String> warnings = stderr().lines().toList();
        assertTrue(warnings.contains("kabar: warning: 004_e868b1205f427ac5.txt: loaded with warnings: inferred outlet "
                + "\"unknown\" differs from curated \"Medcom.id\""), stderr());
        assertTrue(warnings.stream().allMatch(line -> line.startsWith("kabar: warning: ")), stderr());
    }

    @Test
    void missingFolderFailsWithOneLine(@TempDir Path out) {
        assertEquals(Main.UNUSABLE_INPUT, run("analyze", "no/such/folder", "--out", out.toString()));
        assertEquals("kabar: no/such/folder: no such folder" + System.lineSeparator(), stderr());
    }

    @Test
    void folderWithoutArticlesFailsWithOneLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("readme.md"), "# not an article");
        assertEquals(Main.UNUSABLE_INPUT, run("analyze", dir.toString(), "--out", dir.resolve("out").toString()));
        assertEquals("kabar: " + dir + ": no articles to load (1 files seen: readme.md not an article file "
                + "(.txt, .csv, .tsv, .jsonl, .ndjson, .json, .html, .htm, each also gzipped))"
                + System.lineSeparator(), stderr());
    }

    @Test
    void malformedCommandPrintsUsage() {
        assertEquals(Main.USAGE, run("analyze", "../seeds"));
        assertEquals(Main.USAGE_LINE + System.lineSeparator(), stderr());
    }

    @Test
    void unknownCommandIsNamed() {
        assertEquals(Main.USAGE, run("summarise"));
        assertEquals("kabar: unknown command \"summarise\"; " + Main.USAGE_LINE + System.lineSeparator(), stderr());
    }

    @Test
    void aTerminalGetsAProgressBarRedrawnInPlace(@TempDir Path out) throws IOException {
        long files;
        try (Stream<Path> seedFiles = Files.list(Path.of("../seeds"))) {
            files = seedFiles.filter(file -> file.toString().endsWith(".txt")).count();
        }
        assertEquals(Main.OK, Main.run(new String[] {"analyze", "../seeds", "--out", out.toString()},
                new PrintStream(this.out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                true));
        assertTrue(stderr().startsWith("\rLoading ../seeds ░"), stderr());
        assertTrue(stderr().contains("\rLoading ../seeds ████████████████████ " + files + "/" + files + " (100%)" + System.lineSeparator()), stderr());
    }

    @Test
    void noProgressKeepsATerminalQuiet(@TempDir Path out) {
        assertEquals(Main.OK, Main.run(new String[] {"analyze", "../seeds", "--out", out.toString(), "--no-progress"},
                new PrintStream(this.out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                true));
        assertTrue(!stderr().contains("\r"), stderr());
    }
}
