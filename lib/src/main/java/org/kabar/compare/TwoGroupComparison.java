package org.kabar.compare;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What every comparison of a target group with a reference group shares: the split, the count
 * table's item column, the frequency filters, and the columns each result row carries
 * ({@code ITEM | surface | a | b | per_1000_a | per_1000_b | df_a | df_b}).
 *
 * @param <S> the concrete comparison, so the fluent options return it
 */
abstract class TwoGroupComparison<S extends TwoGroupComparison<S>> {

    private final Table counts;
    private final Table articles;
    private final String groupColumn;
    final String target;
    final String reference;
    private String itemColumn = "term";
    private int minFrequency = 1;
    private int minDocumentFrequency = 1;

    TwoGroupComparison(Table counts, Table articles, String groupColumn, String target, String reference) {
        this.counts = counts;
        this.articles = articles;
        this.groupColumn = groupColumn;
        this.target = target;
        this.reference = reference;
    }

    @SuppressWarnings("unchecked")
    private S self() {
        return (S) this;
    }

    /** The count table's column that names what is counted: "term" (default), "actor", "stem", ... */
    public S item(String column) {
        this.itemColumn = column;
        return self();
    }

    /** Keep only items with {@code a + b >= n} (default 1). */
    public S minFrequency(int n) {
        this.minFrequency = n;
        return self();
    }

    /** Keep only items found in at least {@code n} articles of the two groups together (default 1). */
    public S minDocumentFrequency(int n) {
        this.minDocumentFrequency = n;
        return self();
    }

    /** The comparison as a new table, one row per item that passes the filters. */
    public Table run() {
        GroupedCounts grouped = GroupedCounts.of(counts, itemColumn, articles, groupColumn, target, reference);
        List<GroupedCounts.Item> kept = grouped.items.stream()
                .filter(i -> i.a() + i.b() >= minFrequency && i.dfA() + i.dfB() >= minDocumentFrequency)
                .toList();
        double c = grouped.targetTokens;
        double d = grouped.referenceTokens;
        Table table = Table.create(
                StringColumn.create(itemColumn, kept.stream().map(GroupedCounts.Item::item)),
                StringColumn.create("surface", kept.stream().map(GroupedCounts.Item::surface)),
                IntColumn.create("a", kept.stream().mapToInt(GroupedCounts.Item::a).toArray()),
                IntColumn.create("b", kept.stream().mapToInt(GroupedCounts.Item::b).toArray()),
                doubles("per_1000_a", kept, i -> 1000 * i.a() / c),
                doubles("per_1000_b", kept, i -> 1000 * i.b() / d),
                IntColumn.create("df_a", kept.stream().mapToInt(GroupedCounts.Item::dfA).toArray()),
                IntColumn.create("df_b", kept.stream().mapToInt(GroupedCounts.Item::dfB).toArray()));
        addStatistics(table, kept, grouped);
        Table sorted = table.sortOn("-" + rankingColumn(), itemColumn);
        sorted.setName(caption(grouped));
        return sorted;
    }

    /** Appends this comparison's statistic columns, one value per kept item. */
    abstract void addStatistics(Table table, List<GroupedCounts.Item> kept, GroupedCounts grouped);

    /** The statistic rows are ranked by, highest first. */
    abstract String rankingColumn();

    /** What the statistic columns mean, with the settings used. */
    abstract String statisticCaption(GroupedCounts grouped);

    private String caption(GroupedCounts grouped) {
        return String.format(Locale.ROOT, "%s by %s: a = %s (c = %.0f tokens), b = %s (d = %.0f tokens); %s",
                itemColumn, groupColumn, target, grouped.targetTokens,
                reference, grouped.referenceTokens, statisticCaption(grouped));
    }

    static DoubleColumn doubles(String name, List<GroupedCounts.Item> items,
                                ToDoubleFunction<GroupedCounts.Item> value) {
        return DoubleColumn.create(name, items.stream().mapToDouble(value).toArray());
    }

    /** The group an item leans to, by the sign of a signed effect; "equal" at zero. */
    StringColumn direction(List<GroupedCounts.Item> items, ToDoubleFunction<GroupedCounts.Item> signedEffect) {
        return StringColumn.create("direction", items.stream().map(i -> {
            double effect = signedEffect.applyAsDouble(i);
            return effect > 0 ? target : effect < 0 ? reference : "equal";
        }));
    }
}
