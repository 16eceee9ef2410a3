package org.kabar.chart;

import java.util.Map;
import org.knowm.xchart.CategoryChart;
import tech.tablesaw.api.Table;

/**
 * Bars of each category side by side, one series per group, e.g. actors (categories, in table
 * order) by period (groups, sorted so periods run in time order), each group in its palette
 * colour; or stacked, one bar per category. A category with no row for a group gets a bar of
 * zero. Made by {@link Charts#groupedBar}.
 */
public final class GroupedBarPlot extends Plot<GroupedBarPlot, CategoryChart> {

    GroupedBarPlot(Table table, Map<String, String> options, Labels labels, Theme theme) {
        super(table, options, labels, theme);
    }

    /** The column naming the categories along the x axis. */
    public GroupedBarPlot category(String column) {
        return set("category", column);
    }

    /** The column naming the series, one bar per category each. */
    public GroupedBarPlot group(String column) {
        return set("group", column);
    }

    /** The numeric column giving each bar's height. */
    public GroupedBarPlot value(String column) {
        return set("value", column);
    }

    /** The groups' bars stacked on each other (default side by side): for parts that add up to a whole. */
    public GroupedBarPlot stacked(boolean stacked) {
        return set("stacked", stacked);
    }

    @Override
    public CategoryChart build() {
        return Charts.drawGroupedBar(table, required("category"), required("group"), required("value"),
                Boolean.parseBoolean(option("stacked", "false")), labels, theme);
    }

    @Override
    GroupedBarPlot with(Map<String, String> options, Labels labels, Theme theme) {
        return new GroupedBarPlot(table, options, labels, theme);
    }
}
