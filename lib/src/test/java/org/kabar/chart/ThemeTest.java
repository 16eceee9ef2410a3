package org.kabar.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.style.Styler.LegendPosition;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ThemeTest {

    private static Table mentions() {
        return Table.create("mentions", StringColumn.create("actor", "Rusia", "NATO", "Rusia"),
                StringColumn.create("period", "2022-01", "2021-12", "2021-12"), IntColumn.create("n", 20, 5, 12));
    }

    @Test
    void theStandardThemeIsKabarsLook() {
        Theme theme = Theme.standard();
        assertEquals(List.of(800, 450), List.of(theme.width(), theme.height()));
        assertEquals("SansSerif", theme.font());
        assertEquals(List.of(17, 14, 12, 13, 11), List.of(theme.titleSize(), theme.axisTitleSize(),
                theme.tickLabelSize(), theme.legendSize(), theme.annotationSize()));
        assertEquals(new Color(0x222222), theme.text());
        assertEquals(new Color(0xE6E6E6), theme.grid());
        assertEquals(Color.WHITE, theme.background());
        assertEquals(14, theme.cycle().size());
        assertEquals(List.of(new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73)), theme.cycle().subList(0, 3));
        assertEquals(new Color(0x4C72B0), theme.single());
        assertEquals(new Color(0x888888), theme.muted());
        assertEquals(List.of(new Color(0xF7FBFF), new Color(0x9ECAE1), new Color(0x3182BD)), theme.heatScale());
    }

    @Test
    void aPlotAppliesItsThemeWhenItIsBuilt() {
        CategoryChart chart = Charts.groupedBar(mentions()).category("actor").group("period").value("n").build();
        var styler = chart.getStyler();
        assertEquals(new Font("SansSerif", Font.BOLD, 17), styler.getChartTitleFont());
        assertEquals(new Font("SansSerif", Font.PLAIN, 12), styler.getAxisTickLabelsFont());
        assertEquals(new Color(0xE6E6E6), styler.getPlotGridLinesColor());
        assertEquals(LegendPosition.OutsideS, styler.getLegendPosition());
        assertEquals(Locale.ENGLISH, styler.getLocale());
        assertEquals("UTC", styler.getTimezone().getID());
        assertEquals(800, chart.getWidth());
    }

    @Test
    void anotherThemeChangesSizeFontAndSeriesColours() {
        Theme small = Theme.standard().withSize(400, 300).withFont(Font.SERIF).withCycle(List.of(Color.BLACK, Color.RED));
        CategoryChart chart = Charts.groupedBar(mentions()).category("actor").group("period").value("n")
                .theme(small).build();
        assertEquals(List.of(400, 300), List.of(chart.getWidth(), chart.getHeight()));
        assertEquals("Serif", chart.getStyler().getChartTitleFont().getFamily());
        assertEquals(Color.BLACK, chart.getSeriesMap().get("2021-12").getFillColor());
        assertEquals(Color.RED, chart.getSeriesMap().get("2022-01").getFillColor());
        assertEquals(800, Theme.standard().width(), "the standard theme is left as it was");
    }

    @Test
    void aThemeWithoutSizeOrColoursIsRejected() {
        assertEquals("a chart needs a positive size, was 0 × 300", assertThrows(IllegalArgumentException.class,
                () -> Theme.standard().withSize(0, 300)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Theme.standard().withCycle(List.of()));
    }
}
