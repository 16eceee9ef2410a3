package org.kabar.chart;

import java.awt.Color;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Colours for the series of a chart, derived from the data and nothing else.
 *
 * <p>The values a chart distinguishes (periods, outlets, actors, terms) are sorted, and the
 * sorted values take the colours of the theme's cycle in turn ({@link Theme#cycle()}; the standard
 * one is colour-blind-safe). Periods sort in time order, so the earliest period is always the
 * cycle's first colour (blue) and the next its second (vermillion), whatever the story. Three
 * values keep a fixed grey whatever the data and the theme: {@link #OTHER} (the rest, beyond a
 * chart's top N), {@link #UNDATED} (articles without a date) and {@link #UNKNOWN} (an outlet
 * nobody could name). The same values give the same colours on every run; no name of any story is
 * written here. A palette is made by {@link Theme#palette}.
 */
public final class Palette {
    /** The label of the series that gathers everything beyond a chart's top N. */
    public static final String OTHER_LABEL = "other";
    /** The label of articles without a publication date, whose period is empty. */
    public static final String UNDATED_LABEL = "undated";
    /** The label of what inference could not name, e.g. an article's outlet. */
    public static final String UNKNOWN_LABEL = "unknown";

    /** The fixed colour of {@value #OTHER_LABEL}. */
    public static final Color OTHER = new Color(0xBBBBBB);
    /** The fixed colour of {@value #UNDATED_LABEL}. */
    public static final Color UNDATED = new Color(0xDDDDDD);
    /** The fixed colour of {@value #UNKNOWN_LABEL}. */
    public static final Color UNKNOWN = new Color(0x777777);

    private final Map<String, Color> colours;

    private Palette(Map<String, Color> colours) {
        this.colours = colours;
    }

    /** Colours for these values: sorted, then {@code cycle} in turn (repeating after its end); other and undated in grey. */
    static Palette of(Collection<String> values, List<Color> cycle) {
        Map<String, Color> colours = new TreeMap<>();
        int next = 0;
        for (String value : new TreeSet<>(values)) {
            Color fixed = fixed(value);
            colours.put(value, fixed != null ? fixed : cycle.get(next++ % cycle.size()));
        }
        return new Palette(colours);
    }

    /** The colour of one of the values the palette was made for. */
    public Color color(String value) {
        Color colour = colours.get(value);
        if (colour == null) throw new IllegalArgumentException("'" + value + "' is not one of " + colours.keySet());
        return colour;
    }

    private static Color fixed(String value) {
        return switch (value) {
            case OTHER_LABEL -> OTHER;
            case UNDATED_LABEL, "" -> UNDATED;
            case UNKNOWN_LABEL -> UNKNOWN;
            default -> null;
        };
    }
}
