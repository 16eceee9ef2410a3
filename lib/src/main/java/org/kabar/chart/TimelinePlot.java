package org.kabar.chart;

import java.util.Map;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.Table;

/**
 * Dates on a time axis, one lane and palette colour per {@code lane} value (sorted by name, first
 * at the top), e.g. publication dates by outlet; optionally {@code events} in a lane of their own,
 * and {@code kind}s told apart by marker shape within a lane. Made by {@link Charts#timeline}.
 */
public final class TimelinePlot extends Plot<TimelinePlot, XYChart> {
    static final Table NO_EVENTS = Table.create("no events");

    private final Table events;

    TimelinePlot(Table points, Table events, Map<String, String> options, Labels labels, Theme theme) {
        super(points, options, labels, theme);
        this.events = events;
    }

    /** The date column placing each point on the time axis. */
    public TimelinePlot date(String column) {
        return set("date", column);
    }

    /** The column naming each point's lane. */
    public TimelinePlot lane(String column) {
        return set("lane", column);
    }

    /**
     * A second distinction inside each lane (e.g. "published" and "mentioned" dates of one outlet):
     * each kind its own marker shape — circle, triangle, square, in the order the kinds first
     * appear — in the lane's colour. The legend is left out, since lanes are named on the axis;
     * name the shapes beside the chart (or in its title).
     */
    public TimelinePlot kind(String column) {
        return set("kind", column);
    }

    /**
     * Events drawn above the lanes: a table with a {@code date} (date) and a {@code label} column;
     * each row a marker in a top lane named "events", a dashed line across the lanes and its label.
     */
    public TimelinePlot events(Table events) {
        return new TimelinePlot(table, events, options, labels, theme);
    }

    @Override
    public XYChart build() {
        return Charts.drawTimeline(table, required("date"), required("lane"), option("kind", null), events,
                labels, theme);
    }

    @Override
    TimelinePlot with(Map<String, String> options, Labels labels, Theme theme) {
        return new TimelinePlot(table, events, options, labels, theme);
    }
}
