package org.kabar.chart;

import java.awt.Color;
import java.awt.Font;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * How every chart looks: size, font, text sizes, colours and the palette's colour cycle. A
 * chart builder applies its theme when it builds the chart ({@link Charts}); {@link #standard()}
 * is Kabar's look, and the {@code with...} methods give a changed copy for one notebook.
 *
 * @param width chart width in pixels: the text column of a JupyterLab or nbconvert page
 * @param height chart height in pixels (a heat map grows taller with its rows)
 * @param font the font family of every text
 * @param titleSize the chart title's point size (bold)
 * @param axisTitleSize the axis titles' point size
 * @param tickLabelSize the axis tick labels' point size
 * @param legendSize the legend's point size
 * @param annotationSize the point size of event labels on a timeline
 * @param text the colour of every text
 * @param grid the colour of the plot's grid lines
 * @param background the colour behind the chart and its plot
 * @param cycle the colours sorted series names take in turn ({@link Palette})
 * @param single the colour of a chart's only series, where colour carries no meaning
 * @param muted event markers and reference lines, which should recede behind the data
 * @param heatScale a heat map's colours from its lowest to its highest value
 */
public record Theme(int width, int height, String font, int titleSize, int axisTitleSize, int tickLabelSize,
        int legendSize, int annotationSize, Color text, Color grid, Color background, List<Color> cycle,
        Color single, Color muted, List<Color> heatScale) {

    private static final Theme STANDARD = new Theme(800, 450, Font.SANS_SERIF, 17, 14, 12, 13, 11,
            new Color(0x222222), new Color(0xE6E6E6), Color.WHITE,
            // Okabe–Ito's eight without black and yellow, then Paul Tol's "bright" and "muted" tones:
            // blue and vermillion first, so a two-period comparison reads blue against vermillion.
            List.of(rgb(0x0072B2), rgb(0xD55E00), rgb(0x009E73), rgb(0xCC79A7), rgb(0xE69F00), rgb(0x56B4E9),
                    rgb(0x997700), rgb(0x332288), rgb(0xEE6677), rgb(0x228833), rgb(0xAA3377), rgb(0x44AA99),
                    rgb(0x882255), rgb(0x999933)),
            rgb(0x4C72B0), rgb(0x888888),
            // Light to mid blue: sequential, readable in grey and for colour-blind readers, dark values still legible on it.
            List.of(rgb(0xF7FBFF), rgb(0x9ECAE1), rgb(0x3182BD)));

    public Theme {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a chart needs a positive size, was " + width + " × " + height);
        }
        if (cycle.isEmpty() || heatScale.size() < 2) {
            throw new IllegalArgumentException("a theme needs at least one cycle colour and two heat-scale colours");
        }
        cycle = List.copyOf(cycle);
        heatScale = List.copyOf(heatScale);
    }

    /** Kabar's look: 800 × 450, sans-serif, white, a quiet grid, a colour-blind-safe cycle. */
    public static Theme standard() {
        return STANDARD;
    }

    /** This theme at another size. */
    public Theme withSize(int width, int height) {
        return new Theme(width, height, font, titleSize, axisTitleSize, tickLabelSize, legendSize, annotationSize,
                text, grid, background, cycle, single, muted, heatScale);
    }

    /** This theme in another font family. */
    public Theme withFont(String font) {
        return new Theme(width, height, font, titleSize, axisTitleSize, tickLabelSize, legendSize, annotationSize,
                text, grid, background, cycle, single, muted, heatScale);
    }

    /** This theme with another colour cycle for the series. */
    public Theme withCycle(List<Color> cycle) {
        return new Theme(width, height, font, titleSize, axisTitleSize, tickLabelSize, legendSize, annotationSize,
                text, grid, background, cycle, single, muted, heatScale);
    }

    /** Colours for these values: sorted, then the cycle in turn; other, undated and unknown in their greys. */
    public Palette palette(Collection<String> values) {
        return Palette.of(values, cycle);
    }

    /**
     * Sets the theme on a chart's styler: white, quiet grid, the theme's font, legend below,
     * locale-independent number and date labels (English, UTC), so a chart does not change with
     * the machine it is drawn on.
     */
    void applyTo(AxesChartStyler styler) {
        styler.setChartBackgroundColor(background);
        styler.setPlotBackgroundColor(background);
        styler.setPlotBorderVisible(false);
        styler.setPlotGridLinesColor(grid);
        styler.setChartFontColor(text);
        styler.setAxisTickLabelsColor(text);
        styler.setChartTitleBoxVisible(false);
        styler.setChartTitleFont(new Font(font, Font.BOLD, titleSize));
        styler.setAxisTitleFont(new Font(font, Font.PLAIN, axisTitleSize));
        styler.setAxisTickLabelsFont(new Font(font, Font.PLAIN, tickLabelSize));
        styler.setLegendFont(new Font(font, Font.PLAIN, legendSize));
        styler.setAnnotationTextFont(new Font(font, Font.PLAIN, annotationSize));
        styler.setLegendPosition(LegendPosition.OutsideS);
        styler.setLegendLayout(LegendLayout.Horizontal);
        styler.setLegendBorderColor(background);
        styler.setToolTipsEnabled(false);
        styler.setAntiAlias(true);
        styler.setLocale(Locale.ENGLISH);
        styler.setTimezone(TimeZone.getTimeZone(ZoneOffset.UTC));
    }

    private static Color rgb(int rgb) {
        return new Color(rgb);
    }
}
