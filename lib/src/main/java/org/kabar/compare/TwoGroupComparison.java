package org.kabar.compare;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.kabar.text.ItemCounts;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What every comparison of a target group with a reference group shares: the split, the counts
 * with their item, the frequency filters, and the columns each result row carries
 * ({@code ITEM | surface | a | b | per_1000_a | per_1000_b | df_a | df_b}). Options are
 * immutable: each returns a new comparison and leaves this one as it was.
 *
 * @param <S> the concrete comparison, so the fluent options return it
 */
abstract class TwoGroupComparison<S extends TwoGroupComparison<S>> {

    /** Everything the two kinds of comparison are set up with alike. */
    record Setup(ItemCounts counts, Table articles, String groupColumn, String target, String reference,
                 String itemColumn, int minFrequency, int minDocumentFrequency) {

        static Setup of(ItemCounts counts, Table articles, String groupColumn, String target, String reference) {
            return new Setup(counts, articles, groupColumn, target, reference, counts.item(), 1, 1);
        }
    }

    final Setup setup;

    TwoGroupComparison(Setup setup) {
        this.setup = setup;
    }

    /** This comparison with another setup; its own options as they are. */
    abstract S with(Setup setup);

    /** Keep only items with {@code a + b >= n} (default 1). */
    public S minFrequency(int n) {
        Setup s = setup;
        return with(new Setup(s.counts, s.articles, s.groupColumn, s.target, s.reference,
                s.itemColumn, n, s.minDocumentFrequency));
    }

    /** Keep only items found in at least {@code n} articles of the two groups together (default 1). */
    public S minDocumentFrequency(int n) {
        Setup s = setup;
        return with(new Setup(s.counts, s.articles, s.groupColumn, s.target, s.reference,
                s.itemColumn, s.minFrequency, n));
    }

    /** The comparison, one row per item that passes the filters, with how it was made. */
    public Comparison run() {
        GroupedCounts grouped = GroupedCounts.of(setup.counts, setup.articles,
                setup.groupColumn, setup.target, setup.reference);
        List<GroupedCounts.Item> kept = grouped.items.stream()
                .filter(i -> i.a() + i.b() >= setup.minFrequency && i.dfA() + i.dfB() >= setup.minDocumentFrequency)
                .toList();
        double c = grouped.targetTokens;
        double d = grouped.referenceTokens;
        Table table = Table.create(
                StringColumn.create(setup.itemColumn, kept.stream().map(GroupedCounts.Item::item)),
                StringColumn.create("surface", kept.stream().map(GroupedCounts.Item::surface)),
                IntColumn.create("a", kept.stream().mapToInt(GroupedCounts.Item::a).toArray()),
                IntColumn.create("b", kept.stream().mapToInt(GroupedCounts.Item::b).toArray()),
                doubles("per_1000_a", kept, i -> 1000 * i.a() / c),
                doubles("per_1000_b", kept, i -> 1000 * i.b() / d),
                IntColumn.create("df_a", kept.stream().mapToInt(GroupedCounts.Item::dfA).toArray()),
                IntColumn.create("df_b", kept.stream().mapToInt(GroupedCounts.Item::dfB).toArray()));
        addStatistics(table, kept, grouped);
        Statistic statistic = statistic(grouped);
        return new Comparison(table.sortOn("-" + statistic.display().rankingColumn(), setup.itemColumn),
                setup.itemColumn, setup.counts.description(), setup.groupColumn,
                new Comparison.Group(setup.target, c, grouped.targetArticles),
                new Comparison.Group(setup.reference, d, grouped.referenceArticles),
                setup.minFrequency, setup.minDocumentFrequency, statistic, false);
    }

    /** Appends this comparison's statistic columns, one value per kept item. */
    abstract void addStatistics(Table table, List<GroupedCounts.Item> kept, GroupedCounts grouped);

    /** The statistic, with the setting used on these counts. */
    abstract Statistic statistic(GroupedCounts grouped);

    static DoubleColumn doubles(String name, List<GroupedCounts.Item> items,
                                ToDoubleFunction<GroupedCounts.Item> value) {
        return DoubleColumn.create(name, items.stream().mapToDouble(value).toArray());
    }

    /** The group an item leans to, by the sign of a signed effect; "equal" at zero. */
    StringColumn direction(List<GroupedCounts.Item> items, ToDoubleFunction<GroupedCounts.Item> signedEffect) {
        return StringColumn.create("direction", items.stream().map(i -> {
            double effect = signedEffect.applyAsDouble(i);
            return effect > 0 ? setup.target : effect < 0 ? setup.reference : "equal";
        }));
    }
}
