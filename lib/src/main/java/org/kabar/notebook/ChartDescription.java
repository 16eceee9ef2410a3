package org.kabar.notebook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapSeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A chart in words, for the {@code alt} text of its image on a page: what kind of chart, its
 * title, its axes and what is plotted on them (categories, rows and columns, series). Screen
 * readers read it, and search engines index it. Lists longer than {@value #MAX_LISTED} items are
 * cut with a count of the rest.
 *
 * <pre>{@code
 * ChartDescription.of(Charts.bar(articles, "outlet", "tokens", "Article length", "outlet", "word tokens"))
 * // "Bar chart: Article length. Horizontal axis, outlet: VOA Indonesia, Kompas TV, ... Vertical axis: word tokens."
 * }</pre>
 */
public final class ChartDescription {
    static final int MAX_LISTED = 12;

    private ChartDescription() {}

    /** One or a few sentences describing {@code chart}; never empty. */
    public static String of(Chart<?, ?> chart) {
        String title = chart.getTitle() == null || chart.getTitle().isBlank() ? "untitled" : chart.getTitle().strip();
        StringBuilder out = new StringBuilder();
        if (chart instanceof HeatMapChart heat) {
            out.append("Heat map: ").append(sentence(title));
            HeatMapSeries series = heat.getHeatMapSeries();
            if (series != null) {
                out.append(" Rows").append(axisName(chart.getYAxisTitle())).append(": ")
                        .append(list(series.getYData())).append(". Columns").append(axisName(chart.getXAxisTitle()))
                        .append(": ").append(list(series.getXData())).append(". Each cell shows its value.");
            }
        } else if (chart instanceof CategoryChart bars) {
            out.append("Bar chart: ").append(sentence(title));
            List<Object> categories = new ArrayList<>();
            bars.getSeriesMap().values().forEach(s -> s.getXData().forEach(x -> {
                if (!categories.contains(x)) categories.add(x);
            }));
            if (categories.isEmpty()) {
                return out.append(" No data.").toString();
            }
            out.append(" Horizontal axis").append(axisName(chart.getXAxisTitle())).append(": ")
                    .append(list(categories)).append('.');
            appendVerticalAxis(out, chart);
            appendSeries(out, bars.getSeriesMap().keySet(), "Bars by");
        } else if (chart instanceof XYChart xy) {
            out.append("Dot chart: ").append(sentence(title));
            appendAxes(out, chart);
            appendSeries(out, xy.getSeriesMap().keySet(), "Marks by");
        } else {
            out.append("Chart: ").append(sentence(title));
            appendAxes(out, chart);
        }
        return out.toString();
    }

    private static void appendAxes(StringBuilder out, Chart<?, ?> chart) {
        String x = chart.getXAxisTitle();
        if (x != null && !x.isBlank()) out.append(" Horizontal axis: ").append(x.strip()).append('.');
        appendVerticalAxis(out, chart);
    }

    private static void appendVerticalAxis(StringBuilder out, Chart<?, ?> chart) {
        String y = chart.getYAxisTitle();
        if (y != null && !y.isBlank()) out.append(" Vertical axis: ").append(y.strip()).append('.');
    }

    /** Series are worth naming only when there are several (one series is the chart itself). */
    private static void appendSeries(StringBuilder out, Collection<String> names, String lead) {
        if (names.size() > 1) out.append(' ').append(lead).append(' ').append(list(names)).append('.');
    }

    private static String axisName(String title) {
        return title == null || title.isBlank() ? "" : " (" + title.strip() + ")";
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    private static String list(Collection<?> items) {
        List<String> shown = new ArrayList<>();
        for (Object item : items) {
            if (shown.size() == MAX_LISTED) break;
            shown.add(String.valueOf(item));
        }
        String joined = String.join(", ", shown);
        int rest = items.size() - shown.size();
        return rest > 0 ? joined + " and " + rest + " more" : joined;
    }
}
