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
 * sorted values take the colours of a colour-blind-safe cycle in turn: Okabe–Ito's eight without
 * black and yellow, then Paul Tol's "bright" and "muted" tones. Periods sort in time order, so the
 * earliest period is always blue and the next vermillion, whatever the story. Three values keep a
 * fixed grey whatever the data: {@link #OTHER} (the rest, beyond a chart's top N),
 * {@link #UNDATED} (articles without a date) and {@link #UNKNOWN} (an outlet nobody could name). The same values give the same colours on every
 * run; no name of any story is written here.
 */
public final class Palette {
    /** The label of the series that gathers everything beyond a chart's top N. */
    public static final String OTHER_LABEL = "other";
    /** The label of articles without a publication date, whose period is empty. */
    public static final String UNDATED_LABEL = "undated";
    /** The label of what inference could not name, e.g. an article's outlet. */
    public static final String UNKNOWN_LABEL = "unknown";

    /** For a chart of a single series, where colour carries no meaning. */
    public static final Color NEUTRAL = rgb(0x4C72B0);
    /** Event markers and reference lines, which should recede behind the data. */
    public static final Color MUTED = rgb(0x888888);
    /** The fixed colour of {@value #OTHER_LABEL}. */
    public static final Color OTHER = rgb(0xBBBBBB);
    /** The fixed colour of {@value #UNDATED_LABEL}. */
    public static final Color UNDATED = rgb(0xDDDDDD);
    /** The fixed colour of {@value #UNKNOWN_LABEL}. */
    public static final Color UNKNOWN = rgb(0x777777);

    /** The cycle, in order: blue and vermillion first, so a two-period comparison reads blue against vermillion. */
    static final List<Color> CYCLE = List.of(
            rgb(0x0072B2), rgb(0xD55E00), rgb(0x009E73), rgb(0xCC79A7), rgb(0xE69F00), rgb(0x56B4E9),
            rgb(0x997700), rgb(0x332288), rgb(0xEE6677), rgb(0x228833), rgb(0xAA3377), rgb(0x44AA99),
            rgb(0x882255), rgb(0x999933));

    private final Map<String, Color> colours;

    private Palette(Map<String, Color> colours) {
        this.colours = colours;
    }

    /** Colours for these values: sorted, then the cycle in turn (repeating after fourteen); other and undated in grey. */
    public static Palette of(Collection<String> values) {
        Map<String, Color> colours = new TreeMap<>();
        int next = 0;
        for (String value : new TreeSet<>(values)) {
            Color fixed = fixed(value);
            colours.put(value, fixed != null ? fixed : CYCLE.get(next++ % CYCLE.size()));
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

    private static Color rgb(int rgb) {
        return new Color(rgb);
    }
}
