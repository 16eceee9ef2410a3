package org.kabar.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * XChart charts from Tablesaw tables, in one {@link Theme} and sized for a notebook's HTML page.
 *
 * <pre>{@code
 * Charts.bar(articles).category("outlet").value("tokens")
 *         .title("Article length in word tokens").xLabel("outlet").yLabel("word tokens")
 * }</pre>
 *
 * <p>Each method returns a plot's options, immutable: every option gives a new plot, and
 * {@code build()} draws the XChart chart (which a notebook can still adjust), {@code save(path)}
 * draws and writes it as PNG and SVG; a notebook shows a plot as its chart. None modifies the
 * table it reads. Colours come from the theme's {@link Palette}: the sorted series names take its
 * colour cycle in turn, so periods run blue, vermillion, green... in time order. Rows
 * whose value is missing are skipped; rows repeating a category (or a category and group) are
 * added together; an empty group (an undated article's period) is drawn as "undated". A table
 * with nothing to draw gives a chart that says so in one line, never an exception.
 */
public final class Charts {
    /** Pixels of a chart's height taken by title, axis and legend, leaving the rest to the plot area. */
    private static final int TITLE_AXIS_AND_LEGEND_PIXELS = 160;
    private static final String EVENTS_LANE = "events";
    /** Event labels alternate between this many heights, so labels of events days apart do not overlap. */
    private static final int EVENT_LABEL_ROWS = 3;

    /** Marker shapes telling kinds of dates apart within a timeline lane. */
    private static final Marker[] KIND_MARKERS = {SeriesMarkers.CIRCLE, SeriesMarkers.TRIANGLE_UP, SeriesMarkers.SQUARE};
    /** Days of empty time axis before the first and after the last date of a timeline. */
    private static final int TIME_AXIS_PADDING_DAYS = 3;
    /** Height of one heat-map row. */
    private static final int HEAT_ROW_PIXELS = 26;
    /** Average width of one axis-label character at the theme's font size. */
    private static final int APPROX_LABEL_CHAR_PIXELS = 7;

    private Charts() {}

    /** One bar per category, in table order, e.g. mentions per actor: name {@code category} and {@code value}. */
    public static BarPlot bar(Table table) {
        return new BarPlot(table, Map.of(), Labels.NONE, Theme.standard());
    }

    /**
     * Bars of each category side by side (or stacked), one series per group, e.g. actors by
     * period: name {@code category}, {@code group} and {@code value}.
     */
    public static GroupedBarPlot groupedBar(Table table) {
        return new GroupedBarPlot(table, Map.of(), Labels.NONE, Theme.standard());
    }

    /** One line per series across the categories of the x axis: name {@code x}, {@code series} and {@code value}. */
    public static LinePlot lines(Table table) {
        return new LinePlot(table, Map.of(), Labels.NONE, Theme.standard());
    }

    /**
     * The highest positive and lowest negative values, e.g. the words most key to each period:
     * name {@code label}, {@code value} and the {@code positive} and {@code negative} groups.
     */
    public static DivergingPlot diverging(Table table) {
        return new DivergingPlot(table, Map.of(), Labels.NONE, Theme.standard());
    }

    /** A grid of one column's values by another's, each cell shaded by its value: name {@code row}, {@code column} and {@code value}. */
    public static HeatMapPlot heatMap(Table table) {
        return new HeatMapPlot(table, Map.of(), Labels.NONE, Theme.standard());
    }

    /** Dates on a time axis, one lane per value of a column: name {@code date} and {@code lane}; events and kinds are optional. */
    public static TimelinePlot timeline(Table points) {
        return new TimelinePlot(points, TimelinePlot.NO_EVENTS, Map.of(), Labels.NONE, Theme.standard());
    }

    /** Lexical dispersion, one mark per occurrence: name {@code document}, {@code position} and {@code term}. */
    public static DispersionPlot dispersion(Table occurrences) {
        return new DispersionPlot(occurrences, Map.of(), Labels.NONE, Theme.standard());
    }

    /** Draws a {@link BarPlot}. */
    static CategoryChart drawBar(Table table, String categoryCol, String valueCol, Labels labels, Theme theme) {
        CrossTable sums = CrossTable.of(table, categoryCol, null, valueCol);
        CategoryChart chart = categoryChart(labels, theme);
        chart.getStyler().setLegendVisible(false);
        if (sums.rows.isEmpty()) return nothingToDraw(chart, table, valueCol);
        fitCategoryLabels(theme, chart.getStyler(), sums.rows);
        CategorySeries series = chart.addSeries(valueCol, sums.rows, sums.column(0));
        series.setFillColor(theme.single());
        return chart;
    }

    /** Draws a {@link GroupedBarPlot}. */
    static CategoryChart drawGroupedBar(Table table, String categoryCol, String groupCol, String valueCol,
            boolean stacked, Labels labels, Theme theme) {
        CrossTable sums = CrossTable.of(table, categoryCol, groupCol, valueCol);
        CategoryChart chart = categoryChart(labels, theme);
        if (sums.rows.isEmpty()) return nothingToDraw(chart, table, valueCol);
        fitCategoryLabels(theme, chart.getStyler(), sums.rows);
        fitLegend(theme, chart.getStyler(), sums.columns);
        Palette palette = theme.palette(sums.columns);
        for (String group : new TreeSet<>(sums.columns)) {
            CategorySeries series = chart.addSeries(group, sums.rows, sums.column(sums.columns.indexOf(group)));
            series.setFillColor(palette.color(group));
        }
        // Stacked, a bar shows a category's total and its groups' shares, e.g. articles per period by outlet.
        chart.getStyler().setStacked(stacked);
        return chart;
    }

    /** Draws a {@link LinePlot}. */
    static CategoryChart drawLines(Table table, String xCol, String seriesCol, String valueCol,
            Labels labels, Theme theme) {
        CrossTable sums = CrossTable.of(table, seriesCol, xCol, valueCol);
        CategoryChart chart = categoryChart(labels, theme);
        if (sums.rows.isEmpty()) return nothingToDraw(chart, table, valueCol);
        chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        chart.getStyler().setMarkerSize(7);
        List<String> xs = new ArrayList<>(new TreeSet<>(sums.columns));
        fitCategoryLabels(theme, chart.getStyler(), xs);
        fitLegend(theme, chart.getStyler(), sums.rows);
        Palette palette = theme.palette(sums.rows);
        for (String name : new TreeSet<>(sums.rows)) {
            List<Double> values = new ArrayList<>();
            for (String x : xs) values.add(sums.values[sums.rows.indexOf(name)][sums.columns.indexOf(x)]);
            CategorySeries series = chart.addSeries(name, xs, values);
            series.setLineColor(palette.color(name));
            series.setMarkerColor(palette.color(name));
            series.setMarker(SeriesMarkers.CIRCLE);
        }
        return chart;
    }

    /** Draws a {@link DivergingPlot}. */
    static CategoryChart drawDiverging(Table table, String labelCol, String valueCol, int n,
            String positiveGroup, String negativeGroup, Labels labels, Theme theme) {
        Map<String, Double> sums = CrossTable.of(table, labelCol, null, valueCol).columnAsMap(0);
        Comparator<Map.Entry<String, Double>> largestFirst = Map.Entry.<String, Double>comparingByValue()
                .reversed().thenComparing(Map.Entry.comparingByKey());
        List<Map.Entry<String, Double>> positive = sums.entrySet().stream()
                .filter(e -> e.getValue() > 0).sorted(largestFirst).limit(n).toList();
        Comparator<Map.Entry<String, Double>> smallestFirst = Map.Entry.<String, Double>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey());
        List<Map.Entry<String, Double>> negative = sums.entrySet().stream()
                .filter(e -> e.getValue() < 0).sorted(smallestFirst).limit(n).toList();

        List<String> slots = new ArrayList<>();
        List<Double> positiveValues = new ArrayList<>();
        List<Double> negativeValues = new ArrayList<>();
        positive.forEach(e -> {
            slots.add(e.getKey());
            positiveValues.add(e.getValue());
            negativeValues.add(null);
        });
        for (int i = negative.size() - 1; i >= 0; i--) {
            slots.add(negative.get(i).getKey());
            positiveValues.add(null);
            negativeValues.add(negative.get(i).getValue());
        }

        CategoryChart chart = categoryChart(labels, theme);
        if (slots.isEmpty()) return nothingToDraw(chart, table, valueCol);
        // Both series share each slot: a label has a bar in exactly one of them.
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setXAxisLabelRotation(45);
        Palette palette = theme.palette(List.of(positiveGroup, negativeGroup));
        chart.addSeries(positiveGroup, slots, positiveValues).setFillColor(palette.color(positiveGroup));
        chart.addSeries(negativeGroup, slots, negativeValues).setFillColor(palette.color(negativeGroup));
        return chart;
    }

    /** Draws a {@link HeatMapPlot}. */
    static HeatMapChart drawHeatMap(Table table, String rowCol, String colCol, String valueCol,
            Labels labels, Theme theme) {
        CrossTable sums = CrossTable.of(table, rowCol, colCol, valueCol);
        if (sums.rows.isEmpty()) return nothingToDraw(table, valueCol, labels, theme);
        // Tall enough for a readable row per actor, plus room for tilted column labels below.
        int height = Math.max(theme.height(), HEAT_ROW_PIXELS * sums.rows.size() + 260);
        HeatMapChart chart = new HeatMapChartBuilder().width(theme.width()).height(height)
                .title(labels.title()).xAxisTitle(labels.x()).yAxisTitle(labels.y()).build();
        theme.applyTo(chart.getStyler());
        // Every cell prints its value, so a colour legend would only take width from the grid.
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setRangeColors(theme.heatScale().toArray(Color[]::new));
        chart.getStyler().setShowValue(true);
        chart.getStyler().setHeatMapDecimalValueFormatter(Charts::formatValue);
        fitCategoryLabels(theme, chart.getStyler(), sums.columns);
        // XChart puts y index 0 at the bottom; the table's first row belongs at the top.
        List<String> bottomUp = new ArrayList<>(sums.rows);
        Collections.reverse(bottomUp);
        List<Number[]> cells = new ArrayList<>();
        for (int col = 0; col < sums.columns.size(); col++) {
            for (int row = 0; row < sums.rows.size(); row++) {
                cells.add(new Number[] {col, sums.rows.size() - 1 - row, sums.values[row][col]});
            }
        }
        chart.addSeries(valueCol, sums.columns, bottomUp, cells);
        return chart;
    }

    /** Draws a {@link TimelinePlot}. */
    static XYChart drawTimeline(Table points, String dateCol, String laneCol, String kindCol, Table events,
            Labels labels, Theme theme) {
        Map<String, Map<String, List<LocalDate>>> datesByLaneAndKind = new TreeMap<>();
        List<String> kinds = new ArrayList<>();
        for (int row = 0; row < points.rowCount(); row++) {
            if (points.column(dateCol).isMissing(row)) continue;
            String kind = kindCol == null ? "" : text(points, kindCol, row);
            if (!kinds.contains(kind)) kinds.add(kind);
            datesByLaneAndKind.computeIfAbsent(text(points, laneCol, row), lane -> new LinkedHashMap<>())
                    .computeIfAbsent(kind, k -> new ArrayList<>()).add(points.dateColumn(dateCol).get(row));
        }
        List<String> lanes = new ArrayList<>(datesByLaneAndKind.keySet());
        if (events.rowCount() > 0) {
            lanes.add(0, EVENTS_LANE);
        }
        XYChart chart = xyChart(labels, theme);
        if (lanes.isEmpty()) return nothingToDraw(chart, "nothing to draw: no row has a date in '" + dateCol + "'");
        chart.getStyler().setDatePattern("d MMM yyyy");
        padTimeAxis(chart, datesByLaneAndKind, events);
        drawLanes(chart, lanes, theme);
        Palette palette = theme.palette(datesByLaneAndKind.keySet());
        datesByLaneAndKind.forEach((lane, byKind) -> byKind.forEach((kind, dates) -> {
            String name = kindCol == null ? lane : lane + " · " + kind;
            XYSeries series = chart.addSeries(name, toDates(dates), repeat(lanePosition(lanes, lane), dates.size()));
            series.setMarker(KIND_MARKERS[kinds.indexOf(kind) % KIND_MARKERS.length]).setMarkerColor(palette.color(lane));
        }));
        // Lanes are named on the axis: a legend would only repeat them.
        chart.getStyler().setLegendVisible(false);
        if (events.rowCount() > 0) {
            addEvents(chart, events, lanePosition(lanes, EVENTS_LANE), theme);
        }
        return chart;
    }

    /** Draws a {@link DispersionPlot}. */
    static XYChart drawDispersion(Table occurrences, String documentCol, String positionCol, String termCol,
            Labels labels, Theme theme) {
        TreeSet<String> documents = new TreeSet<>();
        TreeSet<String> terms = new TreeSet<>();
        for (int row = 0; row < occurrences.rowCount(); row++) {
            documents.add(text(occurrences, documentCol, row));
            terms.add(text(occurrences, termCol, row));
        }
        List<String> lanes = new ArrayList<>(documents);
        List<String> termOrder = new ArrayList<>(terms);
        XYChart chart = xyChart(labels, theme);
        if (lanes.isEmpty()) return nothingToDraw(chart, "nothing to draw: the table has no occurrences");
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0);
        drawLanes(chart, lanes, theme);
        fitLegend(theme, chart.getStyler(), termOrder);
        Palette palette = theme.palette(termOrder);
        NumericColumn<?> positions = numeric(occurrences, positionCol);
        for (String term : termOrder) {
            double nudge = 0.15 * (termOrder.indexOf(term) - (termOrder.size() - 1) / 2.0);
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int row = 0; row < occurrences.rowCount(); row++) {
                if (text(occurrences, termCol, row).equals(term) && !positions.isMissing(row)) {
                    x.add(positions.getDouble(row));
                    y.add(lanePosition(lanes, text(occurrences, documentCol, row)) - nudge);
                }
            }
            XYSeries series = chart.addSeries(term, x, y);
            series.setMarker(SeriesMarkers.RECTANGLE).setMarkerColor(palette.color(term));
        }
        return chart;
    }

    /** A legend of more entries than fit in one row below the plot goes to its right, one entry a line. */
    private static void fitLegend(Theme theme, AxesChartStyler styler, java.util.Collection<String> names) {
        int width = names.stream().mapToInt(name -> name.length() * APPROX_LABEL_CHAR_PIXELS + 40).sum();
        if (width > theme.width() - 80) {
            styler.setLegendPosition(LegendPosition.OutsideE);
            styler.setLegendLayout(LegendLayout.Vertical);
        }
    }

    /** Why a table gives nothing to draw, in one line. */
    private static String whyEmpty(Table table, String valueCol) {
        return table.rowCount() == 0 ? "nothing to draw: the table " + table.name() + " has no rows"
                : "nothing to draw: no row of " + table.name() + " has a value in '" + valueCol + "'";
    }

    private static CategoryChart nothingToDraw(CategoryChart chart, Table table, String valueCol) {
        // XChart draws no chart without a series: one invisible bar, no axes, and the reason.
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setAxisTicksVisible(false);
        chart.getStyler().setAxisTitlesVisible(false);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.addSeries(" ", List.of(" "), List.of(0)).setFillColor(Color.WHITE);
        sayWhy(chart, whyEmpty(table, valueCol));
        return chart;
    }

    private static XYChart nothingToDraw(XYChart chart, String reason) {
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setAxisTicksVisible(false);
        chart.getStyler().setAxisTitlesVisible(false);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.addSeries(" ", new double[] {0}, new double[] {0}).setMarker(SeriesMarkers.NONE);
        sayWhy(chart, reason);
        return chart;
    }

    private static HeatMapChart nothingToDraw(Table table, String valueCol, Labels labels, Theme theme) {
        HeatMapChart chart = new HeatMapChartBuilder().width(theme.width()).height(theme.height()).title(labels.title()).build();
        theme.applyTo(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setAxisTicksVisible(false);
        chart.getStyler().setAxisTitlesVisible(false);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setRangeColors(new Color[] {Color.WHITE, Color.WHITE});
        chart.addSeries(" ", List.of(" "), List.of(" "), List.<Number[]>of(new Number[] {0, 0, 0}));
        sayWhy(chart, whyEmpty(table, valueCol));
        return chart;
    }

    /** The one line an empty chart shows: its title, then why there is nothing under it. */
    private static void sayWhy(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, String reason) {
        chart.setTitle(chart.getTitle() == null || chart.getTitle().isBlank() ? reason : chart.getTitle() + " — " + reason);
    }

    private static CategoryChart categoryChart(Labels labels, Theme theme) {
        CategoryChart chart = new CategoryChartBuilder().width(theme.width()).height(theme.height())
                .title(labels.title()).xAxisTitle(labels.x()).yAxisTitle(labels.y()).build();
        theme.applyTo(chart.getStyler());
        return chart;
    }

    /** Category names too long to stand side by side are drawn at 45°, so they never overlap. */
    private static void fitCategoryLabels(Theme theme, AxesChartStyler styler, List<String> categories) {
        int pixelsPerCategory = (theme.width() - 120) / Math.max(1, categories.size());
        int longest = categories.stream().mapToInt(String::length).max().orElse(0);
        if (longest * APPROX_LABEL_CHAR_PIXELS > pixelsPerCategory) {
            styler.setXAxisLabelRotation(45);
        }
    }

    private static XYChart xyChart(Labels labels, Theme theme) {
        XYChart chart = new XYChartBuilder().width(theme.width()).height(theme.height())
                .title(labels.title()).xAxisTitle(labels.x()).yAxisTitle(labels.y()).build();
        theme.applyTo(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(9);
        return chart;
    }

    /** Names the y positions 0, 1, … after {@code lanes}, first lane at the top. */
    private static void drawLanes(XYChart chart, List<String> lanes, Theme theme) {
        double span = lanes.size() + 0.2;
        chart.getStyler().setYAxisMin(-0.6).setYAxisMax(span - 0.6);
        chart.getStyler().setPlotGridHorizontalLinesVisible(false);
        // XChart rounds this pixel hint to a "nice" tick step; one lane's height gives a step of
        // exactly one lane (or two, when lanes are too thin for a label each), so ticks fall on lanes.
        chart.getStyler().setYAxisTickMarkSpacingHint((int) Math.round((theme.height() - TITLE_AXIS_AND_LEGEND_PIXELS) / span));
        chart.setCustomYAxisTickLabelsFormatter(y -> {
            long index = Math.round(y);
            boolean onLane = Math.abs(y - index) < 1e-9 && index >= 0 && index < lanes.size();
            // Off-lane ticks lie outside the plot and are never drawn, but XChart rejects a tick
            // layout whose labels repeat, so each gets its own value as label.
            return onLane ? lanes.get(lanes.size() - 1 - (int) index) : Double.toString(y);
        });
    }

    /**
     * Room of {@value #TIME_AXIS_PADDING_DAYS} days before the first and after the last date, so
     * markers and event labels at the ends are not cut by the plot's edge.
     */
    private static void padTimeAxis(XYChart chart, Map<String, Map<String, List<LocalDate>>> points, Table events) {
        List<LocalDate> all = new ArrayList<>();
        points.values().forEach(byKind -> byKind.values().forEach(all::addAll));
        for (int row = 0; row < events.rowCount(); row++) {
            all.add(events.dateColumn("date").get(row));
        }
        if (all.isEmpty()) return;
        LocalDate first = Collections.min(all);
        LocalDate last = Collections.max(all);
        chart.getStyler().setXAxisMin((double) toDate(first.minusDays(TIME_AXIS_PADDING_DAYS)).getTime());
        chart.getStyler().setXAxisMax((double) toDate(last.plusDays(TIME_AXIS_PADDING_DAYS)).getTime());
    }

    private static double lanePosition(List<String> lanes, String lane) {
        return lanes.size() - 1 - lanes.indexOf(lane);
    }

    private static void addEvents(XYChart chart, Table events, double lane, Theme theme) {
        List<LocalDate> dates = new ArrayList<>();
        for (int row = 0; row < events.rowCount(); row++) {
            LocalDate date = events.dateColumn("date").get(row);
            dates.add(date);
            double x = toDate(date).getTime();
            chart.addAnnotation(new AnnotationLine(x, true, false));
            double labelY = lane - 0.3 - 0.2 * (row % EVENT_LABEL_ROWS);
            chart.addAnnotation(new AnnotationText(events.stringColumn("label").get(row), x, labelY, false));
        }
        chart.getStyler().setAnnotationLineColor(theme.muted());
        chart.getStyler().setAnnotationLineStroke(
                new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        chart.getStyler().setAnnotationTextFontColor(theme.text());
        XYSeries series = chart.addSeries(EVENTS_LANE, toDates(dates), repeat(lane, dates.size()));
        series.setMarker(SeriesMarkers.DIAMOND).setMarkerColor(theme.muted());
    }

    private static List<Date> toDates(List<LocalDate> dates) {
        return dates.stream().map(Charts::toDate).toList();
    }

    private static Date toDate(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static List<Double> repeat(double value, int times) {
        return Collections.nCopies(times, value);
    }

    private static String formatValue(double value) {
        return value == Math.rint(value)
                ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String text(Table table, String columnName, int row) {
        return table.column(columnName).getString(row);
    }

    private static NumericColumn<?> numeric(Table table, String columnName) {
        Column<?> column = table.column(columnName);
        if (!(column instanceof NumericColumn<?> numeric)) {
            throw new IllegalArgumentException(
                    "column '" + columnName + "' must be numeric, but is " + column.type().name());
        }
        return numeric;
    }

    /**
     * Sums of a value column by row key and (optionally) column key, keys in order of first
     * appearance. With no column key, every value falls in a single column.
     */
    private static final class CrossTable {
        final List<String> rows;
        final List<String> columns;
        final double[][] values;

        private CrossTable(List<String> rows, List<String> columns, double[][] values) {
            this.rows = rows;
            this.columns = columns;
            this.values = values;
        }

        static CrossTable of(Table table, String rowCol, String colCol, String valueCol) {
            NumericColumn<?> value = numeric(table, valueCol);
            Map<String, Map<String, Double>> sums = new LinkedHashMap<>();
            LinkedHashSet<String> columnKeys = new LinkedHashSet<>();
            for (int row = 0; row < table.rowCount(); row++) {
                if (value.isMissing(row)) {
                    continue;
                }
                String columnKey = colCol == null ? valueCol : text(table, colCol, row);
                if (columnKey.isEmpty()) columnKey = Palette.UNDATED_LABEL;
                columnKeys.add(columnKey);
                sums.computeIfAbsent(text(table, rowCol, row), key -> new LinkedHashMap<>())
                        .merge(columnKey, value.getDouble(row), Double::sum);
            }
            List<String> rows = List.copyOf(sums.keySet());
            List<String> columns = List.copyOf(columnKeys);
            double[][] values = new double[rows.size()][columns.size()];
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < columns.size(); c++) {
                    values[r][c] = sums.get(rows.get(r)).getOrDefault(columns.get(c), 0.0);
                }
            }
            return new CrossTable(rows, columns, values);
        }

        List<Double> column(int c) {
            List<Double> out = new ArrayList<>(rows.size());
            for (double[] row : values) {
                out.add(row[c]);
            }
            return out;
        }

        Map<String, Double> columnAsMap(int c) {
            Map<String, Double> out = new LinkedHashMap<>();
            for (int r = 0; r < rows.size(); r++) {
                out.put(rows.get(r), values[r][c]);
            }
            return out;
        }
    }
}
