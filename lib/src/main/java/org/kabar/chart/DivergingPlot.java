package org.kabar.chart;

import java.util.Map;
import org.knowm.xchart.CategoryChart;
import tech.tablesaw.api.Table;

/**
 * The {@code top} highest positive and {@code top} lowest negative values, largest first, e.g.
 * the words most key to each period. Positive bars form the series named {@code positive},
 * negative bars the series named {@code negative}, each in that name's palette colour; zero
 * values are left out. Made by {@link Charts#diverging}.
 */
public final class DivergingPlot extends Plot<DivergingPlot, CategoryChart> {
    /** Bars each way unless {@link #top} says otherwise. */
    public static final int DEFAULT_TOP = 10;

    DivergingPlot(Table table, Map<String, String> options, Labels labels, Theme theme) {
        super(table, options, labels, theme);
    }

    /** The column naming the bars. */
    public DivergingPlot label(String column) {
        return set("label", column);
    }

    /** The numeric, signed column giving each bar's length. */
    public DivergingPlot value(String column) {
        return set("value", column);
    }

    /** How many bars each way, at most (default {@value #DEFAULT_TOP}). */
    public DivergingPlot top(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        return set("top", n);
    }

    /** The name of the positive bars' series, e.g. the target period. */
    public DivergingPlot positive(String group) {
        return set("positive", group);
    }

    /** The name of the negative bars' series, e.g. the reference period. */
    public DivergingPlot negative(String group) {
        return set("negative", group);
    }

    @Override
    public CategoryChart build() {
        return Charts.drawDiverging(table, required("label"), required("value"),
                Integer.parseInt(option("top", String.valueOf(DEFAULT_TOP))),
                required("positive"), required("negative"), labels, theme);
    }

    @Override
    DivergingPlot with(Map<String, String> options, Labels labels, Theme theme) {
        return new DivergingPlot(table, options, labels, theme);
    }
}
