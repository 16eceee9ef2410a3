package org.kabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** The five seed articles, checked against what a careful reader finds in them. */
class CorpusTest {

    private static final Path SEEDS = Path.of("../seeds");
    private static final List<String> IDS = List.of("000_5846704a53bdb84e", "001_033e7a7d67a195c4",
            "002_c6336f8cebf4cd51", "003_8f6edb80083b182d", "004_e868b1205f427ac5");

    private static final Corpus INFERRED = Corpus.loader().ignoreMetadata().load(SEEDS);
    private static final Corpus CURATED = Corpus.load(SEEDS);

    @Test
    void articlesTableHasTheDocumentedColumnsAndTypes() {
        Table articles = Corpus.load(SEEDS).articles();
        assertEquals(List.of("id", "file", "outlet", "outlet_evidence", "headline", "published", "period",
                "date_basis", "date_evidence", "text", "raw_text", "raw_chars", "clean_chars", "sentences", "tokens", "language"),
                articles.columnNames());
        assertEquals(ColumnType.LOCAL_DATE, articles.column("published").type());
        assertEquals(ColumnType.INTEGER, articles.column("tokens").type());
        assertEquals(IDS, articles.stringColumn("id").asList());
    }

    @Test
    void outletsComeFromSignaturesAndTheUnsignedArticleIsUnknown() {
        assertEquals(List.of("VOA Indonesia", "Kompas TV", "MINA", "SINDOnews", "unknown"),
                INFERRED.articles().stringColumn("outlet").asList());
    }

    @Test
    void publicationDatesFollowDatelinesThenReportingDates() {
        assertEquals(List.of(LocalDate.of(2021, 12, 21), LocalDate.of(2021, 12, 28), LocalDate.of(2021, 12, 22),
                LocalDate.of(2022, 1, 21), LocalDate.of(2022, 1, 12)),
                INFERRED.articles().dateColumn("published").asList());
        assertEquals(List.of("reporting", "reporting", "reporting", "dateline", "dateline"),
                INFERRED.articles().stringColumn("date_basis").asList());
        assertEquals(List.of("2021-12", "2021-12", "2021-12", "2022-01", "2022-01"),
                INFERRED.articles().stringColumn("period").asList());
    }

    @Test
    void headlinesAreTheFirstHeadlineLikeLineAfterCaptions() {
        assertEquals(List.of("AS: Pembicaraan dengan Rusia dapat Berlangsung pada Januari", "",
                "AS dan Rusia akan Berunding Tentang Ukraina", "AS-Rusia Duduk Satu Meja di Titik Kritis Krisis Ukraina",
                "Jelang Dialog NATO-Rusia, AS Berharap Diplomasi Mampu Cegah Invasi Rusia"),
                INFERRED.articles().stringColumn("headline").asList());
    }

    @Test
    void inferenceAgreesWithCuratedMetadataExceptTheUnsignedOutlet() throws IOException {
        Table curated = Table.read().csv(CsvReadOptions.builder(SEEDS.resolve("metadata.csv").toFile())
                .columnTypes(column -> ColumnType.STRING).build());
        Table inferred = INFERRED.articles();
        assertEquals(IDS, curated.stringColumn("id").asList());
        for (int i = 0; i < IDS.size(); i++) {
            Row truth = curated.row(i);
            assertEquals(truth.getString("published"), inferred.dateColumn("published").get(i).toString(), IDS.get(i));
            assertEquals(truth.getString("headline"), inferred.stringColumn("headline").get(i), IDS.get(i));
        }
        Table disagreements = CURATED.metadataDisagreements();
        assertEquals(1, disagreements.rowCount());
        assertEquals(List.of("004_e868b1205f427ac5", "outlet", "unknown", "Medcom.id"),
                List.of(disagreements.getString(0, "id"), disagreements.getString(0, "field"),
                        disagreements.getString(0, "inferred"), disagreements.getString(0, "curated")));
        assertEquals("Medcom.id", CURATED.articles().stringColumn("outlet").get(4));
    }

    @Test
    void auditRecordsEveryNonReportingLineOfEachSeed() {
        Table removed = INFERRED.removed();
        // Counted by reading the seeds: captions, cross-links, prompts, bylines, datelines, sign-offs.
        List<Integer> expected = List.of(4, 4, 6, 11, 10);
        for (int i = 0; i < IDS.size(); i++) {
            String id = IDS.get(i);
            assertEquals(expected.get(i), removed.where(removed.stringColumn("id").isEqualTo(id)).rowCount(), id);
        }
    }

    @Test
    void cleanedTextsKeepReportingAndLoseFurniture() {
        List<String> texts = INFERRED.articles().stringColumn("text").asList();
        for (String furniture : List.of("BACA JUGA", "Baca Juga", "Baca:", "[jm/my]", "Foto", "WhatsApp", "Wartawan:",
                "Editor:", "Sumber :", "(T/RE1/P1)", "(WIL)", "(ian)", "LOADING", "Follow", "tulis komentar", "Rekomendasi",
                "Terpopuler", "unblock notif", "Marcheilla Ariesta", "19:21 WIB", "Jen Psaki berbicara kepada awak media")) {
            for (int i = 0; i < texts.size(); i++) {
                assertFalse(texts.get(i).contains(furniture), IDS.get(i) + " still holds " + furniture);
            }
        }
        assertTrue(texts.get(0).endsWith("tetapi memperkirakan Putin belum memutuskan apakah akan melancarkan serangan."));
        assertTrue(texts.get(2).endsWith("bebas dari campur tangan pihak luar,” ujarnya."));
        assertTrue(texts.get(4).contains("\n\nPertemuan AS-Rusia Nihil Kesepakatan\n\n"));
        assertTrue(texts.get(3).startsWith("JENEWA - Kebuntuan yang terjadi"));
    }

    @Test
    void loadReportHasOneRowPerFileInTheFolder() throws IOException {
        List<String> filesInFolder;
        try (Stream<Path> files = Files.list(SEEDS)) {
            filesInFolder = files.map(file -> file.getFileName().toString()).sorted().toList();
        }
        Table report = CURATED.loadReport();
        assertEquals(filesInFolder, report.stringColumn("file").asList());
        for (Row row : report) {
            boolean article = row.getString("file").endsWith(".txt");
            boolean storyData = List.of("metadata.csv", "actors.tsv", "events.csv").contains(row.getString("file"));
            assertEquals(article || storyData, !row.getString("status").equals(Corpus.SKIPPED), row.getString("file"));
        }
    }

    @Test
    void callersGetCopiesTheyMayChange() {
        Table articles = CURATED.articles();
        articles.stringColumn("outlet").set(0, "changed");
        assertEquals("VOA Indonesia", CURATED.articles().stringColumn("outlet").get(0));
    }
}
