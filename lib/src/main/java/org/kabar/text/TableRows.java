package org.kabar.text;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A result table filled a row at a time: its columns declared once, by type and name, in order,
 * and each row added whole, so code that builds a table reads one line per row, not one column
 * variable and one {@code append} per cell.
 *
 * <pre>{@code
 * TableRows rows = TableRows.named("counts").strings("id", "actor").ints("mentions");
 * rows.add("a", "Rusia", 3);
 * rows.table()   // id | actor | mentions
 * }</pre>
 *
 * <p>A cell's Java type must be its column's (String, Integer, Long, Double, LocalDate, Boolean;
 * null for a missing value): a mismatch is a mistake in the code and fails at once.
 */
public final class TableRows {

    private final String name;
    private final List<Column<?>> columns = new ArrayList<>();

    private TableRows(String name) {
        this.name = name;
    }

    /** An empty table called {@code name}, without columns yet. */
    public static TableRows named(String name) {
        return new TableRows(name);
    }

    /** Text columns, in this order after those declared so far. */
    public TableRows strings(String... names) {
        for (String column : names) columns.add(StringColumn.create(column));
        return this;
    }

    /** Integer columns. */
    public TableRows ints(String... names) {
        for (String column : names) columns.add(IntColumn.create(column));
        return this;
    }

    /** Long integer columns. */
    public TableRows longs(String... names) {
        for (String column : names) columns.add(LongColumn.create(column));
        return this;
    }

    /** Floating-point columns. */
    public TableRows doubles(String... names) {
        for (String column : names) columns.add(DoubleColumn.create(column));
        return this;
    }

    /** Date columns. */
    public TableRows dates(String... names) {
        for (String column : names) columns.add(DateColumn.create(column));
        return this;
    }

    /** True/false columns. */
    public TableRows booleans(String... names) {
        for (String column : names) columns.add(BooleanColumn.create(column));
        return this;
    }

    /** One row: a cell per column, in the order the columns were declared. */
    public void add(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(name + ": a row needs " + columns.size() + " cells, got " + cells.length);
        }
        for (int i = 0; i < cells.length; i++) {
            columns.get(i).appendObj(cells[i]);
        }
    }

    /** The table of the rows added so far. */
    public Table table() {
        return Table.create(name, columns.toArray(Column<?>[]::new));
    }
}
