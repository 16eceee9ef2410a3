package org.kabar.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Small questions a notebook asks of term tables, answered without changing them. */
public final class TermTables {
    private TermTables() {}

    /**
     * The rows of a per-period term table ({@link Terms#perPeriod}) for its {@code n} terms with
     * the highest count over all periods (ties by term), those terms in that order and each
     * term's periods in time order: what a grouped bar chart of "the top terms" needs.
     */
    public static Table top(Table perPeriod, int n) {
        Map<String, Integer> totals = new HashMap<>();
        for (int row = 0; row < perPeriod.rowCount(); row++) {
            totals.merge(perPeriod.stringColumn("term").get(row), perPeriod.intColumn("count").get(row), Integer::sum);
        }
        List<String> chosen = totals.keySet().stream()
                .sorted(Comparator.comparing((String term) -> -totals.get(term)).thenComparing(Comparator.naturalOrder()))
                .limit(n).toList();
        Table result = perPeriod.emptyCopy();
        result.setName("top " + n + " of " + perPeriod.name());
        for (String term : chosen) {
            Table rows = perPeriod.where(perPeriod.stringColumn("term").isEqualTo(term)).sortAscendingOn("period");
            result.append(rows);
        }
        return result;
    }

    /**
     * Stems that merge several different words, the most words first (ties by stem): columns
     * {@code stem | words | count}, where {@code words} lists the merged lower-cased words and
     * {@code count} their occurrences. Reading it shows where stemming helps ("negara",
     * "negara-negara") and where it conflates or over-strips.
     */
    public static Table stemGroups(Table tokens) {
        Map<String, Set<String>> wordsByStem = new TreeMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int row = 0; row < tokens.rowCount(); row++) {
            if (!tokens.booleanColumn("word").get(row) || tokens.booleanColumn("stopword").get(row)) continue;
            String stem = tokens.stringColumn("stem").get(row);
            wordsByStem.computeIfAbsent(stem, k -> new TreeSet<>()).add(tokens.stringColumn("norm").get(row));
            counts.merge(stem, 1, Integer::sum);
        }
        List<String> stems = new ArrayList<>();
        wordsByStem.forEach((stem, words) -> {
            if (words.size() > 1) stems.add(stem);
        });
        stems.sort(Comparator.comparing((String stem) -> -wordsByStem.get(stem).size()).thenComparing(Comparator.naturalOrder()));
        StringColumn stemColumn = StringColumn.create("stem");
        StringColumn words = StringColumn.create("words");
        IntColumn countColumn = IntColumn.create("count");
        for (String stem : stems) {
            stemColumn.append(stem);
            words.append(String.join(", ", wordsByStem.get(stem)));
            countColumn.append(counts.get(stem));
        }
        return Table.create("stems that merge several words", stemColumn, words, countColumn);
    }
}
