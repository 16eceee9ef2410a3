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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis outputs of {@code analyze} (issue 4) and the options that change them. */
class AnalyzeTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    /** The actors.csv row count of one article and actor, e.g. "001_033e7a7d67a195c4,Russia". */
    private static int mentions(Path out, String idAndActor) throws IOException {
        return lines(out.resolve("actors.csv")).stream().filter(line -> line.startsWith(idAndActor + ","))
                .mapToInt(line -> Integer.parseInt(line.substring(line.lastIndexOf(',') + 1))).sum();
    }

    @Test
    void writesTheAnalysisTablesWithHeaders(@TempDir Path out) throws IOException {
        assertEquals(Main.OK, run("analyze", "../seeds", "--out", out.toString()));
        assertEquals("id,period,actor,type,sentence,position,start,end,surface", lines(out.resolve("mentions.csv")).get(0));
        assertEquals("id,actor,type,mentions", lines(out.resolve("actors.csv")).get(0));
        assertEquals("id,period,term,surface,count", lines(out.resolve("terms.csv")).get(0));
        assertEquals("id,period,term,surface,count", lines(out.resolve("bigrams.csv")).get(0));
        assertEquals(String.join(",", Analysis.KEYNESS_COLUMNS), lines(out.resolve("keyness.csv")).get(0));
        assertTrue(lines(out.resolve("keyness.csv")).get(1).endsWith(",2-term (Rayson & Garside 2000)"));
        assertEquals("id,period,sentence,speaker,kind,verb,resolved_by,quote", lines(out.resolve("quotes.csv")).get(0));
        assertEquals("id,period,source,origin,cue,evidence", lines(out.resolve("sources.csv")).get(0));
    }

    @Test
    void writesThePeopleFoundWithoutADictionary(@TempDir Path dir) throws IOException {
        // An invented story no file of the library mentions: one person named three ways, and one
        // actor of the standard dictionary (actors.csv cannot be written without one yet).
        Path folder = Files.createDirectories(dir.resolve("story"));
        Files.writeString(folder.resolve("001.txt"), "Warga Sukamaju Menunggu Jembatan Baru\n"
                + "Bupati Sukamaju Darsono Hadi meninjau jembatan yang putus di Sukamaju, Senin (4/3/2024).\n"
                + "\"Pekan depan dibangun,\" kata Darsono.\n"
                + "Menurut Hadi, dana dari Bank Dunia sudah tersedia.\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        assertEquals(Main.OK, run("analyze", folder.toString(), "--out", out.toString()));
        List<String> people = lines(out.resolve("people.csv"));
        assertEquals("actor,type,source,mentions,articles,evidence,forms,note", people.get(0));
        assertEquals("Darsono Hadi,person,found,3,1,\"reporting verb 2; title, reporting verb 1\",Darsono 1; Darsono Hadi 1; Hadi 1,", people.get(1));
        assertEquals("World Bank,organisation,dictionary,1,1,dictionary 1,Bank Dunia 1,", people.get(2));
        assertEquals("id,period,actor,type,source,evidence,part,sentence,position,start,end,surface",
                lines(out.resolve("people_mentions.csv")).get(0));
    }

    @Test
    void metonymsAddTheKompasTvMoskowMentionsToRussia(@TempDir Path out) throws IOException {
        // 001 names "Rusia" 12 times outside titles (read: sentences 1-5, 7, 12, 13) and writes
        // "Moskow" three times: "menghantam Moskow", "termasuk Moskow, Washington", "Moskow, yang mengejutkan".
        run("analyze", "../seeds", "--out", out.resolve("strict").toString());
        run("analyze", "../seeds", "--out", out.resolve("metonyms").toString(), "--metonyms");
        assertEquals(12, mentions(out.resolve("strict"), "001_033e7a7d67a195c4,Russia"));
        assertEquals(15, mentions(out.resolve("metonyms"), "001_033e7a7d67a195c4,Russia"));
    }

    @Test
    void theG2FormAndStemmingAreChoices(@TempDir Path out) throws IOException {
        run("analyze", "../seeds", "--out", out.toString(), "--g2", "four-term", "--stemmed");
        assertTrue(lines(out.resolve("keyness.csv")).get(1).endsWith(",4-term (Dunning 1993)"));
        // Stemmed: "pembicaraan" counts under its stem "bicara" (the term column), shown by its surface form.
        List<String> terms = lines(out.resolve("terms.csv")).stream().map(line -> line.split(",")[2]).toList();
        assertTrue(terms.contains("bicara"));
        assertTrue(!terms.contains("pembicaraan"));
    }

    @Test
    void sastrawiRootsAndExtraRootWordsAreChoices(@TempDir Path out) throws IOException {
        // Sastrawi: "perunding" and "perundingan" count under runding (Snowball: "unding").
        assertEquals(Main.OK, run("analyze", "../seeds", "--out", out.resolve("sastrawi").toString(), "--root", "sastrawi"));
        List<String> terms = lines(out.resolve("sastrawi").resolve("terms.csv")).stream().map(line -> line.split(",")[2]).toList();
        assertTrue(terms.contains("runding") && !terms.contains("unding") && !terms.contains("perundingan"));
        // Listed as a root word, "perundingan" is never stripped.
        Path words = out.resolve("roots.txt");
        Files.writeString(words, "perundingan\n", StandardCharsets.UTF_8);
        assertEquals(Main.OK, run("analyze", "../seeds", "--out", out.resolve("listed").toString(), "--root", "sastrawi",
                "--root-words", words.toString()));
        terms = lines(out.resolve("listed").resolve("terms.csv")).stream().map(line -> line.split(",")[2]).toList();
        assertTrue(terms.contains("perundingan"));
    }

    @Test
    void aBadRootChoiceIsAUsageErrorAndABadWordFileUnusableInput(@TempDir Path out) throws IOException {
        assertEquals(Main.USAGE, run("analyze", "../seeds", "--out", out.toString(), "--root", "porter"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("kabar: --root is none, snowball or sastrawi, not porter; "));
        err.reset();
        Path words = out.resolve("roots.txt");
        Files.writeString(words, "runding\ntanda tangan\n", StandardCharsets.UTF_8);
        assertEquals(Main.UNUSABLE_INPUT, run("analyze", "../seeds", "--out", out.toString(), "--root", "sastrawi",
                "--root-words", words.toString()));
        assertEquals("kabar: " + words + ":2: one root word a line, without spaces: \"tanda tangan\""
                + System.lineSeparator(), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aBadLineInTheFoldersOwnFilesIsOneLineOfUnusableInput(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(folder.resolve("a.txt"), "Rusia dan NATO bertemu di Jenewa pada Senin.\n", StandardCharsets.UTF_8);
        Path actors = Files.writeString(folder.resolve("actors.tsv"), "# cast\nNATO\talliance\tpakta\tNATO\n",
                StandardCharsets.UTF_8);
        assertEquals(Main.UNUSABLE_INPUT, run("analyze", folder.toString(), "--out", dir.resolve("out").toString()));
        // The article itself loads with a warning (no outlet, no date); the bad line ends the run.
        assertEquals("kabar: " + actors + ":2: unknown type 'alliance' (expected person, country, organisation or place)",
                lastLineOfErr());
        err.reset();
        Files.delete(actors);
        Path metadata = Files.writeString(folder.resolve("metadata.csv"),
                "id,outlet,outlet_evidence,published,date_evidence,headline\na,X,,2022-02-30,,\n", StandardCharsets.UTF_8);
        assertEquals(Main.UNUSABLE_INPUT, run("analyze", folder.toString(), "--out", dir.resolve("out").toString()));
        assertEquals("kabar: " + metadata + ":2: published \"2022-02-30\" is not a yyyy-MM-dd date"
                + System.lineSeparator(), err.toString(StandardCharsets.UTF_8));
    }

    private String lastLineOfErr() {
        String[] lines = err.toString(StandardCharsets.UTF_8).split(System.lineSeparator());
        return lines[lines.length - 1];
    }

    @Test
    void aComparisonOfAbsentPeriodsLeavesKeynessEmptyWithAWarning(@TempDir Path out) throws IOException {
        assertEquals(Main.OK, run("analyze", "../seeds", "--out", out.toString(), "--compare", "2020-01,2022-01"));
        assertEquals(List.of(String.join(",", Analysis.KEYNESS_COLUMNS)), lines(out.resolve("keyness.csv")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("kabar: warning: keyness.csv is empty: the periods to "
                + "compare are 2020-01 and 2022-01, but the corpus has articles in [2021-12, 2022-01]"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void periodsByQuarterPutTheSeedsInTwoQuartersComparedByDefault(@TempDir Path out) throws IOException {
        assertEquals(Main.OK, run("analyze", "../seeds", "--out", out.toString(), "--period", "quarter"));
        List<String> periods = tech.tablesaw.api.Table.read().csv(out.resolve("articles.csv").toString())
                .stringColumn("period").asList().stream().sorted().toList();
        // three December 2021 articles (Q4), two January 2022 ones (Q1)
        assertEquals(List.of("2021-Q4", "2021-Q4", "2021-Q4", "2022-Q1", "2022-Q1"), periods);
        assertTrue(lines(out.resolve("keyness.csv")).size() > 1);
    }

    @Test
    void anUnknownPeriodUnitIsAUsageError() {
        assertEquals(Main.USAGE, run("analyze", "../seeds", "--out", "x", "--period", "year"));
        assertEquals("kabar: unknown period 'year' (expected week, month, quarter); " + Main.USAGE_LINE
                + System.lineSeparator(), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badOptionsAreUsageErrorsWithTheReason() {
        assertEquals(Main.USAGE, run("analyze", "../seeds", "--out", "x", "--g2", "three-term"));
        assertEquals("kabar: --g2 is two-term or four-term, not three-term; " + Main.USAGE_LINE + System.lineSeparator(),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void columnOptionsNameTheColumnsOfAnExportAndKeptColumnsAreWritten(@TempDir Path dir) throws IOException {
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("export.csv"), "kode,isi,judul,tgl,rubrik\n"
                + "k1,\"Jakarta (ANTARA) - Menteri itu mengatakan bahwa dialog berlanjut.\",Dialog NATO dan Rusia Berlanjut,"
                + "2022-01-12,Dunia\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        assertEquals(Main.OK, run("analyze", corpus.toString(), "--out", out.toString(), "--text-column", "isi",
                "--title-column", "judul", "--date-column", "tgl", "--id-column", "kode"));
        assertEquals(List.of("id,file,outlet,headline,published,period,sentences,tokens,date_evidence,language,rubrik",
                "k1,export.csv,Antara,Dialog NATO dan Rusia Berlanjut,2022-01-12,2022-01,1,8,"
                        + "column \"tgl\": 2022-01-12,id,Dunia"), lines(out.resolve("articles.csv")));
    }

    @Test
    void textCellsThatWouldRunAsFormulasAreNeutralised(@TempDir Path dir) throws IOException {
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "=HYPERLINK(\"http://example.com\") Judul Artikel Ini\n\n"
                + "Jakarta (ANTARA) - Menteri itu mengatakan pada Rabu (12/1/2022) bahwa dialog berlanjut.\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        assertEquals(Main.OK, run("analyze", corpus.toString(), "--out", out.toString()));
        // Tablesaw quotes a cell only when it holds a comma or a line break.
        assertEquals("a,a.txt,Antara,'=HYPERLINK(\"http://example.com\") Judul Artikel Ini,2022-01-12,2022-01,1,11,"
                + "Jakarta (ANTARA) - Menteri itu mengatakan pada Rabu (12/1/2022) bahwa dialog berlanjut.,id",
                lines(out.resolve("articles.csv")).get(1));
    }
}
