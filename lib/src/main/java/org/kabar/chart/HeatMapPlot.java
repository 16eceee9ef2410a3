package org.kabar.chart;

import java.util.Map;
import org.knowm.xchart.HeatMapChart;
import tech.tablesaw.api.Table;

/**
 * A grid of {@code row} by {@code column}, each cell shaded (in the theme's heat scale) and
 * labelled by its value, e.g. actors by article. Rows run top to bottom and columns left to right
 * in table order; a missing pair counts as zero. Made by {@link Charts#heatMap}.
 */
public final class HeatMapPlot extends Plot<HeatMapPlot, HeatMapChart> {

    HeatMapPlot(Table table, Map<String, String> options, Labels labels, Theme theme) {
        super(table, options, labels, theme);
    }

    /** The column naming the grid's rows. */
    public HeatMapPlot row(String column) {
        return set("row", column);
    }

    /** The column naming the grid's columns. */
    public HeatMapPlot column(String column) {
        return set("column", column);
    }

    /** The numeric column giving each cell's value. */
    public HeatMapPlot value(String column) {
        return set("value", column);
    }

    @Override
    public HeatMapChart build() {
        return Charts.drawHeatMap(table, required("row"), required("column"), required("value"), labels, theme);
    }

    @Override
    HeatMapPlot with(Map<String, String> options, Labels labels, Theme theme) {
        return new HeatMapPlot(table, options, labels, theme);
    }
}
