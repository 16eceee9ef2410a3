package org.kabar.chart;

import org.knowm.xchart.CategoryChart;
import tech.tablesaw.api.Table;

/**
 * Bars of each category side by side, one series per group, e.g. actors (categories, in table
 * order) by period (groups, sorted so periods run in time order), each group in its palette
 * colour; or stacked, one bar per category. A category with no row for a group gets a bar of
 * zero. Made by {@link Charts#groupedBar}.
 */
public final class GroupedBarPlot extends Plot<GroupedBarPlot, CategoryChart> {
    private final String category;
    private final String group;
    private final String value;
    private final boolean stacked;

    GroupedBarPlot(Table table) {
        this(table, Labels.NONE, Theme.standard(), null, null, null, false);
    }

    private GroupedBarPlot(Table table, Labels labels, Theme theme, String category, String group, String value,
            boolean stacked) {
        super(table, labels, theme);
        this.category = category;
        this.group = group;
        this.value = value;
        this.stacked = stacked;
    }

    /** The column naming the categories along the x axis. */
    public GroupedBarPlot category(String column) {
        return new GroupedBarPlot(table, labels, theme, column, group, value, stacked);
    }

    /** The column naming the series, one bar per category each. */
    public GroupedBarPlot group(String column) {
        return new GroupedBarPlot(table, labels, theme, category, column, value, stacked);
    }

    /** The numeric column giving each bar's height. */
    public GroupedBarPlot value(String column) {
        return new GroupedBarPlot(table, labels, theme, category, group, column, stacked);
    }

    /** The groups' bars stacked on each other (default side by side): for parts that add up to a whole. */
    public GroupedBarPlot stacked(boolean stacked) {
        return new GroupedBarPlot(table, labels, theme, category, group, value, stacked);
    }

    @Override
    public CategoryChart build() {
        return Charts.drawGroupedBar(table, required(category, "category"), required(group, "group"),
                required(value, "value"), stacked, labels, theme);
    }

    @Override
    GroupedBarPlot with(Labels labels, Theme theme) {
        return new GroupedBarPlot(table, labels, theme, category, group, value, stacked);
    }
}
