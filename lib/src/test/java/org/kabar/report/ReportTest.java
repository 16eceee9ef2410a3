package org.kabar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabar.corpus.PeriodUnit;
import tech.tablesaw.api.Table;

class ReportTest {

    private static final Path SEEDS = Path.of("..", "seeds");

    /** Three articles of our own: two dated in different months by an ANTARA dateline, one undated. */
    private static Path corpus(Path folder) throws IOException {
        Files.writeString(folder.resolve("a.txt"), "Jalan Desa Rusak\n\nBandung (ANTARA) - Hujan merusak jalan pada "
                + "Senin (4/3/2019), kata Sutrisno kepada wartawan.\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("b.txt"), "Jembatan Diperbaiki\n\nBandung (ANTARA) - Perbaikan jembatan "
                + "dimulai pada Rabu (3/4/2019), kata Sutrisno.\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("c.txt"), "Sungai Meluap\n\nAir sungai meluap dan menggenangi sawah warga.\n",
                StandardCharsets.UTF_8);
        return folder;
    }

    @Test
    void theOverviewCountsWhatTheFolderHolds(@TempDir Path folder) throws IOException {
        Report report = Report.of(corpus(folder), PeriodUnit.MONTH, List.of());
        Table overview = report.overview();
        assertEquals("3", value(overview, "articles"));
        assertEquals("2 (undated: 1)", value(overview, "dated articles"));
        assertEquals("1 named (articles with outlet unknown: 1)", value(overview, "outlets"));
        assertEquals("2, from 2019-03 to 2019-04", value(overview, "periods (month)"));
        assertEquals("2019-03 vs 2019-04", value(overview, "periods compared"));
    }

    @Test
    void undatedOrUnattributedArticlesAreListedToCurate(@TempDir Path folder) throws IOException {
        Table toCurate = Report.of(corpus(folder), PeriodUnit.MONTH, List.of()).toCurate();
        assertEquals(List.of("c"), toCurate.stringColumn("id").asList());
        assertEquals(List.of("date and outlet"), toCurate.stringColumn("missing").asList());
    }

    @Test
    void emptyResultsAreOneLineNotAnError(@TempDir Path folder) throws IOException {
        Report report = Report.of(corpus(folder), PeriodUnit.QUARTER, List.of("2019-Q3", "2019-Q4"));
        assertEquals("No article mentions an actor of the dictionary.", report.actorsOverTime(8).text());
        assertTrue(report.actorsOverTime(8).chart().isEmpty());
        assertFalse(report.pair().exists());
        assertEquals("No comparison: the periods to compare are 2019-Q3 and 2019-Q4, but the corpus has articles in "
                + "[2019-Q1, 2019-Q2].", report.keynessChart(10).text());
        assertTrue(report.articlesPerPeriod().chart().isPresent());
    }

    @Test
    void aTitleOverOneItemIsSingular(@TempDir Path folder) throws IOException {
        // Sutrisno is the only speaker: "kata Sutrisno" in a.txt and in b.txt.
        assertEquals("Who is quoted: the speaker quoted most",
                Report.of(corpus(folder), PeriodUnit.MONTH, List.of()).voices(10).text());
    }

    @Test
    void onTheSeedsTheLeadingActorsAreCountedByMentionAndArticle() {
        Table leading = Report.of(SEEDS, PeriodUnit.MONTH, List.of()).leading("person", 1);
        // By careful reading (seed-actor-counts.tsv): Lavrov is named 3 times in 002 and 5 times in
        // 003's raw text; one of 003's is in the photo caption, which cleaning removes: 3 + 4 = 7.
        assertEquals(List.of("Sergey Lavrov"), leading.stringColumn("actor").asList());
        assertEquals(List.of(7), leading.intColumn("mentions").asList());
        assertEquals(List.of(2), leading.intColumn("articles").asList());
    }

    @Test
    void peopleAreFoundWithoutTheDictionaryAndCountedAsTheGoldCountsThem() {
        Path bbm = Path.of(System.getProperty("kabar.corpora", "../tests/corpora")).resolve("bbm-2022/articles");
        Table people = Report.of(bbm, PeriodUnit.MONTH, List.of()).people(3);
        // gold-persons.tsv of bbm-2022, summed by hand over its articles: Joko Widodo 32, Sri Mulyani
        // Indrawati 24, Tri Rismaharini 19; none of them is in the standard dictionary
        assertEquals(List.of("Joko Widodo", "Sri Mulyani Indrawati", "Tri Rismaharini"), people.stringColumn("actor").asList());
        assertEquals(List.of(32, 24, 19), people.intColumn("mentions").asList());
        assertEquals(List.of("found", "found", "found"), people.stringColumn("source").asList());
        assertEquals(List.of("actor", "source", "mentions", "articles", "evidence", "forms", "note"), people.columnNames());
    }

    @Test
    void onTheSeedsThePeopleTableKeepsTheDictionarysCount() {
        Table people = Report.of(SEEDS, PeriodUnit.MONTH, List.of()).people(1);
        // as above: Lavrov 3 + 4 in the cleaned text; no headline names him
        assertEquals(List.of("Sergey Lavrov"), people.stringColumn("actor").asList());
        assertEquals(List.of(7), people.intColumn("mentions").asList());
        assertEquals(List.of("dictionary"), people.stringColumn("source").asList());
    }

    @Test
    void aMixedFolderCountsItsLanguagesAndComparesWordsWithinTheMainOne(@TempDir Path folder) throws IOException {
        corpus(folder);
        // "river" 5 times: key to April if English words were compared with Indonesian ones.
        Files.writeString(folder.resolve("e.txt"), "River Floods Village\n\nBandung (ANTARA) - The river flooded the "
                + "village on Wednesday, April 3, 2019, and the river was still high, the river agency said, as the river "
                + "rose.\n", StandardCharsets.UTF_8);
        Report report = Report.of(org.kabar.corpus.Corpus.load(folder), org.kabar.actors.Actors.standard(),
                PeriodUnit.MONTH, List.of());
        Table overview = report.overview();
        assertEquals("3 Indonesian, 1 English", value(overview, "languages"));
        assertEquals("2019-03 vs 2019-04 (3 Indonesian articles only: words of two languages are never compared)",
                value(overview, "periods compared"));
        assertFalse(report.keyness().stringColumn("term").asList().contains("river"));
        assertEquals(List.of("id", "en"), report.languages().stringColumn("language").asList());
        assertEquals(List.of(3, 1), report.languages().intColumn("articles").asList());
    }

    private static String value(Table overview, String what) {
        return overview.stringColumn("value").get(overview.stringColumn("what").indexOf(what));
    }
}
