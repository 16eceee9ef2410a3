package org.kabar.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ChartImagesTest {

    private static CategoryChart chart() {
        Table counts = Table.create("c", StringColumn.create("actor", "Rusia", "NATO"), IntColumn.create("n", 3, 2));
        return Charts.bar(counts).category("actor").value("n")
                .title("Mentions").xLabel("Actor").yLabel("Mentions").build();
    }

    @Test
    void imageHasTheChartsSize() {
        BufferedImage image = ChartImages.image(chart());
        assertEquals(Theme.standard().width(), image.getWidth());
        assertEquals(Theme.standard().height(), image.getHeight());
    }

    @Test
    void pngDecodesAndCarriesNoTimestamp() throws IOException {
        byte[] png = ChartImages.png(chart());
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(Theme.standard().width(), decoded.getWidth());
        assertFalse(new String(png, StandardCharsets.ISO_8859_1).contains("tIME"));
    }

    @Test
    void separatelyBuiltChartsGiveIdenticalBytes() {
        assertArrayEquals(ChartImages.png(chart()), ChartImages.png(chart()));
        assertEquals(ChartImages.svg(chart()), ChartImages.svg(chart()));
    }

    @Test
    void svgClipIdsAreNumberedInOrder() {
        String svg = ChartImages.svg(chart());
        assertTrue(svg.startsWith("<?xml"));
        assertTrue(svg.contains("<clipPath id=\"clip1\">"));
        assertTrue(svg.contains("url(#clip1)"));
    }

    @Test
    void onlyIdsAndTheirReferencesAreRenumberedNotTextThatLooksLikeOne() {
        String svg = "<clipPath id=\"clip-77\"/><clipPath id=\"clip5\"/><g clip-path=\"url(#clip5)\">"
                + "<title>clip5 and clip-77</title></g><g clip-path=\"url(#clip-77)\"/>";
        assertEquals("<clipPath id=\"clip1\"/><clipPath id=\"clip2\"/><g clip-path=\"url(#clip2)\">"
                + "<title>clip5 and clip-77</title></g><g clip-path=\"url(#clip1)\"/>", ChartImages.renumberClipIds(svg));
    }

    @Test
    void saveWritesPngAndSvgIntoANewFolderAndReturnsTheChart(@TempDir Path dir) throws IOException {
        CategoryChart chart = chart();
        assertSame(chart, ChartImages.save(chart, dir.resolve("figures/actors")));
        assertArrayEquals(ChartImages.png(chart), Files.readAllBytes(dir.resolve("figures/actors.png")));
        assertEquals(ChartImages.svg(chart), Files.readString(dir.resolve("figures/actors.svg")));
    }
}
