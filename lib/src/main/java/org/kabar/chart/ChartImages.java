package org.kabar.chart;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A chart as an image: a {@link BufferedImage} (which JJava shows as PNG), PNG bytes, SVG text,
 * or both files at once for {@code notebooks/figures/}.
 *
 * <p>The same chart gives the same bytes on the same machine: the PNG carries no time chunk
 * (ImageIO writes none unless asked), and the SVG's clip-path ids, which VectorGraphics2D derives
 * from shape hash codes, are renumbered in order of appearance.
 */
public final class ChartImages {
    // Beginning with a literal, the pattern is found by a Boyer–Moore search; what names the id is
    // checked at each find. The same with a look-behind was tried at every character, 20 times
    // slower and a quarter of the cost of saving a chart (README, Performance).
    private static final Pattern CLIP_ID = Pattern.compile("clip-?\\d+");

    private ChartImages() {}

    /** The chart drawn at its own size. */
    public static BufferedImage image(Chart<?, ?> chart) {
        return BitmapEncoder.getBufferedImage(chart);
    }

    /** The chart as PNG bytes. */
    public static byte[] png(Chart<?, ?> chart) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image(chart), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the chart as PNG", e);
        }
    }

    /** The chart as an SVG document. */
    public static String svg(Chart<?, ?> chart) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsFormat.SVG);
            return renumberClipIds(out.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the chart as SVG", e);
        }
    }

    /**
     * Writes {@code NAME.png} and {@code NAME.svg} for {@code dirAndBaseName} = {@code DIR/NAME},
     * creating {@code DIR}, and returns the chart, so a cell ending in {@code save(...)} still shows it.
     */
    public static <C extends Chart<?, ?>> C save(C chart, Path dirAndBaseName) {
        Path folder = dirAndBaseName.toAbsolutePath().getParent();
        String name = dirAndBaseName.getFileName().toString();
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), png(chart));
            Files.writeString(folder.resolve(name + ".svg"), svg(chart), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the chart as " + dirAndBaseName + ".png/.svg", e);
        }
        return chart;
    }

    static String renumberClipIds(String svg) {
        Map<String, String> renamed = new HashMap<>();
        Matcher matcher = CLIP_ID.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length());
        while (matcher.find()) {
            int at = matcher.start();
            if (!svg.startsWith("id=\"", at - 4) && !svg.startsWith("url(#", at - 5)) continue;   // text, not an id
            String id = renamed.computeIfAbsent(matcher.group(), old -> "clip" + (renamed.size() + 1));
            matcher.appendReplacement(out, id);
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
