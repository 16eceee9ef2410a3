package org.kabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Snowball and Sastrawi scored on the gold list {@code root-words-gold.tsv}: word forms from the
 * seeds and from ordinary news vocabulary, each with the root written by reading. Prints the
 * accuracy table of README ("Root words"):
 * {@code cd lib && mvn -q test -Dtest=RootAccuracyTest}.
 */
class RootAccuracyTest {

    private record Entry(String section, String form, String root) {}


    private static final Map<String, String> SECTIONS = Map.of("forms", "seed articles", "ordinary", "news vocabulary",
            "uninflected", "look-alike roots");

    private static final List<Entry> GOLD = read();

    /** The gold entries; a comment line "# --- NAME ..." starts a section named by its first word after "# --- ". */
    private static List<Entry> read() {
        List<Entry> entries = new ArrayList<>();
        String section = "";
        int number = 0;
        for (String line : resourceLines()) {
            number++;
            if (line.startsWith("# --- ")) section = SECTIONS.get(line.substring(6).split(" ")[0]);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] fields = line.split("\t", -1);
            if (fields.length != 2) throw new IllegalStateException("root-words-gold.tsv line " + number + ": expected form<TAB>root");
            entries.add(new Entry(section, fields[0], fields[1]));
        }
        return entries;
    }

    private static List<String> resourceLines() {
        try (InputStream in = RootAccuracyTest.class.getResourceAsStream("root-words-gold.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Share of gold forms the reducer takes to the gold root, per section and in all. */
    private static Map<String, int[]> score(Roots roots) {
        Map<String, int[]> rightAndTotal = new LinkedHashMap<>();
        int[] all = new int[2];
        for (Entry entry : GOLD) {
            int right = roots.of(entry.form()).equals(entry.root()) ? 1 : 0;
            for (int[] counts : List.of(rightAndTotal.computeIfAbsent(entry.section(), k -> new int[2]), all)) {
                counts[0] += right;
                counts[1]++;
            }
        }
        rightAndTotal.put("all", all);
        return rightAndTotal;
    }

    @Test
    void theGoldListHasAtLeast300InflectedFormsAndNoDuplicates() {
        long inflected = GOLD.stream().filter(e -> !e.form().equals(e.root())).count();
        assertTrue(inflected >= 300, inflected + " inflected forms");
        assertEquals(GOLD.size(), GOLD.stream().map(Entry::form).distinct().count());
        assertTrue(GOLD.stream().allMatch(e -> e.form().equals(e.form().toLowerCase(Locale.ROOT))));
    }

    @Test
    void sastrawiFindsTheRootOfAtLeast95PercentAndSnowballOfFarFewer() {
        Map<String, int[]> sastrawi = score(Roots.sastrawi());
        Map<String, int[]> snowball = score(Roots.snowball());
        System.out.println("| gold words | forms | Snowball right | Sastrawi right |");
        System.out.println("|---|---:|---:|---:|");
        for (String section : sastrawi.keySet()) {
            int[] a = snowball.get(section);
            int[] b = sastrawi.get(section);
            System.out.printf(Locale.ROOT, "| %s | %d | %d (%.1f %%) | %d (%.1f %%) |%n", section, a[1],
                    a[0], 100.0 * a[0] / a[1], b[0], 100.0 * b[0] / b[1]);
        }
        // Lower bounds: the counts measured on this list (572 forms). Sastrawi's 19 misses are
        // its own (menyetujui -> tuju, perawat -> awat, wartawan kept whole); Snowball's 129 are
        // mostly a swallowed consonant (mengatakan -> ata) or di-/pe- read as a prefix (media -> dia).
        assertEquals(572, sastrawi.get("all")[1]);
        assertTrue(sastrawi.get("all")[0] >= 553, "sastrawi right: " + sastrawi.get("all")[0]);
        assertTrue(snowball.get("all")[0] >= 443, "snowball right: " + snowball.get("all")[0]);
        assertTrue(sastrawi.get("all")[0] >= 0.95 * 572, "the goal for the default: 95 %");
    }
}
