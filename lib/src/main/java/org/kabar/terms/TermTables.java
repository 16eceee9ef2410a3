package org.kabar.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.kabar.text.Roots;
import org.kabar.text.Tokens;
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
     * "negara-negara") and where it conflates or over-strips. The stems are the tokens table's
     * {@code stem} column (Snowball).
     */
    public static Table stemGroups(Tokens tokens) {
        String[] stems = new String[tokens.rowCount()];
        for (int row = 0; row < stems.length; row++) stems[row] = tokens.stem(row);
        return groups(tokens, stems, "stem", "stems that merge several words");
    }

    /**
     * As {@link #stemGroups}, for the roots of any reducer: columns {@code root | words | count}.
     */
    public static Table rootGroups(Tokens tokens, Roots roots) {
        return groups(tokens, tokens.keys(roots), "root", roots.name() + " roots that merge several words");
    }

    /** Each word and what each reducer makes of it, one column per reducer (named as the reducer). */
    public static Table rootsOf(List<String> words, Roots... reducers) {
        Table table = Table.create("roots", StringColumn.create("word", words));
        for (Roots roots : reducers) {
            table.addColumns(StringColumn.create(roots.name(), words.stream().map(roots::of).toList()));
        }
        return table;
    }

    /**
     * The {@code n} most frequent terms of all the tokens (stopwords left out) counted with
     * each reducer, side by side: columns {@code rank}, then per reducer its name (the term) and
     * {@code <name>_count}. Ties by term.
     */
    public static Table topByRoots(Tokens tokens, int n, Roots... reducers) {
        Table table = Table.create("top " + n + " terms by reducer",
                IntColumn.create("rank", IntStream.rangeClosed(1, n).toArray()));
        for (Roots roots : reducers) {
            Map<String, Integer> totals = new HashMap<>();
            Table perArticle = Terms.unigrams().roots(roots).perArticle(tokens).table();
            for (int row = 0; row < perArticle.rowCount(); row++) {
                totals.merge(perArticle.stringColumn("term").get(row), perArticle.intColumn("count").get(row), Integer::sum);
            }
            List<String> top = totals.keySet().stream()
                    .sorted(Comparator.comparing((String term) -> -totals.get(term)).thenComparing(Comparator.naturalOrder()))
                    .limit(n).toList();
            StringColumn terms = StringColumn.create(roots.name());
            IntColumn counts = IntColumn.create(roots.name() + "_count");
            for (int rank = 0; rank < n; rank++) {
                terms.append(rank < top.size() ? top.get(rank) : "");
                if (rank < top.size()) counts.append(totals.get(top.get(rank)));
                else counts.appendMissing();
            }
            table.addColumns(terms, counts);
        }
        return table;
    }

    private static Table groups(Tokens tokens, String[] keys, String keyName, String tableName) {
        Map<String, Set<String>> wordsByKey = new TreeMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int row = 0; row < tokens.rowCount(); row++) {
            if (!tokens.isWord(row) || tokens.isStopword(row)) continue;
            wordsByKey.computeIfAbsent(keys[row], k -> new TreeSet<>()).add(tokens.norm(row));
            counts.merge(keys[row], 1, Integer::sum);
        }
        List<String> merged = new ArrayList<>();
        wordsByKey.forEach((key, words) -> {
            if (words.size() > 1) merged.add(key);
        });
        merged.sort(Comparator.comparing((String key) -> -wordsByKey.get(key).size()).thenComparing(Comparator.naturalOrder()));
        StringColumn keyColumn = StringColumn.create(keyName);
        StringColumn words = StringColumn.create("words");
        IntColumn countColumn = IntColumn.create("count");
        for (String key : merged) {
            keyColumn.append(key);
            words.append(String.join(", ", wordsByKey.get(key)));
            countColumn.append(counts.get(key));
        }
        return Table.create(tableName, keyColumn, words, countColumn);
    }
}
