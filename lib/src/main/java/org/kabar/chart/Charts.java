package org.kabar.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
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
import java.util.TimeZone;
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
 * XChart charts from Tablesaw tables, all in one theme and sized for a notebook's HTML page.
 *
 * <p>Each method returns the XChart object, so a notebook can still adjust it; none modifies the
 * table it reads. Colours come from {@link Palette}: the sorted series names take a
 * colour-blind-safe cycle in turn, so periods run blue, vermillion, green... in time order. Rows
 * whose value is missing are skipped; rows repeating a category (or a category and group) are
 * added together; an empty group (an undated article's period) is drawn as "undated". A table
 * with nothing to draw gives a chart that says so in one line, never an exception.
 */
public final class Charts {
    /** Width of every chart, in pixels: the text column of a JupyterLab or nbconvert page. */
    public static final int WIDTH = 800;
    /** Height of every chart, in pixels. */
    public static final int HEIGHT = 450;

    private static final String FONT = Font.SANS_SERIF;
    private static final Color TEXT = new Color(0x222222);
    private static final Color GRID = new Color(0xE6E6E6);
    /** Light to mid blue: sequential, readable in grey and for colour-blind readers, dark values still legible on it. */
    private static final Color[] HEAT_SCALE = {new Color(0xF7FBFF), new Color(0x9ECAE1), new Color(0x3182BD)};
    /** Pixels between the top and bottom of the plot area, once title, axis and legend have their room. */
    private static final int ESTIMATED_PLOT_HEIGHT = 290;
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

    /** One bar per category, in table order, e.g. mentions per actor. */
    public static CategoryChart bar(
            Table table, String categoryCol, String valueCol, String title, String xLabel, String yLabel) {
        CrossTable sums = CrossTable.of(table, categoryCol, null, valueCol);
        CategoryChart chart = categoryChart(title, xLabel, yLabel);
        chart.getStyler().setLegendVisible(false);
        if (sums.rows.isEmpty()) return nothingToDraw(chart, table, valueCol);
        fitCategoryLabels(chart.getStyler(), sums.rows);
        CategorySeries series = chart.addSeries(valueCol, sums.rows, sums.column(0));
        series.setFillColor(Palette.NEUTRAL);
        return chart;
    }

    /**
     * Bars of each category side by side, one series per group, e.g. actors (categories, in table
     * order) by period (groups, sorted so periods run in time order), each group in its palette colour.
     * A category with no row for a group gets a bar of zero.
     */
    public static CategoryChart groupedBar(Table table, String categoryCol, String groupCol, String valueCol,
            String title, String xLabel, String yLabel) {
        CrossTable sums = CrossTable.of(table, categoryCol, groupCol, valueCol);
        CategoryChart chart = categoryChart(title, xLabel, yLabel);
        if (sums.rows.isEmpty()) return nothingToDraw(chart, table, valueCol);
        fitCategoryLabels(chart.getStyler(), sums.rows);
        fitLegend(chart.getStyler(), sums.columns);
        Palette palette = Palette.of(sums.columns);
        for (String group : new TreeSet<>(sums.columns)) {
            CategorySeries series = chart.addSeries(group, sums.rows, sums.column(sums.columns.indexOf(group)));
            series.setFillColor(palette.color(group));
        }
        return chart;
    }

    /**
     * One line per series across the categories of the x axis, e.g. mentions per period (x, sorted,
     * so periods run in time order) of the leading actors (series, sorted, in palette colours). A
     * series without a row for a category is zero there.
     */
    public static CategoryChart lines(Table table, String xCol, String seriesCol, String valueCol,
            String title, String xLabel, String yLabel) {
        CrossTable sums = CrossTable.of(table, seriesCol, xCol, valueCol);
        CategoryChart chart = categoryChart(title, xLabel, yLabel);
        if (sums.rows.isEmpty()) return nothingToDraw(chart, table, valueCol);
        chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        chart.getStyler().setMarkerSize(7);
        List<String> xs = new ArrayList<>(new TreeSet<>(sums.columns));
        fitCategoryLabels(chart.getStyler(), xs);
        fitLegend(chart.getStyler(), sums.rows);
        Palette palette = Palette.of(sums.rows);
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

    /**
     * The {@code n} highest positive and {@code n} lowest negative values, largest first, e.g. the
     * terms most key to each period. Positive bars form the series {@code positiveGroup}, negative
     * bars the series {@code negativeGroup}, each in that name's palette colour; zero values are left out.
     */
    public static CategoryChart diverging(Table table, String labelCol, String valueCol, int n,
            String positiveGroup, String negativeGroup, String title, String xLabel, String yLabel) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        Map<String, Double> sums = CrossTable.of(table, labelCol, null, valueCol).columnAsMap(0);
        Comparator<Map.Entry<String, Double>> largestFirst = Map.Entry.<String, Double>comparingByValue()
                .reversed().thenComparing(Map.Entry.comparingByKey());
        List<Map.Entry<String, Double>> positive = sums.entrySet().stream()
                .filter(e -> e.getValue() > 0).sorted(largestFirst).limit(n).toList();
        Comparator<Map.Entry<String, Double>> smallestFirst = Map.Entry.<String, Double>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey());
        List<Map.Entry<String, Double>> negative = sums.entrySet().stream()
                .filter(e -> e.getValue() < 0).sorted(smallestFirst).limit(n).toList();

        List<String> labels = new ArrayList<>();
        List<Double> positiveValues = new ArrayList<>();
        List<Double> negativeValues = new ArrayList<>();
        positive.forEach(e -> {
            labels.add(e.getKey());
            positiveValues.add(e.getValue());
            negativeValues.add(null);
        });
        for (int i = negative.size() - 1; i >= 0; i--) {
            labels.add(negative.get(i).getKey());
            positiveValues.add(null);
            negativeValues.add(negative.get(i).getValue());
        }

        CategoryChart chart = categoryChart(title, xLabel, yLabel);
        if (labels.isEmpty()) return nothingToDraw(chart, table, valueCol);
        // Both series share each slot: a label has a bar in exactly one of them.
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setXAxisLabelRotation(45);
        Palette palette = Palette.of(List.of(positiveGroup, negativeGroup));
        chart.addSeries(positiveGroup, labels, positiveValues).setFillColor(palette.color(positiveGroup));
        chart.addSeries(negativeGroup, labels, negativeValues).setFillColor(palette.color(negativeGroup));
        return chart;
    }

    /**
     * A grid of {@code rowCol} by {@code colCol}, each cell shaded and labelled by its value, e.g.
     * actors by article. Rows run top to bottom and columns left to right in table order; a missing
     * pair counts as zero.
     */
    public static HeatMapChart heatMap(Table table, String rowCol, String colCol, String valueCol,
            String title, String xLabel, String yLabel) {
        CrossTable sums = CrossTable.of(table, rowCol, colCol, valueCol);
        if (sums.rows.isEmpty()) return nothingToDraw(table, valueCol, title);
        // Tall enough for a readable row per actor, plus room for tilted column labels below.
        int height = Math.max(HEIGHT, HEAT_ROW_PIXELS * sums.rows.size() + 260);
        HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH).height(height)
                .title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        applyTheme(chart.getStyler());
        // Every cell prints its value, so a colour legend would only take width from the grid.
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setRangeColors(HEAT_SCALE);
        chart.getStyler().setShowValue(true);
        chart.getStyler().setHeatMapDecimalValueFormatter(Charts::formatValue);
        fitCategoryLabels(chart.getStyler(), sums.columns);
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

    /** {@link #timeline(Table, String, String, Table, String, String, String)} without events. */
    public static XYChart timeline(Table points, String dateCol, String laneCol,
            String title, String xLabel, String yLabel) {
        return timeline(points, dateCol, laneCol, Table.create("no events"), title, xLabel, yLabel);
    }

    /**
     * Dates on a time axis, one lane and palette colour per {@code laneCol} value (sorted by name,
     * first at the top), e.g. publication dates by outlet. Each row of {@code events} — columns
     * {@code date} (a date column) and {@code label} — adds a marker in a top lane named "events",
     * a dashed vertical line across the lanes and its label. Dates are drawn in UTC, so a
     * notebook's chart does not move with the machine's time zone.
     */
    public static XYChart timeline(Table points, String dateCol, String laneCol, Table events,
            String title, String xLabel, String yLabel) {
        return timeline(points, dateCol, laneCol, null, events, title, xLabel, yLabel);
    }

    /**
     * {@link #timeline(Table, String, String, Table, String, String, String)} with a second
     * distinction inside each lane: rows are grouped by {@code kindCol} (e.g. "published" and
     * "mentioned" dates of one outlet), each kind with its own marker shape — circle, triangle,
     * square, in the order the kinds first appear in the table — and the lane's colour. The
     * legend is left out, since lanes are named on the axis; name the shapes beside the chart.
     */
    public static XYChart timeline(Table points, String dateCol, String laneCol, String kindCol, Table events,
            String title, String xLabel, String yLabel) {
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
        XYChart chart = xyChart(title, xLabel, yLabel);
        if (lanes.isEmpty()) return nothingToDraw(chart, "nothing to draw: no row has a date in '" + dateCol + "'");
        chart.getStyler().setDatePattern("d MMM yyyy");
        padTimeAxis(chart, datesByLaneAndKind, events);
        drawLanes(chart, lanes);
        Palette palette = Palette.of(datesByLaneAndKind.keySet());
        datesByLaneAndKind.forEach((lane, byKind) -> byKind.forEach((kind, dates) -> {
            String name = kindCol == null ? lane : lane + " · " + kind;
            XYSeries series = chart.addSeries(name, toDates(dates), repeat(lanePosition(lanes, lane), dates.size()));
            series.setMarker(KIND_MARKERS[kinds.indexOf(kind) % KIND_MARKERS.length]).setMarkerColor(palette.color(lane));
        }));
        // Lanes are named on the axis: a legend would only repeat them.
        chart.getStyler().setLegendVisible(false);
        if (events.rowCount() > 0) {
            addEvents(chart, events, lanePosition(lanes, EVENTS_LANE));
        }
        return chart;
    }

    /**
     * Lexical dispersion: one mark per occurrence at its relative position in the document
     * ({@code positionCol}, 0 = start, 1 = end), one lane per document (sorted by name, first at
     * the top) and one series per term (sorted, in palette colours). When several terms share a
     * lane, each is nudged up or down a little so their marks stay apart.
     */
    public static XYChart dispersion(Table occurrences, String documentCol, String positionCol, String termCol,
            String title, String xLabel, String yLabel) {
        TreeSet<String> documents = new TreeSet<>();
        TreeSet<String> terms = new TreeSet<>();
        for (int row = 0; row < occurrences.rowCount(); row++) {
            documents.add(text(occurrences, documentCol, row));
            terms.add(text(occurrences, termCol, row));
        }
        List<String> lanes = new ArrayList<>(documents);
        List<String> termOrder = new ArrayList<>(terms);
        XYChart chart = xyChart(title, xLabel, yLabel);
        if (lanes.isEmpty()) return nothingToDraw(chart, "nothing to draw: the table has no occurrences");
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0);
        drawLanes(chart, lanes);
        fitLegend(chart.getStyler(), termOrder);
        Palette palette = Palette.of(termOrder);
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
    private static void fitLegend(AxesChartStyler styler, java.util.Collection<String> names) {
        int width = names.stream().mapToInt(name -> name.length() * APPROX_LABEL_CHAR_PIXELS + 40).sum();
        if (width > WIDTH - 80) {
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

    private static HeatMapChart nothingToDraw(Table table, String valueCol, String title) {
        HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH).height(HEIGHT).title(title).build();
        applyTheme(chart.getStyler());
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

    private static CategoryChart categoryChart(String title, String xLabel, String yLabel) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        applyTheme(chart.getStyler());
        return chart;
    }

    /** Category names too long to stand side by side are drawn at 45°, so they never overlap. */
    private static void fitCategoryLabels(AxesChartStyler styler, List<String> categories) {
        int pixelsPerCategory = (WIDTH - 120) / Math.max(1, categories.size());
        int longest = categories.stream().mapToInt(String::length).max().orElse(0);
        if (longest * APPROX_LABEL_CHAR_PIXELS > pixelsPerCategory) {
            styler.setXAxisLabelRotation(45);
        }
    }

    private static XYChart xyChart(String title, String xLabel, String yLabel) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        applyTheme(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(9);
        return chart;
    }

    /** The one theme: white, quiet grid, sans-serif, legend below, locale-independent number and date labels. */
    private static void applyTheme(AxesChartStyler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setPlotGridLinesColor(GRID);
        styler.setChartFontColor(TEXT);
        styler.setAxisTickLabelsColor(TEXT);
        styler.setChartTitleBoxVisible(false);
        styler.setChartTitleFont(new Font(FONT, Font.BOLD, 17));
        styler.setAxisTitleFont(new Font(FONT, Font.PLAIN, 14));
        styler.setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, 12));
        styler.setLegendFont(new Font(FONT, Font.PLAIN, 13));
        styler.setAnnotationTextFont(new Font(FONT, Font.PLAIN, 11));
        styler.setLegendPosition(LegendPosition.OutsideS);
        styler.setLegendLayout(LegendLayout.Horizontal);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setToolTipsEnabled(false);
        styler.setAntiAlias(true);
        styler.setLocale(Locale.ENGLISH);
        styler.setTimezone(TimeZone.getTimeZone(ZoneOffset.UTC));
    }

    /** Names the y positions 0, 1, … after {@code lanes}, first lane at the top. */
    private static void drawLanes(XYChart chart, List<String> lanes) {
        double span = lanes.size() + 0.2;
        chart.getStyler().setYAxisMin(-0.6).setYAxisMax(span - 0.6);
        chart.getStyler().setPlotGridHorizontalLinesVisible(false);
        // XChart rounds this pixel hint to a "nice" tick step; one lane's height gives a step of
        // exactly one lane (or two, when lanes are too thin for a label each), so ticks fall on lanes.
        chart.getStyler().setYAxisTickMarkSpacingHint((int) Math.round(ESTIMATED_PLOT_HEIGHT / span));
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

    private static void addEvents(XYChart chart, Table events, double lane) {
        List<LocalDate> dates = new ArrayList<>();
        for (int row = 0; row < events.rowCount(); row++) {
            LocalDate date = events.dateColumn("date").get(row);
            dates.add(date);
            double x = toDate(date).getTime();
            chart.addAnnotation(new AnnotationLine(x, true, false));
            double labelY = lane - 0.3 - 0.2 * (row % EVENT_LABEL_ROWS);
            chart.addAnnotation(new AnnotationText(events.stringColumn("label").get(row), x, labelY, false));
        }
        chart.getStyler().setAnnotationLineColor(Palette.MUTED);
        chart.getStyler().setAnnotationLineStroke(
                new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        chart.getStyler().setAnnotationTextFontColor(TEXT);
        XYSeries series = chart.addSeries(EVENTS_LANE, toDates(dates), repeat(lane, dates.size()));
        series.setMarker(SeriesMarkers.DIAMOND).setMarkerColor(Palette.MUTED);
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
