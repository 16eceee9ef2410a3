package org.kabar.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapSeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ChartsTest {

    private static Table mentions() {
        return Table.create("mentions",
                StringColumn.create("actor", "Rusia", "NATO", "Rusia", "NATO", "Ukraina"),
                StringColumn.create("period", "2022-01", "2021-12", "2021-12", "2022-01", "2021-12"),
                IntColumn.create("n", 20, 5, 12, 9, 3));
    }

    private static List<Object> list(java.util.Collection<?> values) {
        return new ArrayList<>(values);
    }

    private static double millis(int year, int month, int day) {
        return LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    @Test
    void barSumsRepeatedCategoriesInTableOrder() {
        CategoryChart chart = Charts.bar(mentions()).category("actor").value("n")
                .title("Mentions").xLabel("Actor").yLabel("Mentions").build();
        CategorySeries series = chart.getSeriesMap().get("n");
        assertEquals(List.of("Rusia", "NATO", "Ukraina"), list(series.getXData()));
        assertEquals(List.of(32.0, 14.0, 3.0), list(series.getYData()));
        assertEquals(Theme.standard().single(), series.getFillColor());
        assertEquals("Mentions", chart.getTitle());
        assertEquals("Actor", chart.getXAxisTitle());
        assertEquals(Theme.standard().width(), chart.getWidth());
    }

    @Test
    void shortCategoryNamesStayLevelAndLongOnesAreTilted() {
        assertEquals(0, Charts.bar(mentions()).category("actor").value("n").build().getStyler().getXAxisLabelRotation());
        // Six names of 24 characters need about 168 px each; six categories get (800 - 120) / 6 = 113 px.
        Table files = Table.create("files",
                StringColumn.create("file", "000_5846704a53bdb84e.txt", "001_033e7a7d67a195c4.txt",
                        "002_c6336f8cebf4cd51.txt", "003_8f6edb80083b182d.txt", "004_e868b1205f427ac5.txt",
                        "005_0000000000000000.txt"),
                IntColumn.create("bytes", 1, 2, 3, 4, 5, 6));
        assertEquals(45, Charts.bar(files).category("file").value("bytes").build().getStyler().getXAxisLabelRotation());
    }

    @Test
    void groupedBarHasOneSeriesPerPeriodInTimeOrderWithZerosForGaps() {
        CategoryChart chart = Charts.groupedBar(mentions()).category("actor").group("period").value("n")
                .title("t").xLabel("x").yLabel("y").build();
        assertEquals(List.of("2021-12", "2022-01"), list(chart.getSeriesMap().keySet()));
        CategorySeries december = chart.getSeriesMap().get("2021-12");
        CategorySeries january = chart.getSeriesMap().get("2022-01");
        assertEquals(List.of("Rusia", "NATO", "Ukraina"), list(december.getXData()));
        assertEquals(List.of(12.0, 5.0, 3.0), list(december.getYData()));
        assertEquals(List.of(20.0, 9.0, 0.0), list(january.getYData()));
        assertEquals(Theme.standard().cycle().get(0), december.getFillColor());
        assertEquals(Theme.standard().cycle().get(1), january.getFillColor());
    }

    @Test
    void divergingKeepsTopNEachWayLargestFirst() {
        Table key = Table.create("key",
                StringColumn.create("term", "invasi", "sanksi", "dialog", "diplomasi", "jaminan", "natal", "pasukan"),
                DoubleColumn.create("log_ratio", 2.5, 1.2, -0.7, -1.9, 0.4, -3.0, 0.0));
        CategoryChart chart = Charts.diverging(key).label("term").value("log_ratio").top(2)
                .positive("2022-01").negative("2021-12").title("t").xLabel("x").yLabel("y").build();
        CategorySeries january = chart.getSeriesMap().get("2022-01");
        CategorySeries december = chart.getSeriesMap().get("2021-12");
        assertEquals(List.of("invasi", "sanksi", "diplomasi", "natal"), list(january.getXData()));
        assertEquals(Arrays.asList(2.5, 1.2, null, null), list(january.getYData()));
        assertEquals(Arrays.asList(null, null, -1.9, -3.0), list(december.getYData()));
        assertEquals(Theme.standard().cycle().get(1), january.getFillColor());
        assertEquals(Theme.standard().cycle().get(0), december.getFillColor());
    }

    @Test
    void anUndatedGroupIsDrawnAsUndatedInGrey() {
        Table counts = Table.create("counts", StringColumn.create("actor", "Rusia", "Rusia"),
                StringColumn.create("period", "2022-01", ""), IntColumn.create("n", 4, 2));
        CategoryChart chart = Charts.groupedBar(counts).category("actor").group("period").value("n")
                .title("t").xLabel("x").yLabel("y").build();
        assertEquals(List.of("2022-01", "undated"), list(chart.getSeriesMap().keySet()));
        assertEquals(Palette.UNDATED, chart.getSeriesMap().get("undated").getFillColor());
    }

    @Test
    void aTableWithNothingToDrawGivesAChartThatSaysWhy() {
        Table none = Table.create("people per period", StringColumn.create("actor"), StringColumn.create("period"),
                IntColumn.create("n"));
        List<org.knowm.xchart.internal.chartpart.Chart<?, ?>> charts = List.of(
                Charts.bar(none).category("actor").value("n").title("t").xLabel("x").yLabel("y").build(),
                Charts.groupedBar(none).category("actor").group("period").value("n")
                        .title("t").xLabel("x").yLabel("y").build(),
                Charts.lines(none).x("period").series("actor").value("n")
                        .title("t").xLabel("x").yLabel("y").build(),
                Charts.heatMap(none).row("actor").column("period").value("n")
                        .title("t").xLabel("x").yLabel("y").build(),
                Charts.diverging(none).label("actor").value("n").top(5).positive("a").negative("b")
                        .title("t").xLabel("x").yLabel("y").build(),
                Charts.timeline(Table.create("a", StringColumn.create("outlet"), DateColumn.create("published")))
                        .date("published").lane("outlet").title("t").xLabel("x").yLabel("y").build(),
                Charts.dispersion(Table.create("o", StringColumn.create("id"), DoubleColumn.create("at"),
                        StringColumn.create("term"))).document("id").position("at").term("term")
                        .title("t").xLabel("x").yLabel("y").build());
        for (var chart : charts) {
            assertTrue(ChartImages.png(chart).length > 0);   // drawn, not thrown
        }
        assertEquals("t — nothing to draw: the table people per period has no rows", charts.get(0).getTitle());
        assertEquals("t — nothing to draw: no row has a date in 'published'", charts.get(5).getTitle());
    }

    @Test
    void linesRunOverSortedPeriodsOneSeriesPerActor() {
        CategoryChart chart = Charts.lines(mentions()).x("period").series("actor").value("n")
                .title("t").xLabel("x").yLabel("y").build();
        assertEquals(List.of("NATO", "Rusia", "Ukraina"), list(chart.getSeriesMap().keySet()));
        assertEquals(List.of("2021-12", "2022-01"), list(chart.getSeriesMap().get("Rusia").getXData()));
        assertEquals(List.of(12.0, 20.0), list(chart.getSeriesMap().get("Rusia").getYData()));
        assertEquals(List.of(3.0, 0.0), list(chart.getSeriesMap().get("Ukraina").getYData()));
    }

    @Test
    void divergingNeedsAtLeastOneBar() {
        assertEquals("n must be at least 1, was 0", assertThrows(IllegalArgumentException.class,
                () -> Charts.diverging(mentions()).top(0)).getMessage());
    }

    @Test
    void valuesMustBeNumeric() {
        assertEquals("column 'period' must be numeric, but is STRING", assertThrows(IllegalArgumentException.class,
                () -> Charts.bar(mentions()).category("actor").value("period")
                        .title("t").xLabel("x").yLabel("y").build()).getMessage());
    }

    @Test
    void heatMapPutsFirstRowOnTopAndZeroInGaps() {
        HeatMapChart chart = Charts.heatMap(mentions()).row("actor").column("period").value("n")
                .title("t").xLabel("x").yLabel("y").build();
        HeatMapSeries series = chart.getHeatMapSeries();
        assertEquals(List.of("2022-01", "2021-12"), list(series.getXData()));
        assertEquals(List.of("Ukraina", "NATO", "Rusia"), list(series.getYData()));
        List<String> cells = new ArrayList<>();
        for (Number[] cell : series.getHeatData()) {
            cells.add(cell[0] + "," + cell[1] + "=" + cell[2]);
        }
        // x 0 = 2022-01, x 1 = 2021-12; y 2 = Rusia (top), 1 = NATO, 0 = Ukraina (bottom)
        assertEquals(List.of("0,2=20.0", "0,1=9.0", "0,0=0.0", "1,2=12.0", "1,1=5.0", "1,0=3.0"), cells);
    }

    @Test
    void timelinePutsOutletsOnSortedLanesBelowTheEvents() {
        Table articles = Table.create("articles",
                StringColumn.create("outlet", "MINA", "Kompas TV", "MINA"),
                DateColumn.create("published", LocalDate.of(2021, 12, 22), LocalDate.of(2021, 12, 28),
                        LocalDate.of(2022, 1, 11)));
        Table events = Table.create("events",
                DateColumn.create("date", LocalDate.of(2022, 1, 10)),
                StringColumn.create("label", "Geneva talks"));
        XYChart chart = Charts.timeline(articles).date("published").lane("outlet").events(events)
                .title("t").xLabel("Date").yLabel("Outlet").build();
        assertEquals(List.of("Kompas TV", "MINA", "events"), list(chart.getSeriesMap().keySet()));
        // lanes top to bottom: events (2), Kompas TV (1), MINA (0)
        assertArrayEquals(new double[] {1}, chart.getSeriesMap().get("Kompas TV").getYData());
        assertArrayEquals(new double[] {0, 0}, chart.getSeriesMap().get("MINA").getYData());
        assertArrayEquals(new double[] {millis(2021, 12, 22), millis(2022, 1, 11)},
                chart.getSeriesMap().get("MINA").getXData());
        assertArrayEquals(new double[] {millis(2022, 1, 10)}, chart.getSeriesMap().get("events").getXData());
        assertArrayEquals(new double[] {2}, chart.getSeriesMap().get("events").getYData());
        assertEquals(Theme.standard().cycle().get(1), chart.getSeriesMap().get("MINA").getMarkerColor());   // Kompas TV, MINA
    }

    @Test
    void timelineKindsShareALaneWithTheirOwnMarkers() {
        Table dates = Table.create("dates",
                StringColumn.create("outlet", "MINA", "MINA", "MINA"),
                StringColumn.create("kind", "published", "mentioned", "mentioned"),
                DateColumn.create("date", LocalDate.of(2021, 12, 22), LocalDate.of(2022, 1, 10),
                        LocalDate.of(2022, 1, 12)));
        XYChart chart = Charts.timeline(dates).date("date").lane("outlet").kind("kind")
                .title("t").xLabel("x").yLabel("y").build();
        assertEquals(List.of("MINA · published", "MINA · mentioned"), list(chart.getSeriesMap().keySet()));
        assertEquals(SeriesMarkers.CIRCLE, chart.getSeriesMap().get("MINA · published").getMarker());
        assertEquals(SeriesMarkers.TRIANGLE_UP, chart.getSeriesMap().get("MINA · mentioned").getMarker());
        assertArrayEquals(new double[] {0, 0}, chart.getSeriesMap().get("MINA · mentioned").getYData());
        assertEquals(Theme.standard().cycle().get(0), chart.getSeriesMap().get("MINA · mentioned").getMarkerColor());
        assertEquals(false, chart.getStyler().isLegendVisible());
    }

    @Test
    void timelineWithoutEventsHasNoEventLane() {
        Table articles = Table.create("a", StringColumn.create("outlet", "MINA"),
                DateColumn.create("published", LocalDate.of(2021, 12, 22)));
        XYChart chart = Charts.timeline(articles).date("published").lane("outlet").build();
        assertEquals(List.of("MINA"), list(chart.getSeriesMap().keySet()));
        assertArrayEquals(new double[] {0}, chart.getSeriesMap().get("MINA").getYData());
    }

    @Test
    void dispersionMarksEachOccurrenceOnItsArticleLane() {
        Table occurrences = Table.create("occ",
                StringColumn.create("article", "a2", "a1", "a2", "a1"),
                DoubleColumn.create("position", 0.25, 0.5, 0.75, 0.1),
                StringColumn.create("term", "invasi", "invasi", "sanksi", "sanksi"));
        XYChart chart = Charts.dispersion(occurrences).document("article").position("position").term("term")
                .title("t").xLabel("x").yLabel("y").build();
        assertEquals(List.of("invasi", "sanksi"), list(chart.getSeriesMap().keySet()));
        // lanes: a1 on top (1), a2 below (0); two terms are nudged by ±0.075
        assertArrayEquals(new double[] {0.25, 0.5}, chart.getSeriesMap().get("invasi").getXData());
        assertArrayEquals(new double[] {0.075, 1.075}, chart.getSeriesMap().get("invasi").getYData(), 1e-12);
        assertArrayEquals(new double[] {0.75, 0.1}, chart.getSeriesMap().get("sanksi").getXData());
        assertArrayEquals(new double[] {-0.075, 0.925}, chart.getSeriesMap().get("sanksi").getYData(), 1e-12);
    }

    @Test
    void anOptionReturnsANewPlotAndLeavesTheOriginalAsItWas() {
        BarPlot plot = Charts.bar(mentions()).category("actor").value("n");
        BarPlot titled = plot.title("Mentions");
        plot.theme(Theme.standard().withSize(400, 300));
        plot.category("period");
        assertEquals("", plot.build().getTitle());
        assertEquals(Theme.standard().width(), plot.build().getWidth());
        assertEquals(List.of("Rusia", "NATO", "Ukraina"), list(plot.build().getSeriesMap().get("n").getXData()));
        assertEquals("Mentions", titled.build().getTitle());
    }

    @Test
    void aMissingColumnOptionIsNamed() {
        assertEquals("BarPlot of 'mentions' needs the option category(...): which column to draw",
                assertThrows(IllegalArgumentException.class,
                        () -> Charts.bar(mentions()).value("n").build()).getMessage());
        assertEquals("TimelinePlot of 'mentions' needs the option lane(...): which column to draw",
                assertThrows(IllegalArgumentException.class,
                        () -> Charts.timeline(mentions()).date("period").build()).getMessage());
    }

    @Test
    void groupedBarsStackOnlyWhenAsked() {
        GroupedBarPlot plot = Charts.groupedBar(mentions()).category("actor").group("period").value("n");
        assertEquals(false, plot.build().getStyler().isStacked());
        assertEquals(true, plot.stacked(true).build().getStyler().isStacked());
    }

    @Test
    void chartsDoNotChangeTheTable() {
        Table table = mentions();
        String before = table.printAll();
        Charts.groupedBar(table).category("actor").group("period").value("n")
                .title("t").xLabel("x").yLabel("y").build();
        Charts.heatMap(table).row("actor").column("period").value("n")
                .title("t").xLabel("x").yLabel("y").build();
        assertEquals(before, table.printAll());
    }
}
