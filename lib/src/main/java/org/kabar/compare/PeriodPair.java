package org.kabar.compare;

import java.util.List;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

/**
 * The two periods a comparison sets against each other, chosen the same way by the command line
 * and the notebooks: the pair asked for, or by default the earliest and the latest period that
 * have articles (undated articles, whose period is empty, belong to none). With fewer than two
 * periods there is nothing to compare, and {@link #why()} says so in one line.
 *
 * @param earlier the first group (a), or empty when there is no pair
 * @param later the second group (b), or empty when there is no pair
 * @param why why there is no pair; empty when there is one
 */
public record PeriodPair(String earlier, String later, String why) {

    /** The default pair of an articles table's {@code period} column: its earliest and latest period. */
    public static PeriodPair of(Table articles) {
        return of(articles, List.of());
    }

    /**
     * {@code chosen} (two periods) if both have articles, else the default pair; an empty
     * {@code chosen} asks for the default.
     */
    public static PeriodPair of(Table articles, List<String> chosen) {
        TreeSet<String> periods = periods(articles);
        if (!chosen.isEmpty()) {
            if (chosen.size() != 2 || chosen.get(0).equals(chosen.get(1))) {
                return none("compare takes two different periods, got " + chosen);
            }
            if (!periods.containsAll(chosen)) {
                return none("the periods to compare are " + String.join(" and ", chosen)
                        + ", but the corpus has articles in " + describe(periods));
            }
            return new PeriodPair(chosen.get(0), chosen.get(1), "");
        }
        if (periods.size() < 2) {
            return none("the corpus has articles in " + describe(periods) + ": a comparison needs two periods");
        }
        return new PeriodPair(periods.first(), periods.last(), "");
    }

    /** Whether there are two periods to compare. */
    public boolean exists() {
        return why.isEmpty();
    }

    /** The pair as a list, earlier first; empty without a pair. */
    public List<String> asList() {
        return exists() ? List.of(earlier, later) : List.of();
    }

    /** The pair, e.g. {@code 2021-12 vs 2022-01}, or why there is none. */
    @Override
    public String toString() {
        return exists() ? earlier + " vs " + later : why;
    }

    /** The dated periods of the articles, sorted (which is time order for Kabar's period labels). */
    public static TreeSet<String> periods(Table articles) {
        TreeSet<String> periods = new TreeSet<>(articles.stringColumn("period").asList());
        periods.remove("");
        return periods;
    }

    private static PeriodPair none(String why) {
        return new PeriodPair("", "", why);
    }

    private static String describe(TreeSet<String> periods) {
        return periods.isEmpty() ? "no period (no article is dated)"
                : periods.size() == 1 ? "one period (" + periods.first() + ")" : periods.toString();
    }
}
