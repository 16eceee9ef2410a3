package org.kabar.chart;

import java.util.Map;
import org.knowm.xchart.CategoryChart;
import tech.tablesaw.api.Table;

/**
 * One bar per category, in table order, e.g. mentions per actor, in the theme's single-series
 * colour. Rows repeating a category are added together. Made by {@link Charts#bar}.
 */
public final class BarPlot extends Plot<BarPlot, CategoryChart> {

    BarPlot(Table table, Map<String, String> options, Labels labels, Theme theme) {
        super(table, options, labels, theme);
    }

    /** The column naming the bars. */
    public BarPlot category(String column) {
        return set("category", column);
    }

    /** The numeric column giving each bar's height. */
    public BarPlot value(String column) {
        return set("value", column);
    }

    @Override
    public CategoryChart build() {
        return Charts.drawBar(table, required("category"), required("value"), labels, theme);
    }

    @Override
    BarPlot with(Map<String, String> options, Labels labels, Theme theme) {
        return new BarPlot(table, options, labels, theme);
    }
}
