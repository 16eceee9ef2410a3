package org.kabar.compare;

import java.util.Locale;
import org.kabar.chart.Charts;
import org.kabar.chart.DivergingPlot;
import tech.tablesaw.api.Table;

/**
 * The result of comparing two groups of articles ({@link Keyness}, {@link LogOdds}): the table,
 * and how it was made — what was counted, the groups with their sizes, the filters and the
 * statistic with its setting — so that what a reader does next needs none of it restated.
 *
 * <pre>{@code
 * Comparison keyness = Keyness.compare(terms, articles, "period", "2021-12", "2022-01").minFrequency(3).run();
 * keyness.significant().chart(10)     // the key words of each period, in the periods' colours
 * keyness.table()                     // the Tablesaw table, to select or join
 * }</pre>
 *
 * <p>Immutable: {@link #table()} gives a copy, and {@link #significant()} a new comparison. A
 * notebook shows a comparison as its table, captioned by {@link #caption()}.
 */
public final class Comparison {

    /**
     * One side of the comparison.
     *
     * @param name the group's value in the group column, e.g. "2021-12"
     * @param tokens the group's size in word tokens (c for the target, d for the reference)
     * @param articles how many articles the group has
     */
    public record Group(String name, double tokens, int articles) {}

    private final Table table;
    private final String item;
    private final String counted;
    private final String groupColumn;
    private final Group target;
    private final Group reference;
    private final int minFrequency;
    private final int minDocumentFrequency;
    private final Statistic statistic;
    private final boolean significantOnly;

    Comparison(Table table, String item, String counted, String groupColumn, Group target, Group reference,
               int minFrequency, int minDocumentFrequency, Statistic statistic, boolean significantOnly) {
        this.item = item;
        this.counted = counted;
        this.groupColumn = groupColumn;
        this.target = target;
        this.reference = reference;
        this.minFrequency = minFrequency;
        this.minDocumentFrequency = minDocumentFrequency;
        this.statistic = statistic;
        this.significantOnly = significantOnly;
        // The table is new (made by run() or significant()), so naming it changes no one else's.
        this.table = table;
        this.table.setName(caption());
    }

    /** The comparison as a Tablesaw table (a copy: changing it leaves this comparison as it is), named by its caption. */
    public Table table() {
        return table.copy();
    }

    /** The count table's column that was compared: "term", "actor", "stem", ... */
    public String item() {
        return item;
    }

    /**
     * What was counted and how, in words, as the counts compared describe themselves
     * ({@code ItemCounts.description()}): "terms (Snowball stems)", "actor mentions (...)".
     */
    public String counted() {
        return counted;
    }

    /** The articles' column that splits them into the two groups, e.g. "period". */
    public String groupColumn() {
        return groupColumn;
    }

    /** The target group (a, c): positive effects lean to it. */
    public Group target() {
        return target;
    }

    /** The reference group (b, d). */
    public Group reference() {
        return reference;
    }

    /** The least {@code a + b} an item needed to be kept. */
    public int minFrequency() {
        return minFrequency;
    }

    /** The least number of articles of both groups an item needed to be found in. */
    public int minDocumentFrequency() {
        return minDocumentFrequency;
    }

    /** The statistic the rows are ranked by, with its setting (G² form, prior size). */
    public Statistic statistic() {
        return statistic;
    }

    /** Whether only the rows significant at p &lt; 0.05 are kept ({@link #significant()}). */
    public boolean significantOnly() {
        return significantOnly;
    }

    /** How many items the table has. */
    public int rowCount() {
        return table.rowCount();
    }

    /**
     * What the table shows, in one line: what was counted and how, the groups, their sizes, the
     * statistic and its setting, and the significance filter if one was applied, e.g. "terms
     * (Snowball stems) by period: a = 2021-12 (c = 1017 tokens), b = 2022-01 (d = 808 tokens); g2 = ...".
     */
    public String caption() {
        return String.format(Locale.ROOT, "%s by %s: a = %s (c = %.0f tokens), b = %s (d = %.0f tokens); %s%s",
                counted, groupColumn, target.name(), target.tokens(), reference.name(), reference.tokens(),
                statistic.caption(), significantOnly ? "; only rows with " + statistic.display().significanceRule() + " (p < 0.05)" : "");
    }

    /** The rows significant at p &lt; 0.05 by the statistic's rule (G² ≥ 3.84, or |z| ≥ 1.96), ranked as before. */
    public Comparison significant() {
        return new Comparison(table.where(statistic.significant(table)), item, counted, groupColumn, target, reference,
                minFrequency, minDocumentFrequency, statistic, true);
    }

    /**
     * The diverging chart of the {@code n} items leaning most to each group: the statistic's
     * effect column (Log Ratio, or z), the target's bars positive in its palette colour, the
     * reference's negative, and a title and axis titles from the record. Adjust it like any plot
     * ({@code .title(...)}), then show, {@code build()} or {@code save(...)} it.
     */
    public DivergingPlot chart(int n) {
        String title = statistic.chartTitle(itemsName(), target.name() + " vs " + reference.name())
                + (significantOnly ? " (" + statistic.display().significanceRule() + ")" : "");
        return Charts.diverging(table).label(item).value(statistic.display().chartColumn()).top(n)
                .positive(target.name()).negative(reference.name())
                .title(title).xLabel(itemName()).yLabel(statistic.display().chartAxisLabel());
    }

    @Override
    public String toString() {
        return caption();
    }

    /** A reader's name for one item: "word" for terms, else the column's name. */
    private String itemName() {
        return item.equals("term") ? "word" : item;
    }

    private String itemsName() {
        return itemName() + "s";
    }
}
