package org.kabar.text;

import tech.tablesaw.api.Table;

/** The check every stage makes of a table handed to it: the columns it reads are there. */
public final class RequiredColumns {

    private RequiredColumns() {}

    /**
     * Nothing when {@code table} has every one of {@code columns}; else an
     * {@link IllegalArgumentException} naming the first it lacks: "{@code role} table 'name' has
     * no column 'c'", then {@code hint} (how such a table is made), or, when the hint is null, the
     * columns the table has.
     */
    public static void require(Table table, String role, String hint, String... columns) {
        for (String column : columns) {
            if (!table.containsColumn(column)) {
                throw new IllegalArgumentException(role + " table '" + table.name() + "' has no column '" + column + "'"
                        + (hint != null ? hint : " (it has " + String.join(", ", table.columnNames()) + ")"));
            }
        }
    }
}
