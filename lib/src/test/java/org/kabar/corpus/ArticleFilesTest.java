package org.kabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabar.text.InputException;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** Articles from CSV, TSV, JSON Lines, JSON and gzipped files, bad rows and folders, through the loader. */
class ArticleFilesTest {

    private static final String BODY = "Menteri itu mengatakan pada Rabu (12/1/2022) bahwa dialog berlanjut.";

    @TempDir
    Path folder;

    private void write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static List<String> report(Corpus corpus) {
        List<String> rows = new ArrayList<>();
        for (Row row : corpus.loadReport()) {
            rows.add(row.getString("file") + " | " + row.getString("id") + " | " + row.getString("status") + " | "
                    + row.getString("reason"));
        }
        return rows;
    }

    @Test
    void malformedCsvRowsAreReportedWithLineAndReasonAndTheOthersLoad() throws IOException {
        write("export.csv", "id,title,date,media_name,text\n"
                + "a1,Dialog NATO dan Rusia Berlanjut,2022-01-12,Kompas.com,\"" + BODY + "\"\n"
                + "a2,Baris Rusak,2022-01-12,\"Tempo\" x,Teks yang tidak terbaca.\n"
                + "a3,Terlalu Sedikit Kolom,2022-01-13\n"
                + "a4,Dialog Kedua Dimulai di Jenewa,2022-01-14,Antara,\"Baris pertama.\n\nBaris \"\"kedua\"\".\"\n"
                + "a5,Tanpa Teks,2022-01-14,Antara,\n"
                + "a6,Kutip Tidak Ditutup,2022-01-15,Antara,\"Teks ini\n");
        Corpus corpus = Corpus.load(folder);
        assertEquals(List.of("a1", "a4"), corpus.articles().stringColumn("id").asList());
        assertEquals("Baris pertama.\n\nBaris \"kedua\".", corpus.articles().stringColumn("text").get(1));
        assertEquals(List.of(
                "export.csv |  | loaded | 2 articles, 4 rows rejected; fields: id ← id, text ← text, headline ← title, "
                        + "published ← date, outlet ← media_name",
                "export.csv:3 |  | skipped | text after a closing quote",
                "export.csv:4 |  | skipped | 3 fields where the header has 5",
                "export.csv:8 |  | skipped | no text in column \"text\"",
                "export.csv:9 |  | skipped | a quote opened here is never closed; the rest of the file is not read"),
                report(corpus));
    }

    @Test
    void columnValuesBeatInferenceAndUnknownOutletNamesAreKeptAsGiven() throws IOException {
        // The text's own dateline says Antara and 12 January; the columns say otherwise and win.
        write("export.tsv", "headline\tpublish_date\tsource\tbody\n"
                + "Dialog NATO dan Rusia Berlanjut\t2022-01-13T23:30:00-05:00\tWarta Kampung\tJakarta (ANTARA) - " + BODY + "\n");
        Table articles = Corpus.load(folder).articles();
        assertEquals("export-1", articles.stringColumn("id").get(0));
        assertEquals("Warta Kampung", articles.stringColumn("outlet").get(0));
        assertEquals("column \"source\": \"Warta Kampung\"", articles.stringColumn("outlet_evidence").get(0));
        // The date as written, in the publisher's own time zone.
        assertEquals(LocalDate.of(2022, 1, 13), articles.dateColumn("published").get(0));
        assertEquals("column", articles.stringColumn("date_basis").get(0));
        assertEquals("Dialog NATO dan Rusia Berlanjut", articles.stringColumn("headline").get(0));
    }

    @Test
    void explicitColumnNamesWinOverRecognisedOnes() throws IOException {
        write("export.csv", "id,text,isi,judul_berita,tgl\n"
                + "b1,ringkasan singkat,\"" + BODY + "\",Judul dari Kolom Pilihan,14/01/2022\n");
        Table articles = Corpus.loader().column("text", "isi").column("headline", "judul_berita")
                .column("published", "tgl").load(folder).articles();
        assertEquals(BODY, articles.stringColumn("text").get(0));
        assertEquals("Judul dari Kolom Pilihan", articles.stringColumn("headline").get(0));
        assertEquals(LocalDate.of(2022, 1, 14), articles.dateColumn("published").get(0));
        // The text column the loader would have picked is kept like any other column.
        assertEquals("ringkasan singkat", articles.stringColumn("column_text").get(0));
    }

    @Test
    void aTableWithoutATextColumnNamesTheColumnsItHas() throws IOException {
        write("a.txt", "Judul Artikel yang Cukup Panjang\n\nJakarta (ANTARA) - " + BODY);
        write("dates.csv", "date,event\n2022-01-10,Talks in Geneva\n");
        write("export.csv", "id,isi\nx,teks\n");
        Corpus corpus = Corpus.loader().column("text", "konten").load(folder);
        assertEquals(List.of(
                "a.txt | a | loaded | ",
                "dates.csv |  | skipped | no column \"konten\" for the text (columns: date, event)",
                "export.csv |  | skipped | no column \"konten\" for the text (columns: id, isi)"), report(corpus));
        assertEquals("dates.csv |  | skipped | no text column (columns: date, event)",
                report(Corpus.load(folder)).get(1));
    }

    @Test
    void jsonLinesReportBadLinesAndJsonArraysStopAtTheFault() throws IOException {
        write("a.jsonl", "{\"id\": \"j1\", \"publisher\": \"Antara\", \"title\": \"Dialog NATO dan Rusia\", \"text\": \"" + BODY + "\"}\n"
                + "{\"id\": \"j2\", \"text\": \"tidak ditutup\"\n"
                + "\n"
                + "[1, 2]\n"
                + "{\"id\": \"j3\", \"text\": \"Teks ketiga yang lain.\", \"publisher\": {\"name\": \"Kompas.com\"}}\n");
        write("b.json", "[\n  {\"id\": \"k1\", \"content\": \"Teks keempat, dari larik.\"},\n"
                + "  {\"id\": \"k2\", \"content\": \"Teks kelima\" \"rusak\"},\n"
                + "  {\"id\": \"k3\", \"content\": \"tidak terbaca\"}\n]\n");
        Corpus corpus = Corpus.load(folder);
        assertEquals(List.of("j1", "j3", "k1"), corpus.articles().stringColumn("id").asList());
        assertEquals("Kompas.com", corpus.articles().stringColumn("outlet").get(1));
        List<String> rows = report(corpus);
        assertEquals("a.jsonl:2 |  | skipped | not valid JSON (Unexpected end-of-input: expected close marker for Object "
                + "(start marker at [Source: (String)\"{\"id\": \"j2\", \"text\": \"tidak ditutup\"\"; line: 1, column: 1]))",
                rows.get(1));
        assertEquals("a.jsonl:4 |  | skipped | not a JSON object", rows.get(2));
        // Rows that loaded with warnings have their own line; cleanly loaded ones are counted in the file's.
        assertEquals("a.jsonl:5 | j3 | loaded with warnings | no publication date found", rows.get(3));
        assertEquals("b.json |  | loaded | 1 articles, 1 rows rejected; fields: id ← id, text ← content", rows.get(4));
        assertEquals("b.json:2 | k1 | loaded with warnings | no outlet signature; no publication date found", rows.get(5));
        assertEquals("b.json:3 |  | skipped | not valid JSON (Unexpected character ('\"' (code 34)): was expecting comma "
                + "to separate Object entries); the rest of the file is not read", rows.get(6));
        assertEquals(7, rows.size());
    }

    @Test
    void gzippedFilesAreReadAsWhatTheyHold() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(("Dialog NATO dan Rusia Berlanjut\n\nJakarta (ANTARA) - " + BODY).getBytes(StandardCharsets.UTF_8));
        }
        Files.write(folder.resolve("berita.txt.gz"), bytes.toByteArray());
        Files.write(folder.resolve("rusak.csv.gz"), new byte[] {31, -117, 8, 0, 1, 2});
        Corpus corpus = Corpus.load(folder);
        assertEquals(List.of("berita"), corpus.articles().stringColumn("id").asList());
        assertEquals("Antara", corpus.articles().stringColumn("outlet").get(0));
        assertEquals("rusak.csv.gz |  | skipped | not a readable gzip file (it ends too early)",
                report(corpus).get(1));
    }

    @Test
    void subfoldersAreSearchedAndKeptAsAColumn() throws IOException {
        write("kompas/2022-01/a.txt", "Dialog NATO dan Rusia Berlanjut\n\nJAKARTA, KOMPAS.com - " + BODY);
        write("tempo/a.txt", "Dialog NATO dan Rusia Dimulai\n\nTEMPO.CO, Jakarta - " + BODY + " Lagi.");
        write(".git/config", "[core]");
        Corpus corpus = Corpus.load(folder);
        Table articles = corpus.articles();
        assertEquals(List.of("kompas/2022-01/a", "tempo/a"), articles.stringColumn("id").asList());
        assertEquals(List.of("kompas/2022-01", "tempo"), articles.stringColumn("folder").asList());
        assertEquals(List.of("Kompas.com", "Tempo"), articles.stringColumn("outlet").asList());
        assertEquals(".git |  | skipped | a hidden folder; not searched", report(corpus).get(0));
    }

    @Test
    void symbolicLinksOutOfTheCorpusFolderAreNotFollowed(@TempDir Path outside) throws IOException {
        write("a.txt", "Dialog NATO dan Rusia Berlanjut\n\nJakarta (ANTARA) - " + BODY);
        Path secret = Files.writeString(outside.resolve("secret.txt"), "Sesuatu yang bukan berita sama sekali.");
        Files.createSymbolicLink(folder.resolve("link.txt"), secret);
        Files.createSymbolicLink(folder.resolve("same.txt"), folder.resolve("a.txt"));
        Files.createSymbolicLink(folder.resolve("sub"), outside);
        Corpus corpus = Corpus.load(folder);
        assertEquals(List.of("a"), corpus.articles().stringColumn("id").asList());
        assertEquals(List.of(
                "a.txt | a | loaded with warnings | same text also in same.txt (kept here once)",
                "link.txt |  | skipped | a symbolic link out of the corpus folder (to " + secret.toRealPath() + "); not followed",
                "same.txt | same | skipped | same text as a.txt (kept there)",
                "sub |  | skipped | a symbolic link out of the corpus folder (to " + outside.toRealPath() + "); not followed"),
                report(corpus));
    }

    @Test
    void aYearlessDateTakesItsYearFromTheCorpusAndThePrintedWeekday() throws IOException {
        write("a.txt", "Dialog NATO dan Rusia Berlanjut\n\nJakarta (ANTARA) - " + BODY);
        write("b.txt", "Menlu Rusia Bicara Soal Ukraina\n\nMenlu itu mengatakan pada Rabu (1/12) bahwa dialog perlu.");
        write("c.txt", "Pertemuan Lain Tanpa Hari Tercetak\n\nMenlu itu mengatakan pada (3/12) hal yang sama.");
        Table articles = Corpus.load(folder).articles();
        // The corpus has 2022 only; 1 December 2022 is a Thursday, so "Rabu (1/12)" is not 2022
        // and stays undated: only a year of the corpus is taken.
        assertEquals(null, articles.dateColumn("published").get(1));
        write("d.txt", "Catatan dari Tahun Sebelumnya\n\nMenlu itu mengatakan pada Senin (27/12/2021) bahwa dialog perlu.");
        articles = Corpus.load(folder).articles();
        // Now 2021 and 2022: 1 December 2021 is a Wednesday.
        assertEquals(LocalDate.of(2021, 12, 1), articles.dateColumn("published").get(1));
        assertEquals("reporting, year from the corpus", articles.stringColumn("date_basis").get(1));
        // Without a weekday and with two corpus years, nothing decides.
        assertEquals(null, articles.dateColumn("published").get(2));
    }

    @Test
    void aDateInTheUrlIsEvidenceAndTheDomainNamesTheOutlet() throws IOException {
        write("export.csv", "url,text\nhttps://nasional.kompas.com/read/2022/01/14/10000000/dialog,\"" + BODY + "\"\n");
        Table articles = Corpus.load(folder).articles();
        assertEquals(LocalDate.of(2022, 1, 14), articles.dateColumn("published").get(0));
        assertEquals("url", articles.stringColumn("date_basis").get(0));
        assertEquals("Kompas.com", articles.stringColumn("outlet").get(0));
    }

    @Test
    void aFolderOfOnlyBadRowsIsAnError() throws IOException {
        write("export.csv", "id,text\nx,\"open\n");
        InputException e = assertThrows(InputException.class, () -> Corpus.load(folder));
        assertEquals(folder + ": no articles to load (2 files seen: export.csv 0 articles, 1 rows rejected; fields: "
                + "id ← id, text ← text; export.csv:2 a quote opened here is never closed; the rest of the file is not read)",
                e.getMessage());
        write("a.txt", "Dialog NATO dan Rusia Berlanjut\n\nJakarta (ANTARA) - " + BODY);
        assertEquals("export.csv |  | skipped | 0 articles, 1 rows rejected; fields: id ← id, text ← text",
                report(Corpus.load(folder)).get(1));
    }

    @Test
    void withNoDateInTheTextALinkToTheOutletsOwnPageDatesIt() throws IOException {
        write("a.txt", "Dialog NATO dan Rusia Berlanjut\n\nJAKARTA, KOMPAS.com - Menteri itu bilang dialog berlanjut.\n\n"
                + "Baca juga: https://www.tempo.co/read/2022/01/02/lain\n"
                + "Klik untuk baca: https://nasional.kompas.com/read/2022/01/14/10000000/dialog\n");
        Table articles = Corpus.load(folder).articles();
        assertEquals(LocalDate.of(2022, 1, 14), articles.dateColumn("published").get(0));
        assertEquals("url in the text", articles.stringColumn("date_basis").get(0));
    }
}
