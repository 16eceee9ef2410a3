package org.kabar.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.kabar.compare.G2Form;
import org.kabar.corpus.PeriodUnit;
import org.kabar.text.Roots;

/**
 * The options of {@code analyze}: where to read and write, and the counting choices analysts
 * disagree on. Defaults: strict actor names (no metonyms), words counted as written
 * ({@code --root none}), 2-term G², periods by month, and the corpus's earliest and latest
 * period compared (earlier as group a). {@code --stemmed} is a synonym of {@code --root snowball}.
 *
 * @param root the reducer's name: none, snowball or sastrawi
 * @param rootWords a file of extra root words for sastrawi, or null
 * @param compare the two groups of the {@code period} column to compare, or empty for the default
 */
record Options(Path folder, Path out, boolean progress, boolean metonyms, String root, Path rootWords, G2Form g2Form,
               List<String> compare, PeriodUnit period, Map<String, String> columns) {

    /** The column options and the loader field each names. */
    static final Map<String, String> COLUMN_OPTIONS = columnOptions();

    private static Map<String, String> columnOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("--text-column", "text");
        options.put("--title-column", "headline");
        options.put("--date-column", "published");
        options.put("--outlet-column", "outlet");
        options.put("--url-column", "url");
        options.put("--id-column", "id");
        options.put("--language-column", "language");
        return Map.copyOf(options);
    }

    /** Parses the arguments after {@code analyze}; a bad command throws with the reason (empty: show usage). */
    static Options parse(String[] args) {
        Path folder = null;
        Path out = null;
        boolean progress = true;
        boolean metonyms = false;
        String root = "none";
        Path rootWords = null;
        G2Form form = G2Form.TWO_TERM;
        List<String> compare = List.of();
        PeriodUnit period = PeriodUnit.MONTH;
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--no-progress" -> progress = false;
                case "--metonyms" -> metonyms = true;
                case "--stemmed" -> root = "snowball";
                case "--root" -> root = rootName(value(args, ++i, arg));
                case "--root-words" -> rootWords = Path.of(value(args, ++i, arg));
                case "--g2" -> form = g2Form(value(args, ++i, arg));
                case "--compare" -> compare = groups(value(args, ++i, arg));
                case "--period" -> period = PeriodUnit.of(value(args, ++i, arg));
                default -> {
                    if (COLUMN_OPTIONS.containsKey(arg)) {
                        String column = value(args, ++i, arg);
                        if (column.isBlank()) throw new IllegalArgumentException(arg + " needs a column name");
                        columns.put(COLUMN_OPTIONS.get(arg), column);
                        continue;
                    }
                    if (arg.startsWith("--")) throw new IllegalArgumentException("unknown option " + arg);
                    if (folder != null) throw new IllegalArgumentException("one folder only, got " + folder + " and " + arg);
                    folder = Path.of(arg);
                }
            }
        }
        if (folder == null || out == null) throw new IllegalArgumentException("");
        if (rootWords != null && !root.equals("sastrawi")) {
            throw new IllegalArgumentException("--root-words extends sastrawi's dictionary; add --root sastrawi");
        }
        return new Options(folder, out, progress, metonyms, root, rootWords, form, compare, period, Map.copyOf(columns));
    }

    /**
     * The reducer of {@code --root}, with the words of {@code --root-words}; a bad word file
     * throws with its name and line.
     */
    Roots roots() {
        Roots roots = Roots.named(root);
        return rootWords == null ? roots : roots.withWords(rootWords);
    }

    private static String rootName(String value) {
        String name = value.toLowerCase(Locale.ROOT);
        if (!List.of("none", "snowball", "sastrawi").contains(name)) {
            throw new IllegalArgumentException("--root is none, snowball or sastrawi, not " + value);
        }
        return name;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
        return args[i];
    }

    private static G2Form g2Form(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "two-term" -> G2Form.TWO_TERM;
            case "four-term" -> G2Form.FOUR_TERM;
            default -> throw new IllegalArgumentException("--g2 is two-term or four-term, not " + value);
        };
    }

    private static List<String> groups(String value) {
        List<String> groups = new ArrayList<>(List.of(value.split(",", -1)));
        if (groups.size() != 2 || groups.stream().anyMatch(String::isBlank) || groups.get(0).equals(groups.get(1))) {
            throw new IllegalArgumentException("--compare takes two different periods, as in 2021-12,2022-01");
        }
        return List.copyOf(groups);
    }
}
