package org.kabar.notebook;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.io.csv.CsvWriteOptions;

/**
 * Text cells made safe to open in a spreadsheet. Article text is written by strangers: a cell
 * starting with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return before
 * one of them) would run as a formula in Excel, LibreOffice or Google Sheets ("CSV injection").
 * Such a cell gets a leading apostrophe, which spreadsheets show as text and hide; the rest of the
 * cell is unchanged. Only text columns are touched: numbers (a negative Log Ratio) stay numbers.
 * {@code analyze} writes every file this way; in a notebook, {@code SpreadsheetSafe.write(table, path)}.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {}

    /** Writes the table as UTF-8 CSV with a header row, its text cells made safe. */
    public static void write(Table table, Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            copyOf(table).write().csv(CsvWriteOptions.builder(writer).header(true).build());
        }
    }

    /** A copy of the table with every text cell that a spreadsheet would run as a formula neutralised. */
    public static Table copyOf(Table table) {
        Table copy = table.copy();
        for (Column<?> column : copy.columns()) {
            if (column instanceof StringColumn text) {
                for (int row = 0; row < text.size(); row++) text.set(row, cell(text.get(row)));
            }
        }
        return copy;
    }

    /** The cell, with an apostrophe in front when it starts like a formula. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) return value;
        int first = 0;
        while (first < value.length() && (value.charAt(first) == '\t' || value.charAt(first) == '\r')) first++;
        if (first == value.length()) return value;
        char c = value.charAt(first);
        return c == '=' || c == '+' || c == '-' || c == '@' || first > 0 ? "'" + value : value;
    }
}
