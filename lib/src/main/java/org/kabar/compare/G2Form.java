package org.kabar.compare;

/**
 * The two forms of the log-likelihood statistic G² found in corpus tools. Their values differ
 * slightly, which is why every keyness table names the form it shows.
 *
 * <p>Notation: {@code a}, {@code b} = frequency of a word in the target and reference group;
 * {@code c}, {@code d} = total word tokens of each group.
 */
public enum G2Form {

    /** {@code 2·(a·ln(a/E1) + b·ln(b/E2))}: the UCREL calculator's form (Rayson &amp; Garside 2000). */
    TWO_TERM("2-term (Rayson & Garside 2000)") {
        @Override
        public double g2(double a, double b, double c, double d) {
            double[] expected = expected(a, b, c, d);
            return 2 * (observedTerm(a, expected[0]) + observedTerm(b, expected[1]));
        }
    },

    /** Dunning's full form, which also counts the other tokens: the default of AntConc 4 and quanteda. */
    FOUR_TERM("4-term (Dunning 1993)") {
        @Override
        public double g2(double a, double b, double c, double d) {
            double[] expected = expected(a, b, c, d);
            return 2 * (observedTerm(a, expected[0]) + observedTerm(b, expected[1])
                    + observedTerm(c - a, c - expected[0]) + observedTerm(d - b, d - expected[1]));
        }
    };

    private final String label;

    G2Form(String label) {
        this.label = label;
    }

    /** G² for frequencies {@code a}, {@code b} in groups of {@code c} and {@code d} tokens. */
    public abstract double g2(double a, double b, double c, double d);

    /** The form's name as a table caption states it, e.g. "2-term (Rayson &amp; Garside 2000)". */
    public String label() {
        return label;
    }

    private static double[] expected(double a, double b, double c, double d) {
        double pooledRate = (a + b) / (c + d);
        return new double[] {c * pooledRate, d * pooledRate};
    }

    /** {@code o·ln(o/e)}, where an observed frequency of 0 contributes 0 (its limit). */
    private static double observedTerm(double observed, double expected) {
        return observed == 0 ? 0 : observed * Math.log(observed / expected);
    }
}
