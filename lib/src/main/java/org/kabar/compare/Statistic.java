package org.kabar.compare;

import java.util.Locale;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * The statistic a {@link Comparison} ranks its items by, with the setting it was computed with:
 * what a caption states, which rows pass at p &lt; 0.05 and which column a chart draws.
 */
public sealed interface Statistic {

    /**
     * Where a statistic's numbers are in the table and how a page names them.
     *
     * @param rankingColumn the column the rows are ranked by, highest first
     * @param chartColumn the signed column a chart draws: positive leans to the target, negative to the reference
     * @param chartAxisLabel the chart's value axis title
     * @param significanceRule the rule a row meets to be significant at p &lt; 0.05, as a caption states it
     */
    record Display(String rankingColumn, String chartColumn, String chartAxisLabel, String significanceRule) {}

    /** Where the numbers are and how they are named. */
    Display display();

    /** The rows of a comparison table that meet the significance rule. */
    Selection significant(Table table);

    /** What the statistic columns mean, with the setting used. */
    String caption();

    /** A chart's title for the comparison of {@code items} (plural, e.g. "words") between the groups of {@code pair}. */
    String chartTitle(String items, String pair);

    /**
     * Log-likelihood G² for significance and Log Ratio for effect size ({@link Keyness}).
     *
     * @param form which G² was computed
     */
    record LogLikelihood(G2Form form) implements Statistic {
        /** χ² with 1 d.f. at p = 0.05. */
        public static final double CRITICAL_VALUE = 3.84;
        private static final Display DISPLAY =
                new Display("g2", "log_ratio", "Log Ratio (log₂ of the rate ratio)", "G² ≥ 3.84");

        @Override
        public Display display() {
            return DISPLAY;
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

        @Override
        public String chartTitle(String items, String pair) {
            return "Key " + items + ": " + pair;
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
        private static final Display DISPLAY = new Display("z", "z", "z-score", "|z| ≥ 1.96");

        @Override
        public Display display() {
            return DISPLAY;
        }

        @Override
        public Selection significant(Table table) {
            return table.doubleColumn("z").isGreaterThanOrEqualTo(CRITICAL_Z)
                    .or(table.doubleColumn("z").isLessThanOrEqualTo(-CRITICAL_Z));
        }

        @Override
        public String caption() {
            return String.format(Locale.ROOT, "log-odds ratio with informative Dirichlet prior (Monroe et al. 2008), "
                    + "prior from pooled counts, α0 = %s", priorSize == Math.rint(priorSize)
                    ? String.valueOf((long) priorSize) : String.valueOf(priorSize));
        }

        @Override
        public String chartTitle(String items, String pair) {
            return "Log-odds with informative Dirichlet prior: top " + items + " each way";
        }
    }
}
