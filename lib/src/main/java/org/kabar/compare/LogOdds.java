package org.kabar.compare;

import java.util.List;
import org.kabar.text.ItemCounts;
import tech.tablesaw.api.Table;

/**
 * Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &amp; Quinn 2008,
 * "Fightin' Words"): a difference between two groups that, unlike raw log-odds, does not let
 * rare words dominate, because the prior shrinks them.
 *
 * <pre>{@code
 * Comparison words = LogOdds.compare(terms, articles, "period", "2021-12", "2022-01").priorSize(500).run();
 * }</pre>
 *
 * <p>Inputs as for {@link Keyness}. The prior pseudo-count of item w is
 * {@code alpha_w = α0 · (a_w + b_w) / Σ(a + b)}: proportional to the pooled counts of both groups
 * (computed before the frequency filters), scaled to the prior size {@code α0}. By default
 * {@code α0 = Σ(a + b)}, so that {@code alpha_w} is simply the item's pooled count. The group
 * totals {@code n} are the groups' word tokens ({@code c}, {@code d}), as for G²; with a count
 * table covering every word they equal Monroe et al.'s sums of counts.
 *
 * <p>Result columns, ranked by {@code z} descending, ties by item:
 * {@code <item> | surface | a | b | per_1000_a | per_1000_b | df_a | df_b | alpha | delta | variance | z | direction},
 * with {@code delta = ln((a+α_w)/(c+α0−a−α_w)) − ln((b+α_w)/(d+α0−b−α_w))},
 * {@code variance = 1/(a+α_w) + 1/(b+α_w)}, {@code z = delta/√variance}; {@code direction} is the
 * group {@code delta} favours, or "equal". The caption states α0.
 */
public final class LogOdds extends TwoGroupComparison<LogOdds> {

    /** α0, or null for the default (the pooled count total). */
    private final Double priorSize;

    private LogOdds(Setup setup, Double priorSize) {
        super(setup);
        this.priorSize = priorSize;
    }

    /** Compares articles whose {@code groupColumn} equals {@code target} with those equal to {@code reference}. */
    public static LogOdds compare(ItemCounts counts, Table articles, String groupColumn, String target, String reference) {
        return new LogOdds(Setup.of(counts, articles, groupColumn, target, reference), null);
    }

    @Override
    LogOdds with(Setup setup) {
        return new LogOdds(setup, priorSize);
    }

    /** The prior's total pseudo-count α0 (default: the pooled count total Σ(a + b)); larger shrinks more. */
    public LogOdds priorSize(double alpha0) {
        if (!(alpha0 > 0)) {
            throw new IllegalArgumentException("prior size must be positive, was " + alpha0);
        }
        return new LogOdds(setup, alpha0);
    }

    @Override
    void addStatistics(Table table, List<GroupedCounts.Item> kept, GroupedCounts grouped) {
        Prior prior = new Prior(grouped);
        double c = grouped.targetTokens;
        double d = grouped.referenceTokens;
        table.addColumns(
                doubles("alpha", kept, prior::alpha),
                doubles("delta", kept, i -> prior.delta(i, c, d)),
                doubles("variance", kept, prior::variance),
                doubles("z", kept, i -> prior.delta(i, c, d) / Math.sqrt(prior.variance(i))),
                direction(kept, i -> prior.delta(i, c, d)));
    }

    @Override
    Statistic statistic(GroupedCounts grouped) {
        return new Statistic.LogOddsWithPrior(new Prior(grouped).size);
    }

    /** The Dirichlet prior over all items of a grouping, before any filter. */
    private final class Prior {
        final double size;
        private final double pooledTotal;

        Prior(GroupedCounts grouped) {
            pooledTotal = grouped.items.stream().mapToDouble(i -> i.a() + i.b()).sum();
            size = priorSize == null ? pooledTotal : priorSize;
        }

        double alpha(GroupedCounts.Item item) {
            return size * (item.a() + item.b()) / pooledTotal;
        }

        double delta(GroupedCounts.Item item, double c, double d) {
            double alpha = alpha(item);
            return logOdds(item.a() + alpha, c + size) - logOdds(item.b() + alpha, d + size);
        }

        double variance(GroupedCounts.Item item) {
            double alpha = alpha(item);
            return 1 / (item.a() + alpha) + 1 / (item.b() + alpha);
        }

        /** ln of the odds of a word with smoothed count {@code y} among {@code total} smoothed tokens. */
        private double logOdds(double y, double total) {
            return Math.log(y / (total - y));
        }
    }
}
