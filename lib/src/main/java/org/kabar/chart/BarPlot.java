package org.kabar.chart;

import org.knowm.xchart.CategoryChart;
import tech.tablesaw.api.Table;

/**
 * One bar per category, in table order, e.g. mentions per actor, in the theme's single-series
 * colour. Rows repeating a category are added together. Made by {@link Charts#bar}.
 */
public final class BarPlot extends Plot<BarPlot, CategoryChart> {
    private final String category;
    private final String value;

    BarPlot(Table table) {
        this(table, Labels.NONE, Theme.standard(), null, null);
    }

    private BarPlot(Table table, Labels labels, Theme theme, String category, String value) {
        super(table, labels, theme);
        this.category = category;
        this.value = value;
    }

    /** The column naming the bars. */
    public BarPlot category(String column) {
        return new BarPlot(table, labels, theme, column, value);
    }

    /** The numeric column giving each bar's height. */
    public BarPlot value(String column) {
        return new BarPlot(table, labels, theme, category, column);
    }

    @Override
    public CategoryChart build() {
        return Charts.drawBar(table, required(category, "category"), required(value, "value"), labels, theme);
    }

    @Override
    BarPlot with(Labels labels, Theme theme) {
        return new BarPlot(table, labels, theme, category, value);
    }
}
