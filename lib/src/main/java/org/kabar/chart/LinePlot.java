package org.kabar.chart;

import org.knowm.xchart.CategoryChart;
import tech.tablesaw.api.Table;

/**
 * One line per series across the categories of the x axis, e.g. mentions per period (x, sorted,
 * so periods run in time order) of the leading actors (series, sorted, in palette colours). A
 * series without a row for a category is zero there. Made by {@link Charts#lines}.
 */
public final class LinePlot extends Plot<LinePlot, CategoryChart> {
    private final String x;
    private final String series;
    private final String value;

    LinePlot(Table table) {
        this(table, Labels.NONE, Theme.standard(), null, null, null);
    }

    private LinePlot(Table table, Labels labels, Theme theme, String x, String series, String value) {
        super(table, labels, theme);
        this.x = x;
        this.series = series;
        this.value = value;
    }

    /** The column whose values, sorted, run along the x axis. */
    public LinePlot x(String column) {
        return new LinePlot(table, labels, theme, column, series, value);
    }

    /** The column naming the lines. */
    public LinePlot series(String column) {
        return new LinePlot(table, labels, theme, x, column, value);
    }

    /** The numeric column giving each point's height. */
    public LinePlot value(String column) {
        return new LinePlot(table, labels, theme, x, series, column);
    }

    @Override
    public CategoryChart build() {
        return Charts.drawLines(table, required(x, "x"), required(series, "series"), required(value, "value"),
                labels, theme);
    }

    @Override
    LinePlot with(Labels labels, Theme theme) {
        return new LinePlot(table, labels, theme, x, series, value);
    }
}
