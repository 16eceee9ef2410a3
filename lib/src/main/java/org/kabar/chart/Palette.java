package org.kabar.chart;

import java.awt.Color;
import java.util.List;
import java.util.Map;

/**
 * One colour per period and per actor, the same in every chart of every notebook.
 *
 * <p>The two periods of the story and its main actors have fixed colours. Any other name gets a
 * colour from the Okabe–Ito palette (safe for the common forms of colour blindness) chosen by
 * {@link String#hashCode()} of the name — a value the Java specification fixes — and never by
 * order of appearance, so adding an actor to one chart does not repaint the others.
 */
public final class Palette {
    /** December 2021, the reference period: blue. */
    public static final Color DECEMBER_2021 = rgb(0x0072B2);
    /** January 2022, the period compared with it: vermillion. */
    public static final Color JANUARY_2022 = rgb(0xD55E00);
    /** For a chart of a single series, where colour carries no meaning. */
    public static final Color NEUTRAL = rgb(0x4C72B0);
    /** Event markers and reference lines, which should recede behind the data. */
    public static final Color MUTED = rgb(0x888888);

    private static final Map<String, Color> PERIODS = Map.of(
            "2021-12", DECEMBER_2021,
            "2022-01", JANUARY_2022);

    // Paul Tol's "muted" scheme, also colour-blind safe: states in lighter, their people in deeper tones.
    private static final Map<String, Color> ACTORS = Map.of(
            "Rusia", rgb(0xCC6677),
            "Vladimir Putin", rgb(0x882255),
            "Amerika Serikat", rgb(0x88CCEE),
            "Joe Biden", rgb(0x332288),
            "Antony Blinken", rgb(0x44AA99),
            "Sergey Lavrov", rgb(0xAA4499),
            "NATO", rgb(0x117733),
            "Ukraina", rgb(0xDDCC77),
            "Volodymyr Zelensky", rgb(0x999933),
            "Uni Eropa", rgb(0x6699CC));

    // Okabe–Ito without the two period colours, black (reads as text) and yellow (vanishes on
    // white), plus Tol's dark yellow: a new period must never borrow December's or January's colour.
    private static final List<Color> FALLBACK = List.of(
            rgb(0xE69F00), rgb(0x56B4E9), rgb(0x009E73), rgb(0xCC79A7), rgb(0x997700));

    private Palette() {}

    /** The colour of a period ({@code "2021-12"}), an actor ({@code "NATO"}) or any other name. */
    public static Color color(String name) {
        Color fixed = PERIODS.getOrDefault(name, ACTORS.get(name));
        return fixed != null ? fixed : FALLBACK.get(Math.floorMod(name.hashCode(), FALLBACK.size()));
    }

    private static Color rgb(int rgb) {
        return new Color(rgb);
    }
}
