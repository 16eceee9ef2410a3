package org.kabar.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class HtmlTableTest {

    @Test
    void aTableWithoutColumnsIsItsNameAlone() {
        // What a result that could not be made hands the notebook: one line saying why, no empty grid.
        HtmlTable note = HtmlTable.of(Table.create("keyness: one period <2024-03> only"));
        assertEquals("keyness: one period <2024-03> only", note.text());
        assertTrue(note.html().contains(">keyness: one period &lt;2024-03&gt; only</p>"), note.html());
        assertFalse(note.html().contains("<table"), note.html());
    }

    private static Table numbers(int rows) {
        return Table.create("numbers", IntColumn.indexColumn("i", rows, 0));
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void headlineMarkupShowsLiterally() {
        Table t = Table.create("articles", StringColumn.create("headline",
                "<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "{{7*7}} costs $x$"));
        String html = HtmlTable.of(t).html();
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("&lt;img src=x onerror=alert(2)&gt;"));
        assertTrue(html.contains("{{7*7}} costs &#36;x&#36;"));
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<img"));
        assertFalse(html.contains("$"));
    }

    @Test
    void headerNamesAreEscapedToo() {
        Table t = Table.create("t", IntColumn.create("<b>n</b>", 1));
        assertTrue(HtmlTable.of(t).html().contains("&lt;b&gt;n&lt;/b&gt;</th>"));
    }

    @Test
    void wrapperTellsBothMathJaxVersionsToKeepOut() {
        assertTrue(HtmlTable.of(numbers(1)).html().startsWith("<div class=\"tex2jax_ignore mathjax_ignore\""));
    }

    @Test
    void captionNamesTableAndSize() {
        assertEquals("numbers · 1,200 rows × 1 column", HtmlTable.of(numbers(1200)).caption());
        assertEquals("1 row × 2 columns",
                HtmlTable.of(Table.create(IntColumn.create("a", new int[] {1}), IntColumn.create("b", new int[] {2}))).caption());
    }

    @Test
    void longTableShowsFirstTenLastFiveAndCountsTheRest() {
        String html = HtmlTable.of(numbers(100)).html();
        assertEquals(10 + 5, count(html, "<tr style="));
        assertEquals(1, count(html, "<tr><td colspan"));
        assertTrue(html.contains(">9</td>"));
        assertFalse(html.contains(">10</td>"));
        assertFalse(html.contains(">94</td>"));
        assertTrue(html.contains(">95</td>"));
        assertTrue(html.contains("colspan=\"1\"") && html.contains("… 85 rows not shown …"));
    }

    @Test
    void tableThatFitsIsShownWhole() {
        String html = HtmlTable.of(numbers(15)).html();
        assertEquals(15, count(html, "<tr style="));
        assertFalse(html.contains("not shown"));
    }

    @Test
    void rowLimitsAreConfigurable() {
        String html = HtmlTable.of(numbers(10)).headRows(2).tailRows(1).html();
        assertTrue(html.contains(">1</td>") && html.contains(">9</td>"));
        assertFalse(html.contains(">2</td>"));
        assertTrue(html.contains("… 7 rows not shown …"));
    }

    @Test
    void stripesAlternateAcrossTheNote() {
        String html = HtmlTable.of(numbers(5)).headRows(1).tailRows(2).html();
        Matcher backgrounds = Pattern.compile("<tr style=\"background-color:(#\\w+)").matcher(html);
        StringBuilder order = new StringBuilder();
        while (backgrounds.find()) {
            order.append(backgrounds.group(1)).append(' ');
        }
        // rows 0, 3 and 4: the note between them takes no stripe
        assertEquals("#ffffff #f4f6f8 #ffffff ", order.toString());
    }

    @Test
    void longTextIsShortenedWithFullTextInTitle() {
        Table t = Table.create("t", StringColumn.create("text", "abcdefghij<"));
        String html = HtmlTable.of(t).maxCellChars(5).html();
        assertTrue(html.contains("title=\"abcdefghij&lt;\">abcd…</td>"));
    }

    @Test
    void shorteningNeverSplitsAnEmoji() {
        Table t = Table.create("t", StringColumn.create("text", "😀😀😀😀"));
        assertTrue(HtmlTable.of(t).maxCellChars(3).html().contains(">😀😀…</td>"));
    }

    @Test
    void doublesHaveFixedDecimalsAndNumbersAlignRight() {
        Table t = Table.create("t", DoubleColumn.create("x", 1.0 / 3, 2.0), IntColumn.create("n", 7, 8));
        String html = HtmlTable.of(t).html();
        assertTrue(html.contains("text-align:right;white-space:nowrap\">0.3333</td>"));
        assertTrue(html.contains("text-align:right;white-space:nowrap\">2.0000</td>"));
        assertTrue(html.contains("text-align:right;white-space:nowrap\">7</td>"));
        assertTrue(HtmlTable.of(t).decimals(1).html().contains(">0.3</td>"));
    }

    @Test
    void wholeNumberDoublesPrintAsIntegers() {
        // 2537 - 2118: Tablesaw's IntColumn.subtract gives a DoubleColumn; summarize(...).by gives doubles too.
        IntColumn raw = IntColumn.create("raw", 2537, 3098);
        IntColumn clean = IntColumn.create("clean", 2118, 2792);
        Table t = Table.create("t", raw.subtract(clean).setName("removed"), DoubleColumn.create("half", 0.5, 2.0));
        String html = HtmlTable.of(t).html();
        assertTrue(html.contains(">419</td>"), html);
        assertTrue(html.contains(">306</td>"), html);
        assertFalse(html.contains("419.0"));
        // a column with one fraction keeps its decimals in every row
        assertTrue(html.contains(">0.5000</td>") && html.contains(">2.0000</td>"), html);
        assertTrue(HtmlTable.of(t).text().contains("419"));
        assertFalse(HtmlTable.of(t).text().contains("419.0"));
    }

    @Test
    void wholeNumberColumnKeepsMissingCellsEmpty() {
        Table t = Table.create("t", DoubleColumn.create("n", new double[] {3.0, Double.NaN, -2.0}));
        String html = HtmlTable.of(t).html();
        assertTrue(html.contains(">3</td>") && html.contains(">-2</td>") && html.contains("nowrap\"></td>"), html);
    }

    @Test
    void allRowsShowsALongTableWhole() {
        String html = HtmlTable.of(numbers(40)).allRows().html();
        assertEquals(40, count(html, "<tr style="));
        assertFalse(html.contains("not shown"));
        assertTrue(html.contains(">39</td>") && html.contains(">20</td>"));
    }

    @Test
    void concordanceLeftContextAlignsRightSoNodesLineUp() {
        Table kwic = Table.create("KWIC of sanksi", StringColumn.create("left", "menjanjikan"),
                StringColumn.create("node", "sanksi"), StringColumn.create("right", "cepat"));
        String html = HtmlTable.of(kwic).html();
        assertTrue(html.contains("text-align:right\">menjanjikan</td>"));
        assertTrue(html.contains("text-align:left\">sanksi</td>"));
        assertTrue(html.contains("text-align:left\">cepat</td>"));
    }

    @Test
    void datesAreIsoAndMissingCellsEmpty() {
        Table t = Table.create("t", DateColumn.create("published", LocalDate.of(2022, 1, 21), null));
        String html = HtmlTable.of(t).html();
        assertTrue(html.contains("text-align:left;white-space:nowrap\">2022-01-21</td>"));
        assertTrue(html.contains("text-align:left;white-space:nowrap\"></td>"));
    }

    @Test
    void sameTableGivesSameBytes() {
        assertEquals(HtmlTable.of(numbers(40)).html(), HtmlTable.of(numbers(40)).html());
    }

    @Test
    void plainTextKeepsCaptionShownRowsAndShortenedCells() {
        Table t = Table.create("t", StringColumn.create("text", "a", "b", "c", "abcdefghij"));
        String text = HtmlTable.of(t).headRows(1).tailRows(1).maxCellChars(4).text();
        assertTrue(text.contains("t · 4 rows × 1 column"));
        assertTrue(text.contains("abc…"));
        assertFalse(text.contains(" b "));
        assertFalse(text.contains("@"));
    }

    @Test
    void optionsRejectImpossibleValues() {
        HtmlTable table = HtmlTable.of(numbers(1));
        assertEquals("headRows must be at least 0, was -1",
                assertThrows(IllegalArgumentException.class, () -> table.headRows(-1)).getMessage());
        assertEquals("maxCellChars must be at least 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> table.maxCellChars(0)).getMessage());
    }
}
