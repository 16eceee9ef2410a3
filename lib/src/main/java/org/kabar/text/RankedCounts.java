package org.kabar.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Counts of keys (words, actors, names) with the articles each occurs in, ranked: most counted
 * first, ties in key order. The one ranking of every "leading" table: a key's count and its
 * number of articles side by side.
 */
public final class RankedCounts {

    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, Set<String>> articles = new HashMap<>();

    /** Adds {@code count} occurrences of {@code key} in article {@code article}. */
    public void add(String key, int count, String article) {
        counts.merge(key, count, Integer::sum);
        articles.computeIfAbsent(key, k -> new HashSet<>()).add(article);
    }

    /** The {@code n} keys counted most, most first, ties by key. */
    public List<String> top(int n) {
        List<String> ordered = new ArrayList<>(counts.keySet());
        ordered.sort(Comparator.comparing((String key) -> -counts.get(key)).thenComparing(Comparator.naturalOrder()));
        return ordered.subList(0, Math.min(n, ordered.size()));
    }

    /**
     * The {@code n} keys counted most, as a table.
     *
     * @return columns {@code keyColumn | countColumn | articles}, ranked as {@link #top}
     */
    public Table table(String name, String keyColumn, String countColumn, int n) {
        StringColumn keys = StringColumn.create(keyColumn);
        IntColumn countsColumn = IntColumn.create(countColumn);
        IntColumn articleCounts = IntColumn.create("articles");
        for (String key : top(n)) {
            keys.append(key);
            countsColumn.append(counts.get(key));
            articleCounts.append(articles.get(key).size());
        }
        return Table.create(name, keys, countsColumn, articleCounts);
    }
}
