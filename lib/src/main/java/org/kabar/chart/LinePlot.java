package org.kabar.chart;

import java.util.Map;
import org.knowm.xchart.CategoryChart;
import tech.tablesaw.api.Table;

/**
 * One line per series across the categories of the x axis, e.g. mentions per period (x, sorted,
 * so periods run in time order) of the leading actors (series, sorted, in palette colours). A
 * series without a row for a category is zero there. Made by {@link Charts#lines}.
 */
public final class LinePlot extends Plot<LinePlot, CategoryChart> {

    LinePlot(Table table, Map<String, String> options, Labels labels, Theme theme) {
        super(table, options, labels, theme);
    }

    /** The column whose values, sorted, run along the x axis. */
    public LinePlot x(String column) {
        return set("x", column);
    }

    /** The column naming the lines. */
    public LinePlot series(String column) {
        return set("series", column);
    }

    /** The numeric column giving each point's height. */
    public LinePlot value(String column) {
        return set("value", column);
    }

    @Override
    public CategoryChart build() {
        return Charts.drawLines(table, required("x"), required("series"), required("value"), labels, theme);
    }

    @Override
    LinePlot with(Map<String, String> options, Labels labels, Theme theme) {
        return new LinePlot(table, options, labels, theme);
    }
}
