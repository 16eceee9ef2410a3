package org.kabar.chart;

import java.nio.file.Path;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.Table;

/**
 * A chart's options, before it is drawn: the table, the columns each part of the chart reads, the
 * title, the axis titles and the {@link Theme}. Immutable: every option returns a new plot and
 * leaves this one as it was, so a notebook can derive a variant without restating the rest.
 * {@link #build()} draws the XChart chart; a notebook cell ending in a plot shows its chart.
 *
 * @param <S> the concrete plot, so options chain
 * @param <C> the XChart chart it draws
 */
public abstract sealed class Plot<S extends Plot<S, C>, C extends Chart<?, ?>>
        permits BarPlot, GroupedBarPlot, LinePlot, DivergingPlot, HeatMapPlot, TimelinePlot, DispersionPlot {
    final Table table;
    final Labels labels;
    final Theme theme;

    Plot(Table table, Labels labels, Theme theme) {
        this.table = table;
        this.labels = labels;
        this.theme = theme;
    }

    /** The chart's title. */
    public S title(String title) {
        return with(new Labels(title, labels.x(), labels.y()), theme);
    }

    /** The x axis title. */
    public S xLabel(String xLabel) {
        return with(new Labels(labels.title(), xLabel, labels.y()), theme);
    }

    /** The y axis title. */
    public S yLabel(String yLabel) {
        return with(new Labels(labels.title(), labels.x(), yLabel), theme);
    }

    /** The look (default {@link Theme#standard()}). */
    public S theme(Theme theme) {
        return with(labels, theme);
    }

    /** The chart, drawn now from the table as it is. */
    public abstract C build();

    /**
     * Draws the chart and writes it as {@code DIR/NAME.png} and {@code .svg} ({@link ChartImages#save});
     * returns the chart, so a cell ending in {@code save(...)} still shows it.
     */
    public C save(Path dirAndBaseName) {
        return ChartImages.save(build(), dirAndBaseName);
    }

    /** This plot with other labels or theme; every other option as it is. */
    abstract S with(Labels labels, Theme theme);

    /** A column the chart cannot do without, or a one-line error naming the option to set. */
    final String required(String column, String option) {
        if (column == null) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " of '" + table.name()
                    + "' needs the option " + option + "(...): which column to draw");
        }
        return column;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + ": " + labels.title();
    }
}
