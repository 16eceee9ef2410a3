package org.kabar.cli;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Text cells made safe to open in a spreadsheet. Article text is written by strangers: a cell
 * starting with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return before
 * one of them) would run as a formula in Excel, LibreOffice or Google Sheets ("CSV injection").
 * Such a cell gets a leading apostrophe, which spreadsheets show as text and hide; the rest of the
 * cell is unchanged. Only text columns are touched: numbers (a negative Log Ratio) stay numbers.
 */
final class SpreadsheetSafe {

    private SpreadsheetSafe() {}

    /** A copy of the table with every text cell that a spreadsheet would run as a formula neutralised. */
    static Table copyOf(Table table) {
        Table copy = table.copy();
        for (Column<?> column : copy.columns()) {
            if (column instanceof StringColumn text) {
                for (int row = 0; row < text.size(); row++) text.set(row, cell(text.get(row)));
            }
        }
        return copy;
    }

    /** The cell, with an apostrophe in front when it starts like a formula. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) return value;
        int first = 0;
        while (first < value.length() && (value.charAt(first) == '\t' || value.charAt(first) == '\r')) first++;
        if (first == value.length()) return value;
        char c = value.charAt(first);
        return c == '=' || c == '+' || c == '-' || c == '@' || first > 0 ? "'" + value : value;
    }
}
