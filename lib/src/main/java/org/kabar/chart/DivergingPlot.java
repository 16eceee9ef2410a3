package org.kabar.chart;

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

    private final String label;
    private final String value;
    private final int top;
    private final String positive;
    private final String negative;

    DivergingPlot(Table table) {
        this(table, Labels.NONE, Theme.standard(), null, null, DEFAULT_TOP, null, null);
    }

    private DivergingPlot(Table table, Labels labels, Theme theme, String label, String value, int top,
            String positive, String negative) {
        super(table, labels, theme);
        this.label = label;
        this.value = value;
        this.top = top;
        this.positive = positive;
        this.negative = negative;
    }

    /** The column naming the bars. */
    public DivergingPlot label(String column) {
        return new DivergingPlot(table, labels, theme, column, value, top, positive, negative);
    }

    /** The numeric, signed column giving each bar's length. */
    public DivergingPlot value(String column) {
        return new DivergingPlot(table, labels, theme, label, column, top, positive, negative);
    }

    /** How many bars each way, at most (default {@value #DEFAULT_TOP}). */
    public DivergingPlot top(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        return new DivergingPlot(table, labels, theme, label, value, n, positive, negative);
    }

    /** The name of the positive bars' series, e.g. the target period. */
    public DivergingPlot positive(String group) {
        return new DivergingPlot(table, labels, theme, label, value, top, group, negative);
    }

    /** The name of the negative bars' series, e.g. the reference period. */
    public DivergingPlot negative(String group) {
        return new DivergingPlot(table, labels, theme, label, value, top, positive, group);
    }

    @Override
    public CategoryChart build() {
        return Charts.drawDiverging(table, required(label, "label"), required(value, "value"), top,
                required(positive, "positive"), required(negative, "negative"), labels, theme);
    }

    @Override
    DivergingPlot with(Labels labels, Theme theme) {
        return new DivergingPlot(table, labels, theme, label, value, top, positive, negative);
    }
}
