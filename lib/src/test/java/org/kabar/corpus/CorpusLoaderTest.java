package org.kabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabar.text.InputException;
import org.kabar.text.Whitespace;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

class CorpusLoaderTest {

    /** The key is the digest of the text stripped and with runs of white space made one space, read in place. */
    @Test
    void textKeyIsTheDigestOfTheStrippedCollapsedText() throws Exception {
        String[] pieces = {"a", "Z", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\u00A0", "\u2003", "\u001C", "é", "’", "𝐀", "\uD835", "."};
        Random random = new Random(7);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(n < 1000 ? 12 : 3000);   // long texts cross the digest's chunks
            for (int i = 0; i < length; i++) text.append(pieces[random.nextInt(pieces.length)]);
            // Each char as two bytes, a lone surrogate too (an encoder would replace it).
            String same = Whitespace.collapseSpaces(text.toString().strip());
            ByteBuffer bytes = ByteBuffer.allocate(2 * same.length());
            same.chars().forEach(c -> bytes.putChar((char) c));
            String expected = new String(sha.digest(bytes.array()), 0, 16, StandardCharsets.ISO_8859_1);
            assertEquals(expected, CorpusLoader.textKey(text.toString()), text.toString());
        }
        assertEquals(CorpusLoader.textKey(" Dua  kata\n"), CorpusLoader.textKey("Dua kata"));
        assertFalse(CorpusLoader.textKey("Dua kata").equals(CorpusLoader.textKey("Dua kata.")));
    }

    private static final String ARTICLE = "Rusia dan NATO Bertemu\n\n"
            + "Jakarta (ANTARA) - Menteri itu mengatakan pada Rabu (12/1/2022) bahwa dialog berlanjut.\n";

    @TempDir
    Path folder;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path writeBytes(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    private static Row reportRow(Corpus corpus, String file) {
        Table report = corpus.loadReport();
        for (Row row : report) {
            if (row.getString("file").equals(file)) return row;
        }
        throw new AssertionError(file + " missing from the load report:\n" + report.print());
    }

    private static void assertReported(Corpus corpus, String file, String status, String reason) {
        Row row = reportRow(corpus, file);
        assertEquals(status, row.getString("status"), file);
        assertEquals(reason, row.getString("reason"), file);
    }

    @Test
    void progressCountsArticleFilesOnly() throws IOException {
        write("a.txt", ARTICLE);
        write("b.txt", ARTICLE.replace("Rabu", "Kamis").replace("12/1", "13/1"));
        write("metadata.csv", "id,outlet,outlet_evidence,published,date_evidence,headline\n");
        write("actors.tsv", "# none\n");
        write("events.csv", "date,label,description\n");
        write("README.md", "# notes");
        List<String> seen = new java.util.ArrayList<>();
        Corpus.loader().progress((done, total) -> seen.add(done + "/" + total)).load(folder);
        assertEquals(List.of("0/2", "1/2", "2/2"), seen);
    }

    @Test
    void storyFilesBesideTheArticlesAreNamedInTheReport() throws IOException {
        write("a.txt", ARTICLE);
        write("actors.tsv", "# none\n");
        write("events.csv", "date,label,description\n");
        Corpus corpus = Corpus.load(folder);
        assertReported(corpus, "actors.tsv", Corpus.LOADED, "story data: the actor dictionary (read by Actors.forCorpus)");
        assertReported(corpus, "events.csv", Corpus.LOADED, "story data: the events (read by the timeline)");
    }

    @Test
    void periodsByWeekMonthOrQuarter() throws IOException {
        write("a.txt", ARTICLE);   // reported on Wednesday 12 January 2022
        assertEquals("2022-01", Corpus.load(folder).articles().stringColumn("period").get(0));
        assertEquals("2022-W02", Corpus.loader().periods(PeriodUnit.WEEK).load(folder).articles().stringColumn("period").get(0));
        assertEquals("2022-Q1", Corpus.loader().periods(PeriodUnit.QUARTER).load(folder).articles().stringColumn("period").get(0));
    }

    @Test
    void everyFileSeenHasOneReportRow() throws IOException {
        write("a.txt", ARTICLE);
        write("b.txt", "  \n\t\n");
        write("notes.md", "# notes");
        Files.createDirectory(folder.resolve("old"));
        Files.writeString(folder.resolve("old/c.txt"), ARTICLE.replace("Rabu", "Rabu pagi"));
        Files.createDirectory(folder.resolve("empty"));
        Corpus corpus = Corpus.load(folder);
        assertEquals(4, corpus.loadReport().rowCount());
        assertEquals(List.of("a.txt", "b.txt", "notes.md", "old/c.txt"), corpus.loadReport().stringColumn("file").asList());
        assertReported(corpus, "a.txt", Corpus.LOADED, "");
        assertReported(corpus, "notes.md", Corpus.SKIPPED,
                "not an article file (.txt, .csv, .tsv, .jsonl, .ndjson, .json, .html, .htm, each also gzipped)");
        assertReported(corpus, "old/c.txt", Corpus.LOADED, "");
        assertEquals(List.of("a", "old/c"), corpus.articles().stringColumn("id").asList());
        assertEquals(List.of("", "old"), corpus.articles().stringColumn("folder").asList());
    }

    @Test
    void emptyAndWhitespaceOnlyFilesAreSkipped() throws IOException {
        write("a.txt", ARTICLE);
        write("empty.txt", "");
        write("spaces.txt", " \n\u00A0\r\n\t");
        Corpus corpus = Corpus.load(folder);
        assertReported(corpus, "empty.txt", Corpus.SKIPPED, "empty file");
        assertReported(corpus, "spaces.txt", Corpus.SKIPPED, "only whitespace");
        assertEquals(1, corpus.articles().rowCount());
    }

    @Test
    void binaryFileIsSkipped() throws IOException {
        write("a.txt", ARTICLE);
        writeBytes("photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertReported(Corpus.load(folder), "photo.txt", Corpus.SKIPPED, "binary file (contains NUL bytes)");
    }

    @Test
    void windows1252TextIsDecodedAndFlagged() throws IOException {
        // "Café" with é as the single byte 0xE9, and curly quotes 0x93/0x94: Windows-1252, not UTF-8.
        byte[] bytes = "Kafe \u0093Café\u0094 di Jakarta ramai.\n".getBytes(StandardCharsets.ISO_8859_1);
        writeBytes("cafe.txt", bytes);
        Corpus corpus = Corpus.load(folder);
        assertEquals("Kafe “Café” di Jakarta ramai.", corpus.articles().stringColumn("text").get(0));
        assertEquals(Corpus.LOADED_WITH_WARNINGS, reportRow(corpus, "cafe.txt").getString("status"));
        assertTrue(reportRow(corpus, "cafe.txt").getString("reason").startsWith("not UTF-8; read as Windows-1252"));
    }

    @Test
    void replacementCharacterWrittenInUtf8IsKeptAsUtf8() throws IOException {
        writeBytes("fffd.txt", "Data \uFFFD hilang di Jakarta.\n".getBytes(StandardCharsets.UTF_8));
        Corpus corpus = Corpus.load(folder);
        assertEquals("Data \uFFFD hilang di Jakarta.", corpus.articles().stringColumn("text").get(0));
        assertFalse(reportRow(corpus, "fffd.txt").getString("reason").contains("Windows-1252"));
    }

    @Test
    void textNeitherUtf8NorWindows1252IsSkipped() throws IOException {
        write("a.txt", ARTICLE);
        // 0x81 is not valid UTF-8 on its own and has no character in Windows-1252.
        writeBytes("odd.txt", new byte[] {'a', 'b', (byte) 0x81, 'c', '\n'});
        assertReported(Corpus.load(folder), "odd.txt", Corpus.SKIPPED, "neither UTF-8 nor Windows-1252 text");
    }

    @Test
    void byteOrderMarkIsRemovedAndNoted() throws IOException {
        byte[] text = ARTICLE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        writeBytes("bom.txt", withBom);
        Corpus corpus = Corpus.load(folder);
        assertEquals("Rusia dan NATO Bertemu", corpus.articles().stringColumn("headline").get(0));
        assertReported(corpus, "bom.txt", Corpus.LOADED, "UTF-8 byte-order mark removed");
    }

    @Test
    void crlfAndLoneCrLineEndsReadAsLineEnds() throws IOException {
        write("crlf.txt", ARTICLE.replace("\n", "\r\n"));
        write("cr.txt", ARTICLE.replace("\n", "\r").replace("Rusia dan", "Rusia serta"));
        Corpus corpus = Corpus.load(folder);
        assertEquals(List.of("Rusia serta NATO Bertemu", "Rusia dan NATO Bertemu"),
                corpus.articles().stringColumn("headline").asList());
        assertEquals(List.of(LocalDate.of(2022, 1, 12), LocalDate.of(2022, 1, 12)),
                corpus.articles().dateColumn("published").asList());
        assertReported(corpus, "crlf.txt", Corpus.LOADED, "CRLF line ends read as LF");
        assertReported(corpus, "cr.txt", Corpus.LOADED, "CR line ends read as LF");
    }

    @Test
    void secondCopyOfAnArticleIsSkippedAndTheFirstFlagged() throws IOException {
        write("a.txt", ARTICLE);
        write("b.txt", ARTICLE.replace("\n", "\r\n") + "\n\n");
        Corpus corpus = Corpus.load(folder);
        assertEquals(List.of("a"), corpus.articles().stringColumn("id").asList());
        assertReported(corpus, "a.txt", Corpus.LOADED_WITH_WARNINGS,
                "same text also in b.txt (kept here once)");
        assertReported(corpus, "b.txt", Corpus.SKIPPED, "same text as a.txt (kept there)");
    }

    @Test
    void fileOverTheSizeLimitIsSkippedWithTheLimitStated() throws IOException {
        write("a.txt", ARTICLE);
        write("big.txt", "x".repeat(300) + "\n");
        Corpus corpus = Corpus.loader().maxBytes(200).load(folder);
        assertReported(corpus, "big.txt", Corpus.SKIPPED, "larger than the 200-byte size limit (301 bytes)");
    }

    @Test
    void missingFolderIsAnError() {
        Path missing = folder.resolve("nowhere");
        InputException e = assertThrows(InputException.class, () -> Corpus.load(missing));
        assertEquals(missing + ": no such folder", e.getMessage());
    }

    @Test
    void folderWithoutArticlesIsAnErrorNotAnEmptyTable() throws IOException {
        write("notes.md", "# notes");
        write("empty.txt", "");
        InputException e = assertThrows(InputException.class, () -> Corpus.load(folder));
        assertEquals(folder + ": no articles to load (2 files seen: empty.txt empty file; notes.md "
                + "not an article file (.txt, .csv, .tsv, .jsonl, .ndjson, .json, .html, .htm, each also gzipped))",
                e.getMessage());
    }

    @Test
    void emptyFolderIsAnError() {
        InputException e = assertThrows(InputException.class, () -> Corpus.load(folder));
        assertEquals(folder + ": no articles to load (0 files seen)", e.getMessage());
    }

    @Test
    void listedFilesLoadAndAMissingOneIsAnError() throws IOException {
        Path a = write("a.txt", ARTICLE);
        assertEquals(1, Corpus.loader().load(List.of(a)).articles().rowCount());
        Path missing = folder.resolve("missing.txt");
        InputException e = assertThrows(InputException.class, () -> Corpus.loader().load(List.of(a, missing)));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    @Test
    void curatedMetadataOverridesInferenceAndDisagreementsAreReported() throws IOException {
        write("a.txt", ARTICLE);
        write("metadata.csv", "id,outlet,outlet_evidence,published,date_evidence,headline\n"
                + "a,Kabar Kampus,\"footer, page 2\",2022-01-13,the editor says so,Rusia dan NATO Bertemu\n");
        Corpus corpus = Corpus.load(folder);
        Row article = corpus.articles().row(0);
        assertEquals("Kabar Kampus", article.getString("outlet"));
        assertEquals("footer, page 2", article.getString("outlet_evidence"));
        assertEquals(LocalDate.of(2022, 1, 13), article.getDate("published"));
        assertEquals("curated", article.getString("date_basis"));
        Table disagreements = corpus.metadataDisagreements();
        assertEquals(List.of("outlet", "published"), disagreements.stringColumn("field").asList());
        assertEquals(List.of("Antara", "2022-01-12"), disagreements.stringColumn("inferred").asList());
        assertEquals(List.of("Kabar Kampus", "2022-01-13"), disagreements.stringColumn("curated").asList());
        assertReported(corpus, "metadata.csv", Corpus.LOADED, "curated metadata for 1 articles");
        assertEquals(Corpus.LOADED_WITH_WARNINGS, reportRow(corpus, "a.txt").getString("status"));
    }

    @Test
    void curatedRowForAMissingArticleIsAWarning() throws IOException {
        write("a.txt", ARTICLE);
        write("metadata.csv", "id,outlet,outlet_evidence,published,date_evidence,headline\nzz,X,,,,\n");
        assertReported(Corpus.load(folder), "metadata.csv", Corpus.LOADED_WITH_WARNINGS,
                "curated metadata for 1 articles; curated ids with no article: zz");
    }

    @Test
    void curatedDateThatIsNotADateNamesFileAndRow() throws IOException {
        write("a.txt", ARTICLE);
        Path csv = write("metadata.csv", "id,outlet,outlet_evidence,published,date_evidence,headline\na,X,,12/01/2022,,\n");
        InputException e = assertThrows(InputException.class, () -> Corpus.load(folder));
        assertEquals(csv + ":2: published \"12/01/2022\" is not a yyyy-MM-dd date", e.getMessage());
    }

    @Test
    void aBadCuratedLineIsNamedByTheLineItStartsOnAfterAHeadlineOfTwoLines() throws IOException {
        write("a.txt", ARTICLE);
        write("b.txt", ARTICLE);
        // Line 1 the header, lines 2-3 one record (a quoted headline with a line break), line 4 the bad one.
        Path csv = write("metadata.csv", "id,outlet,outlet_evidence,published,date_evidence,headline\n"
                + "a,X,,2022-01-12,,\"Rusia dan\nNATO\"\nb,X,,2022-13-01,,\n");
        InputException e = assertThrows(InputException.class, () -> Corpus.load(folder));
        assertEquals(csv + ":4: published \"2022-13-01\" is not a yyyy-MM-dd date", e.getMessage());
        assertEquals(4, e.line());
        assertEquals(csv.toString(), e.file());
    }

    @Test
    void aCuratedLineWithTooFewFieldsIsNamed() throws IOException {
        write("a.txt", ARTICLE);
        Path csv = write("metadata.csv", "id,outlet,outlet_evidence,published,date_evidence,headline\na,X,,2022-01-12\n");
        InputException e = assertThrows(InputException.class, () -> Corpus.load(folder));
        assertEquals(csv + ":2: 6 fields expected (as in the header), 4 found", e.getMessage());
    }

    @Test
    void curatedFileWithoutAColumnNamesTheColumn() throws IOException {
        write("a.txt", ARTICLE);
        Path csv = write("metadata.csv", "id,outlet,published\na,X,2022-01-12\n");
        InputException e = assertThrows(InputException.class, () -> Corpus.load(folder));
        assertEquals(csv + ":1: missing column \"outlet_evidence\" (expected id,outlet,outlet_evidence,published,"
                + "date_evidence,headline)", e.getMessage());
    }

    @Test
    void ignoringMetadataShowsInferenceAlone() throws IOException {
        write("a.txt", ARTICLE);
        write("metadata.csv", "id,outlet,outlet_evidence,published,date_evidence,headline\na,X,,2020-01-01,,\n");
        Corpus corpus = Corpus.loader().ignoreMetadata().load(folder);
        assertEquals(LocalDate.of(2022, 1, 12), corpus.articles().dateColumn("published").get(0));
        assertReported(corpus, "metadata.csv", Corpus.SKIPPED,
                "no text column (columns: id, outlet, outlet_evidence, published, date_evidence, headline)");
    }

    @Test
    void usersOwnRulesAndSignaturesReplaceTheShippedOnes() throws IOException {
        write("a.txt", "Kampus Baru Dibuka\n\nRektor mengatakan gedung itu siap.\nSimpan artikel ini\n-- kabarkampus.id\n");
        Path rules = write("rules.cfg", "bookmark\t^Simpan artikel ini$\n");
        Path outlets = write("outlets.cfg", "Kabar Kampus\tkabarkampus\\.id\n");
        Corpus corpus = Corpus.loader().cleaner(Cleaner.load(rules)).outlets(OutletSignatures.load(outlets))
                .load(List.of(folder.resolve("a.txt")));
        assertEquals("Kabar Kampus", corpus.articles().stringColumn("outlet").get(0));
        assertEquals("Rektor mengatakan gedung itu siap.\n-- kabarkampus.id", corpus.articles().stringColumn("text").get(0));
        assertEquals(List.of("bookmark"), corpus.removed().stringColumn("rule").asList());
    }

    private static final String ENGLISH = "Schools Close as River Rises\n\n"
            + "JAKARTA (ANTARA) - The governor said on Wednesday, January 12, 2022 that the schools of the city "
            + "were closed until the water went down.\n";

    @Test
    void eachArticleIsReadInTheLanguageItIsWrittenIn() throws IOException {
        write("a.txt", ARTICLE);
        write("b.txt", ENGLISH);
        Table articles = Corpus.load(folder).articles();
        assertEquals(List.of("id", "en"), articles.stringColumn("language").asList());
        // The English date form is read by the English profile: 12 January 2022 was a Wednesday.
        assertEquals(LocalDate.of(2022, 1, 12), articles.dateColumn("published").get(1));
        assertEquals("reporting", articles.stringColumn("date_basis").get(1));
    }

    @Test
    void curatedLanguageOverridesDetectionAndTheDisagreementIsReported() throws IOException {
        write("a.txt", ARTICLE);
        write("metadata.csv", "id,outlet,outlet_evidence,published,date_evidence,headline,language\n"
                + "a,Antara,,2022-01-12,,Rusia dan NATO Bertemu,en\n");
        Corpus corpus = Corpus.load(folder);
        assertEquals(List.of("en"), corpus.articles().stringColumn("language").asList());
        Table disagreements = corpus.metadataDisagreements();
        assertEquals(List.of("language"), disagreements.stringColumn("field").asList());
        assertEquals(List.of("id"), disagreements.stringColumn("inferred").asList());
        assertEquals(List.of("en"), disagreements.stringColumn("curated").asList());
    }

    @Test
    void aCuratedLanguageKabarDoesNotReadIsRejectedWithItsFileAndRow() throws IOException {
        write("a.txt", ARTICLE);
        write("metadata.csv", "id,outlet,outlet_evidence,published,date_evidence,headline,language\n"
                + "a,Antara,,2022-01-12,,Rusia dan NATO Bertemu,fr\n");
        InputException e = assertThrows(InputException.class, () -> Corpus.load(folder));
        assertEquals(folder.resolve("metadata.csv") + ":2: language \"fr\" is not one Kabar reads ([id, en])",
                e.getMessage());
    }

    @Test
    void anExportColumnNamesTheLanguageAndAValueKabarDoesNotReadLeavesItToDetection() throws IOException {
        write("export.csv", "id,title,text,language\n"
                + "x1,Judul,\"Menteri itu mengatakan bahwa dialog di Jakarta berlanjut.\",English\n"
                + "x2,Judul Lain,\"Menteri itu mengatakan bahwa dialog di Bandung berlanjut.\",xx\n");
        Corpus corpus = Corpus.load(folder);
        assertEquals(List.of("en", "id"), corpus.articles().stringColumn("language").asList());
        assertTrue(corpus.loadReport().stringColumn("reason").asList().stream()
                .anyMatch(reason -> reason.contains("language \"xx\"") && reason.contains("detected instead")),
                corpus.loadReport().print());
    }
}
