package org.kabar.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabar.actors.Actors;
import org.kabar.bench.SyntheticCorpus;
import org.kabar.corpus.Corpus;
import org.kabar.terms.Terms;
import org.kabar.text.Roots;
import org.kabar.text.Tokens;
import tech.tablesaw.api.Table;

/** The counting route, {@link CountsByPeriod#count}, against the table route it stands in for. */
class CountsByPeriodTest {

    private static final Path SEEDS = Path.of("..", "seeds");

    /** Header and every cell, row by row, so two tables compare in one assertion. */
    static List<String> cells(Table table) {
        List<String> rows = new ArrayList<>();
        rows.add(String.join("|", table.columnNames()));
        for (int row = 0; row < table.rowCount(); row++) {
            List<String> cells = new ArrayList<>();
            for (int column = 0; column < table.columnCount(); column++) cells.add(table.column(column).getString(row));
            rows.add(String.join("|", cells));
        }
        return rows;
    }

    @Test
    void seedCountsEqualTheTableRoute() {
        Table articles = Corpus.load(SEEDS).articles();
        CountsByPeriod counts = CountsByPeriod.count(Corpus.loader(), SEEDS, Actors.forCorpus(SEEDS), Terms.unigrams());
        assertEquals(cells(Actors.forCorpus(SEEDS).perPeriod(articles)), cells(counts.actors()));
        assertEquals(cells(Terms.unigrams().perPeriod(Tokens.of(articles))), cells(counts.terms()));
        assertEquals(cells(Corpus.load(SEEDS).loadReport()), cells(counts.loadReport()));
    }

    @Test
    void yearlessDatesTakeTheCorpusYearAsWhenLoading() {
        // bbm-2022 has articles dated only by a day and month ("Rabu (7/9)"): load gives them the corpus's year.
        Path bbm = Path.of("..", "tests", "corpora", "bbm-2022", "articles");
        Table articles = Corpus.load(bbm).articles();
        assertTrue(articles.stringColumn("date_basis").asList().stream().anyMatch(b -> b.endsWith("year from the corpus")));
        CountsByPeriod counts = CountsByPeriod.count(Corpus.loader().threads(2), bbm, Actors.forCorpus(bbm), Terms.unigrams());
        assertEquals(cells(Actors.forCorpus(bbm).perPeriod(articles)), cells(counts.actors()));
        assertEquals(cells(Terms.unigrams().perPeriod(Tokens.of(articles))), cells(counts.terms()));
    }

    @Test
    void aMixedFolderLeavesOutEachArticlesOwnStopwordsAsTheTableRouteDoes() {
        // mixed-id-en: three Indonesian and three English articles. The table route flags each
        // token by its article's language; with Indonesian stopwords only, "the" would be a term.
        Path mixed = Path.of("..", "tests", "corpora", "mixed-id-en", "articles");
        Table articles = Corpus.load(mixed).articles();
        CountsByPeriod counts = CountsByPeriod.count(Corpus.loader(), mixed, Actors.forCorpus(mixed), Terms.unigrams());
        assertEquals(cells(Terms.unigrams().perPeriod(Tokens.of(articles))), cells(counts.terms()));
        assertTrue(counts.terms().stringColumn("term").asList().stream().noneMatch(t -> t.equals("the") || t.equals("yang")));
    }

    @Test
    void seedCountsEqualTheTableRouteForStemmedBigramsAndMetonyms() {
        Table articles = Corpus.load(SEEDS).articles();
        Actors actors = Actors.forCorpus(SEEDS).withMetonyms();
        Terms terms = Terms.bigrams().stemmed();
        CountsByPeriod counts = CountsByPeriod.count(Corpus.loader().threads(2), SEEDS, actors, terms);
        assertEquals(cells(actors.perPeriod(articles)), cells(counts.actors()));
        assertEquals(cells(terms.perPeriod(Tokens.of(articles))), cells(counts.terms()));
    }

    @Test
    void seedCountsEqualTheTableRouteWithSastrawiRoots() {
        Table articles = Corpus.load(SEEDS).articles();
        for (Terms terms : List.of(Terms.unigrams().roots(Roots.sastrawi()), Terms.bigrams().roots(Roots.sastrawi()))) {
            CountsByPeriod counts = CountsByPeriod.count(Corpus.loader().threads(2), SEEDS, Actors.standard(), terms);
            assertEquals(cells(terms.perPeriod(Tokens.of(articles))), cells(counts.terms()));
        }
    }

    @Test
    void sastrawiRootsAreTheSameOnOneThreadAndTwo(@TempDir Path folder) {
        SyntheticCorpus.fromSeeds(SEEDS).write(folder, 100);
        Terms terms = Terms.unigrams().roots(Roots.sastrawi());
        CountsByPeriod one = CountsByPeriod.count(Corpus.loader().threads(1), folder, Actors.standard(), terms);
        CountsByPeriod two = CountsByPeriod.count(Corpus.loader().threads(2), folder, Actors.standard(), terms);
        assertEquals(cells(one.terms()), cells(two.terms()));
        // The seeds' "pembicaraan" and "berbicara" count under their root.
        assertTrue(one.terms().stringColumn("term").contains("bicara"));
    }

    @Test
    void periodsCountArticlesAndTheirWordTokens() {
        Table articles = Corpus.load(SEEDS).articles();
        Map<String, long[]> expected = new TreeMap<>();
        for (int row = 0; row < articles.rowCount(); row++) {
            long[] period = expected.computeIfAbsent(articles.stringColumn("period").get(row), key -> new long[2]);
            period[0]++;
            period[1] += articles.intColumn("tokens").get(row);
        }
        List<String> rows = new ArrayList<>(List.of("period|articles|words"));
        expected.forEach((period, totals) -> rows.add(period + "|" + totals[0] + "|" + totals[1]));
        assertEquals(rows, cells(CountsByPeriod.count(Corpus.loader(), SEEDS, Actors.forCorpus(SEEDS), Terms.unigrams()).periods()));
    }

    @Test
    void oneThreadAndTwoGiveTheSameTables(@TempDir Path folder) {
        SyntheticCorpus.fromSeeds(SEEDS).write(folder, 200);
        CountsByPeriod one = CountsByPeriod.count(Corpus.loader().threads(1), folder, Actors.forCorpus(SEEDS), Terms.unigrams());
        CountsByPeriod two = CountsByPeriod.count(Corpus.loader().threads(2), folder, Actors.forCorpus(SEEDS), Terms.unigrams());
        assertEquals(cells(one.actors()), cells(two.actors()));
        assertEquals(cells(one.terms()), cells(two.terms()));
        assertEquals(cells(one.periods()), cells(two.periods()));
        assertEquals(cells(one.loadReport()), cells(two.loadReport()));
        assertEquals(List.of("period|articles|words"), cells(one.periods()).subList(0, 1));
        assertEquals(200, one.periods().intColumn("articles").sum());
    }

    @Test
    void loadingOnOneThreadAndTwoGivesTheSameTables(@TempDir Path folder) {
        SyntheticCorpus.fromSeeds(SEEDS).write(folder, 200);
        Corpus one = Corpus.loader().threads(1).load(folder);
        Corpus two = Corpus.loader().threads(2).load(folder);
        assertEquals(cells(one.articles()), cells(two.articles()));
        assertEquals(cells(one.removed()), cells(two.removed()));
        assertEquals(cells(one.loadReport()), cells(two.loadReport()));
    }

    @Test
    void progressCallsComeInOrderFromNoneToAll(@TempDir Path folder) {
        SyntheticCorpus.fromSeeds(SEEDS).write(folder, 200);
        List<long[]> calls = new ArrayList<>();
        CountsByPeriod.count(Corpus.loader().threads(2).progress((done, total) -> calls.add(new long[] {done, total})),
                folder, Actors.forCorpus(SEEDS), Terms.unigrams());
        assertEquals(0, calls.get(0)[0]);
        assertEquals(200, calls.get(calls.size() - 1)[0]);
        assertTrue(calls.stream().allMatch(call -> call[1] == 200));
        for (int i = 1; i < calls.size(); i++) assertTrue(calls.get(i)[0] > calls.get(i - 1)[0]);
        assertEquals(101, calls.size(), "one call a percent, and one at the start");
    }

    @Test
    void aDuplicateIsSkippedAsWhenLoading(@TempDir Path folder) throws Exception {
        java.nio.file.Files.copy(SEEDS.resolve("000_5846704a53bdb84e.txt"), folder.resolve("a.txt"));
        java.nio.file.Files.copy(SEEDS.resolve("000_5846704a53bdb84e.txt"), folder.resolve("b.txt"));
        java.nio.file.Files.copy(SEEDS.resolve("003_8f6edb80083b182d.txt"), folder.resolve("c.txt"));
        CountsByPeriod counts = CountsByPeriod.count(Corpus.loader().threads(2), folder, Actors.forCorpus(SEEDS), Terms.unigrams());
        assertEquals(cells(Corpus.load(folder).loadReport()), cells(counts.loadReport()));
        assertEquals(2, counts.periods().intColumn("articles").sum());
    }
}
