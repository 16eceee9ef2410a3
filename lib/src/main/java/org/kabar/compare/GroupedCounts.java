package org.kabar.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kabar.text.ItemCounts;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Per-article counts folded into two groups of articles: each item's frequency and document
 * frequency per group, and each group's size in word tokens (the sum of {@code articles.tokens},
 * not of the counts, so a stopword-free count table still yields honest per-1,000 rates).
 */
final class GroupedCounts {

    /** One item's counts; {@code surface} is its most frequent display form. */
    record Item(String item, String surface, int a, int b, int dfA, int dfB) {}

    final double targetTokens;
    final double referenceTokens;
    final int targetArticles;
    final int referenceArticles;
    final List<Item> items;

    private GroupedCounts(double targetTokens, double referenceTokens, int targetArticles, int referenceArticles,
                          List<Item> items) {
        this.targetTokens = targetTokens;
        this.referenceTokens = referenceTokens;
        this.targetArticles = targetArticles;
        this.referenceArticles = referenceArticles;
        this.items = items;
    }

    static GroupedCounts of(ItemCounts counts, Table articles, String groupColumn, String target, String reference) {
        requireColumns(articles, "articles", "id", groupColumn, "tokens");
        if (target.equals(reference)) {
            throw new IllegalArgumentException("target and reference are the same group: " + target);
        }
        Map<String, Boolean> isTargetById = new HashMap<>();
        double[] tokens = new double[2];
        int[] articleCounts = new int[2];
        Column<?> group = articles.column(groupColumn);
        NumericColumn<?> articleTokens = articles.numberColumn("tokens");
        for (int row = 0; row < articles.rowCount(); row++) {
            String value = group.getString(row);
            if (value.equals(target) || value.equals(reference)) {
                boolean inTarget = value.equals(target);
                isTargetById.put(articles.getString(row, "id"), inTarget);
                tokens[inTarget ? 0 : 1] += articleTokens.getDouble(row);
                articleCounts[inTarget ? 0 : 1]++;
            }
        }
        requireMembers(isTargetById, true, groupColumn, target);
        requireMembers(isTargetById, false, groupColumn, reference);

        Set<String> knownIds = new HashSet<>(articles.stringColumn("id").asList());
        Map<String, Accumulator> byItem = new TreeMap<>();
        for (int row = 0; row < counts.rowCount(); row++) {
            String id = counts.id(row);
            if (!knownIds.contains(id)) {
                throw new IllegalArgumentException("counts name article '" + id + "', which articles lacks");
            }
            Boolean inTarget = isTargetById.get(id);
            int n = counts.count(row);
            if (inTarget == null || n <= 0) {
                continue;
            }
            byItem.computeIfAbsent(counts.item(row), k -> new Accumulator()).add(id, inTarget, counts.surface(row), n);
        }
        List<Item> items = new ArrayList<>();
        byItem.forEach((item, acc) -> items.add(acc.toItem(item)));
        return new GroupedCounts(tokens[0], tokens[1], articleCounts[0], articleCounts[1], items);
    }

    private static void requireColumns(Table table, String role, String... names) {
        for (String name : names) {
            if (!table.containsColumn(name)) {
                throw new IllegalArgumentException(
                        role + " table has no column '" + name + "'; its columns are " + table.columnNames());
            }
        }
    }

    private static void requireMembers(Map<String, Boolean> isTargetById, boolean side, String column, String value) {
        if (!isTargetById.containsValue(side)) {
            throw new IllegalArgumentException("no article has " + column + " = " + value);
        }
    }

    private static final class Accumulator {
        private final int[] frequency = new int[2];
        private final List<Set<String>> articles = List.of(new HashSet<>(), new HashSet<>());
        private final Map<String, Integer> surfaces = new TreeMap<>();

        void add(String id, boolean inTarget, String surface, int n) {
            int side = inTarget ? 0 : 1;
            frequency[side] += n;
            articles.get(side).add(id);
            surfaces.merge(surface, n, Integer::sum);
        }

        /** The item's totals; its display form is its most frequent surface, ties to the alphabetically first. */
        Item toItem(String item) {
            String surface = surfaces.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow().getKey();
            return new Item(item, surface, frequency[0], frequency[1], articles.get(0).size(), articles.get(1).size());
        }
    }
}
