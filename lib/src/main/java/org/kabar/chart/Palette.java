package org.kabar.chart;

import java.awt.Color;
import java.util.List;
import java.util.Map;

/**
 * One colour per period, actor and outlet, the same in every chart of every notebook.
 *
 * <p>The two periods of the story, its main actors and the seed articles' outlets have fixed
 * colours. Any other name gets one from a colour-blind-safe qualitative set (Okabe–Ito, Paul Tol),
 * chosen by {@link String#hashCode()} of the name — a value the Java specification fixes — and
 * never by order of appearance, so adding an actor to one chart does not repaint the others.
 * The price: two unlisted names may share a colour; give them fixed colours here when they meet.
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
    // Keys are the canonical names of the actor dictionary (org/kabar/actors/actors.tsv).
    private static final Map<String, Color> ACTORS = Map.of(
            "Russia", rgb(0xCC6677),
            "Vladimir Putin", rgb(0x882255),
            "United States", rgb(0x88CCEE),
            "Joe Biden", rgb(0x332288),
            "Antony Blinken", rgb(0x44AA99),
            "Sergey Lavrov", rgb(0xAA4499),
            "NATO", rgb(0x117733),
            "Ukraine", rgb(0xDDCC77),
            "Volodymyr Zelensky", rgb(0x999933),
            "European Union", rgb(0x6699CC));

    // The outlets of the seed articles, distinct from one another: their lanes share a timeline.
    private static final Map<String, Color> OUTLETS = Map.of(
            "Kompas TV", rgb(0xE69F00),
            "MINA", rgb(0x56B4E9),
            "SINDOnews", rgb(0x009E73),
            "VOA Indonesia", rgb(0xCC79A7),
            "Medcom.id", rgb(0x997700));

    // Okabe–Ito without the two period colours, black (reads as text) and yellow (vanishes on
    // white), then Tol's "bright" and dark yellow: a new period never borrows December's or
    // January's colour, and twelve colours make two names sharing one less likely.
    private static final List<Color> FALLBACK = List.of(
            rgb(0xE69F00), rgb(0x56B4E9), rgb(0x009E73), rgb(0xCC79A7), rgb(0x997700),
            rgb(0x4477AA), rgb(0xEE6677), rgb(0x228833), rgb(0xCCBB44), rgb(0x66CCEE),
            rgb(0xAA3377), rgb(0x555555));

    private Palette() {}

    /** The colour of a period ({@code "2021-12"}), an actor ({@code "NATO"}), an outlet or any other name. */
    public static Color color(String name) {
        for (Map<String, Color> fixed : List.of(PERIODS, ACTORS, OUTLETS)) {
            if (fixed.containsKey(name)) {
                return fixed.get(name);
            }
        }
        return FALLBACK.get(Math.floorMod(name.hashCode(), FALLBACK.size()));
    }

    private static Color rgb(int rgb) {
        return new Color(rgb);
    }
}
