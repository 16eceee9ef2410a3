package org.kabar.compare;

import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Count tables for {@link Keyness} and {@link LogOdds} from tables with one row per occurrence:
 * actors from the mentions table, stems or norms from the tokens table.
 *
 * <pre>{@code
 * Table actorCounts = ItemCounts.perArticle(mentions, "actor");
 * Keyness.compare(actorCounts, articles, "period", "2021-12", "2022-01").item("actor").run();
 * }</pre>
 */
public final class ItemCounts {

    private ItemCounts() {}

    /**
     * How often each value of {@code itemColumn} occurs per article: columns
     * {@code id | <itemColumn> | count}, sorted by id, then item. {@code occurrences} needs an
     * {@code id} column; it is not changed.
     */
    public static Table perArticle(Table occurrences, String itemColumn) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (int row = 0; row < occurrences.rowCount(); row++) {
            counts.computeIfAbsent(occurrences.getString(row, "id"), id -> new TreeMap<>())
                    .merge(occurrences.getString(row, itemColumn), 1, Integer::sum);
        }
        Table table = Table.create("counts of " + itemColumn + " per article",
                StringColumn.create("id"), StringColumn.create(itemColumn), IntColumn.create("count"));
        counts.forEach((id, byItem) -> byItem.forEach((item, n) -> {
            table.stringColumn("id").append(id);
            table.stringColumn(itemColumn).append(item);
            table.intColumn("count").append(n);
        }));
        return table;
    }
}
