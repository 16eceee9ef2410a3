package org.kabar.compare;

import java.util.List;
import org.kabar.text.ItemCounts;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Keywords of one group of articles against another: log-likelihood G² for significance and
 * Log Ratio for effect size (see docs/methods.md).
 *
 * <pre>{@code
 * Comparison key = Keyness.compare(terms, articles, "period", "2021-12", "2022-01").minFrequency(3).run();
 * key.significant().chart(10)
 * }</pre>
 *
 * <p>Inputs: {@code counts} per article ({@code Terms...perArticle(tokens)},
 * {@code mentions.perArticle()}, or {@code ItemCounts.of(table, item)} for a table of one's own:
 * {@code id | <item> | count}, an optional {@code surface} column supplying display forms), and
 * {@code articles} with {@code id | <groupColumn> | tokens}. {@code c} and {@code d} are the sums of {@code tokens} per group.
 *
 * <p>Options are immutable: each returns a new {@code Keyness}. {@link #run()} gives a
 * {@link Comparison}, the table with how it was made. Its columns, ranked by {@code g2} descending, ties by item:
 * {@code <item> | surface | a | b | per_1000_a | per_1000_b | df_a | df_b | g2 | p_level | log_ratio | direction}.
 * {@code g2} is the 2-term form unless {@link #form} says otherwise; the table's name (its caption)
 * states the groups, their sizes, the G² form and the Log Ratio convention. {@code p_level} is
 * "p<0.0001", "p<0.001", "p<0.01", "p<0.05" or "n.s." (1 d.f.); {@code direction} is the group
 * whose per-token rate is higher, or "equal".
 */
public final class Keyness extends TwoGroupComparison<Keyness> {

    /** Critical values of χ² with 1 d.f., strictest first, and the level each marks. */
    private static final double[] CRITICAL_VALUES = {15.13, 10.83, 6.63, Statistic.LogLikelihood.CRITICAL_VALUE};
    private static final String[] LEVELS = {"p<0.0001", "p<0.001", "p<0.01", "p<0.05"};

    private final G2Form form;

    private Keyness(Setup setup, G2Form form) {
        super(setup);
        this.form = form;
    }

    /**
     * Compares the counts of the articles whose {@code groupColumn} equals {@code target} with
     * those of the articles equal to {@code reference}; what is compared is the counts' item.
     */
    public static Keyness compare(ItemCounts counts, Table articles, String groupColumn, String target, String reference) {
        return new Keyness(Setup.of(counts, articles, groupColumn, target, reference), G2Form.TWO_TERM);
    }

    /** Which G² to compute (default {@link G2Form#TWO_TERM}). */
    public Keyness form(G2Form form) {
        return new Keyness(setup, form);
    }

    @Override
    Keyness with(Setup setup) {
        return new Keyness(setup, form);
    }

    /**
     * Log Ratio (Hardie 2014): {@code log2((a/c)/(b/d))}, with a zero frequency replaced by 0.5
     * (Hardie's convention) so that words found in one group only keep a finite value.
     */
    public static double logRatio(double a, double b, double c, double d) {
        return log2((zeroAsHalf(a) / c) / (zeroAsHalf(b) / d));
    }

    /** The strictest significance level a G² value (1 d.f.) reaches, or "n.s.". */
    public static String pLevel(double g2) {
        for (int i = 0; i < CRITICAL_VALUES.length; i++) {
            if (g2 >= CRITICAL_VALUES[i]) {
                return LEVELS[i];
            }
        }
        return "n.s.";
    }

    @Override
    void addStatistics(Table table, List<GroupedCounts.Item> kept, GroupedCounts grouped) {
        double c = grouped.targetTokens;
        double d = grouped.referenceTokens;
        table.addColumns(
                doubles("g2", kept, i -> form.g2(i.a(), i.b(), c, d)),
                StringColumn.create("p_level", kept.stream().map(i -> pLevel(form.g2(i.a(), i.b(), c, d)))),
                doubles("log_ratio", kept, i -> logRatio(i.a(), i.b(), c, d)),
                direction(kept, i -> i.a() / c - i.b() / d));
    }

    @Override
    Statistic statistic(GroupedCounts grouped) {
        return new Statistic.LogLikelihood(form);
    }

    private static double zeroAsHalf(double frequency) {
        return frequency == 0 ? 0.5 : frequency;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
