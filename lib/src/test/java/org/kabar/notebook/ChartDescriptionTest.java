package org.kabar.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.kabar.chart.Charts;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChartBuilder;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ChartDescriptionTest {

    @Test
    void barChartNamesTitleCategoriesAndAxes() {
        Table t = Table.create("t", StringColumn.create("outlet", "VOA", "MINA"), IntColumn.create("tokens", 278, 367));
        assertEquals("Bar chart: Article length. Horizontal axis (outlet): VOA, MINA. Vertical axis: word tokens.",
                ChartDescription.of(Charts.bar(t).category("outlet").value("tokens")
                        .title("Article length").xLabel("outlet").yLabel("word tokens").build()));
    }

    @Test
    void groupedBarsNameTheirSeries() {
        Table t = Table.create("t", StringColumn.create("actor", "Russia", "Russia", "NATO"),
                StringColumn.create("period", "2021-12", "2022-01", "2021-12"), IntColumn.create("n", 31, 24, 15));
        String text = ChartDescription.of(Charts.groupedBar(t).category("actor").group("period").value("n")
                .title("Mentions").xLabel("actor").yLabel("mentions").build());
        assertEquals("Bar chart: Mentions. Horizontal axis (actor): Russia, NATO. Vertical axis: mentions. "
                + "Bars by 2021-12, 2022-01.", text);
    }

    @Test
    void heatMapNamesRowsAndColumns() {
        Table t = Table.create("t", StringColumn.create("actor", "Russia", "NATO"),
                StringColumn.create("article", "a1", "a2"), IntColumn.create("n", 3, 1));
        assertEquals("Heat map: Mentions per article. Rows (actor): NATO, Russia. Columns (article): a1, a2. "
                + "Each cell shows its value.",
                ChartDescription.of(Charts.heatMap(t).row("actor").column("article").value("n")
                        .title("Mentions per article").xLabel("article").yLabel("actor").build()));
    }

    @Test
    void timelineIsADotChartWithItsLanes() {
        Table t = Table.create("t", DateColumn.create("published", LocalDate.of(2021, 12, 21), LocalDate.of(2022, 1, 12)),
                StringColumn.create("outlet", "VOA", "Medcom"));
        assertEquals("Dot chart: Publication dates. Horizontal axis: date. Vertical axis: outlet. Marks by Medcom, VOA.",
                ChartDescription.of(Charts.timeline(t).date("published").lane("outlet")
                        .title("Publication dates").xLabel("date").yLabel("outlet").build()));
    }

    @Test
    void longListsAreCutWithACount() {
        var chart = new CategoryChartBuilder().title("Many").xAxisTitle("word").yAxisTitle("n").build();
        java.util.List<String> words = new java.util.ArrayList<>();
        java.util.List<Integer> values = new java.util.ArrayList<>();
        for (int i = 0; i < ChartDescription.MAX_LISTED + 3; i++) {
            words.add("w" + i);
            values.add(i);
        }
        chart.addSeries("n", words, values);
        String text = ChartDescription.of(chart);
        assertTrue(text.contains("w11 and 3 more."), text);
        assertTrue(!text.contains("w12"), text);
    }

    @Test
    void untitledChartStillSaysWhatItIs() {
        var chart = new CategoryChartBuilder().build();
        assertEquals("Bar chart: untitled. No data.", ChartDescription.of(chart));
    }
}
