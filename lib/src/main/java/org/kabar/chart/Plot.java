package org.kabar.chart;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
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
    /** The options set so far, by the name of the method that sets them: which column is "category", ... */
    final Map<String, String> options;
    final Labels labels;
    final Theme theme;

    Plot(Table table, Map<String, String> options, Labels labels, Theme theme) {
        this.table = table;
        this.options = options;
        this.labels = labels;
        this.theme = theme;
    }

    /** The chart's title. */
    public S title(String title) {
        return with(options, new Labels(title, labels.x(), labels.y()), theme);
    }

    /** The x axis title. */
    public S xLabel(String xLabel) {
        return with(options, new Labels(labels.title(), xLabel, labels.y()), theme);
    }

    /** The y axis title. */
    public S yLabel(String yLabel) {
        return with(options, new Labels(labels.title(), labels.x(), yLabel), theme);
    }

    /** The look (default {@link Theme#standard()}). */
    public S theme(Theme theme) {
        return with(options, labels, theme);
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

    /** A plot of the same kind and table with these options, labels and theme. */
    abstract S with(Map<String, String> options, Labels labels, Theme theme);

    /** This plot with one option set (a new plot: this one is left as it is). */
    final S set(String option, Object value) {
        Map<String, String> changed = new TreeMap<>(options);
        changed.put(option, String.valueOf(value));
        return with(Map.copyOf(changed), labels, theme);
    }

    /** An option's value, or {@code fallback} when it was not set. */
    final String option(String option, String fallback) {
        return options.getOrDefault(option, fallback);
    }

    /** An option the chart cannot do without (a column to draw), or a one-line error naming it. */
    final String required(String option) {
        String value = options.get(option);
        if (value == null) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " of '" + table.name()
                    + "' needs the option " + option + "(...): which column to draw");
        }
        return value;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + ": " + labels.title();
    }
}
