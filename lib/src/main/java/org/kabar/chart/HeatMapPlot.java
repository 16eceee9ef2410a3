package org.kabar.chart;

import org.knowm.xchart.HeatMapChart;
import tech.tablesaw.api.Table;

/**
 * A grid of {@code row} by {@code column}, each cell shaded (in the theme's heat scale) and
 * labelled by its value, e.g. actors by article. Rows run top to bottom and columns left to right
 * in table order; a missing pair counts as zero. Made by {@link Charts#heatMap}.
 */
public final class HeatMapPlot extends Plot<HeatMapPlot, HeatMapChart> {
    private final String row;
    private final String column;
    private final String value;

    HeatMapPlot(Table table) {
        this(table, Labels.NONE, Theme.standard(), null, null, null);
    }

    private HeatMapPlot(Table table, Labels labels, Theme theme, String row, String column, String value) {
        super(table, labels, theme);
        this.row = row;
        this.column = column;
        this.value = value;
    }

    /** The column naming the grid's rows. */
    public HeatMapPlot row(String column) {
        return new HeatMapPlot(table, labels, theme, column, this.column, value);
    }

    /** The column naming the grid's columns. */
    public HeatMapPlot column(String column) {
        return new HeatMapPlot(table, labels, theme, row, column, value);
    }

    /** The numeric column giving each cell's value. */
    public HeatMapPlot value(String column) {
        return new HeatMapPlot(table, labels, theme, row, this.column, column);
    }

    @Override
    public HeatMapChart build() {
        return Charts.drawHeatMap(table, required(row, "row"), required(column, "column"), required(value, "value"),
                labels, theme);
    }

    @Override
    HeatMapPlot with(Labels labels, Theme theme) {
        return new HeatMapPlot(table, labels, theme, row, column, value);
    }
}
