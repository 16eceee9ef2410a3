package org.kabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The five seeds exported as one CSV file, as gzipped JSON Lines and as five saved web pages
 * (written for this test from the seed texts and {@code seeds/metadata.csv}; the pages wrap each
 * text in navigation, a search box, related links, a footer and scripts) give the same articles,
 * dates, outlets and headlines as the {@code .txt} files with {@code metadata.csv}. No
 * {@code metadata.csv} lies beside the exports: everything comes from their columns and pages.
 */
class SeedsInOtherFormatsTest {

    private static final Path EXPORTS = Path.of("src/test/resources/org/kabar/corpus/seeds-as");
    private static final Table FROM_TEXT_FILES = Corpus.load(Path.of("../seeds")).articles();

    private static List<String> summary(Table articles) {
        List<String> rows = new ArrayList<>();
        for (Row row : articles) {
            rows.add(row.getString("id") + " | " + row.getString("outlet") + " | " + row.getDate("published")
                    + " | " + row.getString("headline"));
        }
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "jsonl", "html"})
    void sameArticlesDatesOutletsAndHeadlines(String format) {
        Corpus corpus = Corpus.load(EXPORTS.resolve(format));
        assertEquals(summary(FROM_TEXT_FILES), summary(corpus.articles()), corpus.loadReport().print());
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "jsonl"})
    void tableExportsGiveTheSameCleanedText(String format) {
        Table articles = Corpus.load(EXPORTS.resolve(format)).articles();
        assertEquals(FROM_TEXT_FILES.stringColumn("text").asList(), articles.stringColumn("text").asList());
        assertEquals(FROM_TEXT_FILES.intColumn("tokens").asList(), articles.intColumn("tokens").asList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"html"})
    void savedPagesLoseThePageFurnitureAndKeepTheReporting(String format) {
        Table articles = Corpus.load(EXPORTS.resolve(format)).articles();
        for (Row row : articles) {
            String text = row.getString("text");
            for (String furniture : List.of("Beranda", "Cari berita", "Berita Terkait", "Harga cabai", "Pedoman Media Siber",
                    "dataLayer")) {
                assertEquals(-1, text.indexOf(furniture), row.getString("id") + " keeps \"" + furniture + "\"");
            }
        }
        // Each page's reporting survives: within 5% of the word tokens of the text file.
        for (int i = 0; i < articles.rowCount(); i++) {
            int fromText = FROM_TEXT_FILES.intColumn("tokens").get(i);
            int fromPage = articles.intColumn("tokens").get(i);
            assertEquals(fromText, fromPage, fromText * 0.05, articles.stringColumn("id").get(i));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv"})
    void otherColumnsAreKeptAndTheReportNamesWhereFieldsCameFrom(String format) {
        Corpus corpus = Corpus.load(EXPORTS.resolve(format));
        Table articles = corpus.articles();
        assertEquals(List.of("Internasional"), articles.stringColumn("section").unique().asList());
        assertEquals("https://www.voaindonesia.com/a/as-pembicaraan-dengan-rusia/600000.html",
                articles.stringColumn("url").get(0));
        assertEquals("column", articles.stringColumn("date_basis").get(0));
        Row file = corpus.loadReport().iterator().next();
        assertEquals("seeds.csv", file.getString("file"));
        // Python's csv module ends records with CRLF.
        assertEquals("5 articles, 0 rows rejected; CRLF line ends read as LF; fields: id ← id, text ← text, headline ← title, published ← date, "
                + "url ← url, outlet ← media_name; kept: section", file.getString("reason"));
        assertEquals(1, corpus.loadReport().rowCount());
    }
}
