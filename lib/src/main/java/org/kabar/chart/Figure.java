package org.kabar.chart;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * What a report shows where a chart belongs: the chart, or one line saying why there is nothing
 * to draw ("no article mentions a person"). Empty results are normal results; a page shows the
 * line in the chart's place instead of an error or an empty frame.
 */
public final class Figure {
    private final Chart<?, ?> chart;
    private final String note;

    private Figure(Chart<?, ?> chart, String note) {
        this.chart = chart;
        this.note = note;
    }

    /** A figure that is a chart. */
    public static Figure of(Chart<?, ?> chart) {
        return new Figure(Objects.requireNonNull(chart), "");
    }

    /** A figure with nothing to draw, and the one line that says why. */
    public static Figure nothing(String why) {
        return new Figure(null, why);
    }

    /** The chart, if there is one. */
    public Optional<Chart<?, ?>> chart() {
        return Optional.ofNullable(chart);
    }

    /** The chart's title, or why there is no chart. */
    public String text() {
        return chart != null ? chart.getTitle() : note;
    }

    /**
     * Writes the chart as {@code DIR/NAME.png} and {@code .svg} (see {@link ChartImages#save});
     * a figure without a chart writes nothing. Returns this figure, so a cell can end with it.
     */
    public Figure save(Path dirAndBaseName) {
        if (chart != null) ChartImages.save(chart, dirAndBaseName);
        return this;
    }

    @Override
    public String toString() {
        return chart != null ? "Chart: " + chart.getTitle() : note;
    }
}
