package org.kabar.compare;

import java.util.Locale;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * The statistic a {@link Comparison} ranks its items by, with the setting it was computed with:
 * what a caption states, which rows pass at p &lt; 0.05 and which column a chart draws.
 */
public sealed interface Statistic {

    /** The column the rows are ranked by, highest first. */
    String rankingColumn();

    /** The signed column a diverging chart draws: positive leans to the target, negative to the reference. */
    String chartColumn();

    /** The chart's value axis title. */
    String chartAxisLabel();

    /** A chart's title for the comparison of {@code items} (plural, e.g. "words") between the groups of {@code pair}. */
    String chartTitle(String items, String pair);

    /** The rule a row meets to be significant at p &lt; 0.05, as a caption or title states it. */
    String significanceRule();

    /** The rows of a comparison table that meet {@link #significanceRule()}. */
    Selection significant(Table table);

    /** What the statistic columns mean, with the setting used. */
    String caption();

    /**
     * Log-likelihood G² for significance and Log Ratio for effect size ({@link Keyness}).
     *
     * @param form which G² was computed
     */
    record LogLikelihood(G2Form form) implements Statistic {
        /** χ² with 1 d.f. at p = 0.05. */
        public static final double CRITICAL_VALUE = 3.84;

        @Override
        public String rankingColumn() {
            return "g2";
        }

        @Override
        public String chartColumn() {
            return "log_ratio";
        }

        @Override
        public String chartAxisLabel() {
            return "Log Ratio (log₂ of the rate ratio)";
        }

        @Override
        public String chartTitle(String items, String pair) {
            return "Key " + items + ": " + pair;
        }

        @Override
        public String significanceRule() {
            return "G² ≥ 3.84";
        }

        @Override
        public Selection significant(Table table) {
            return table.doubleColumn("g2").isGreaterThanOrEqualTo(CRITICAL_VALUE);
        }

        @Override
        public String caption() {
            return "g2 = log-likelihood G², " + form.label()
                    + "; log_ratio = Log Ratio (Hardie 2014), a zero frequency counted as 0.5";
        }
    }

    /**
     * Log-odds ratio with an informative Dirichlet prior ({@link LogOdds}).
     *
     * @param priorSize the prior's total pseudo-count α0 used
     */
    record LogOddsWithPrior(double priorSize) implements Statistic {
        /** |z| at which a single test is significant at p = 0.05 (two-sided). */
        public static final double CRITICAL_Z = 1.96;

        @Override
        public String rankingColumn() {
            return "z";
        }

        @Override
        public String chartColumn() {
            return "z";
        }

        @Override
        public String chartAxisLabel() {
            return "z-score";
        }

        @Override
        public String chartTitle(String items, String pair) {
            return "Log-odds with informative Dirichlet prior: top " + items + " each way";
        }

        @Override
        public String significanceRule() {
            return "|z| ≥ 1.96";
        }

        @Override
        public Selection significant(Table table) {
            return table.doubleColumn("z").isGreaterThanOrEqualTo(CRITICAL_Z)
                    .or(table.doubleColumn("z").isLessThanOrEqualTo(-CRITICAL_Z));
        }

        @Override
        public String caption() {
            return String.format(Locale.ROOT, "log-odds ratio with informative Dirichlet prior (Monroe et al. 2008), "
                    + "prior from pooled counts, α0 = %s", formatNumber(priorSize));
        }

        private static String formatNumber(double x) {
            return x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x);
        }
    }
}
