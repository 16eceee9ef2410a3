package org.kabar.notebook;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Tablesaw {@link Table} as a self-contained HTML fragment for a notebook's {@code text/html}
 * output, with a plain-text fallback.
 *
 * <p>Every header and cell is escaped: article text is data, and {@code <script>}, {@code $x$} or
 * {@code {{7*7}}} must show literally. Styles are inline, because JupyterLab's sanitizer keeps
 * inline styles of untrusted outputs but drops {@code <style>} blocks. Long tables show their
 * first and last rows with a note in between; long text is shortened, the full text kept in a
 * tooltip. A floating-point column whose values are all whole numbers (a count summed by Tablesaw,
 * an {@code IntColumn} minus another) prints them as integers: 419, not 419.0000. The output
 * depends on the table alone, so re-running a notebook rewrites the same bytes.
 *
 * <pre>{@code
 * HtmlTable.of(articles).headRows(20).maxCellChars(60).html()
 * HtmlTable.of(quotes).allRows()      // every row, however long the table
 * }</pre>
 *
 * <p>Each option returns a new {@code HtmlTable}; the table itself is never modified.
 */
public final class HtmlTable {
    /** A concordance's left-context column (org.kabar.context.Kwic), aligned right. */
    private static final String KWIC_LEFT_CONTEXT = "left";
    private static final String BLOCK_STYLE = "max-width:100%;overflow-x:auto;margin:4px 0";
    private static final String TABLE_STYLE =
            "border-collapse:collapse;font-family:sans-serif;font-size:13px;line-height:1.4";
    private static final String CAPTION_STYLE =
            "caption-side:top;text-align:left;padding:2px 0 6px 0;color:#444444;font-size:13px";
    private static final String CELL_STYLE =
            "padding:3px 10px;border-bottom:1px solid #e0e0e0;vertical-align:top";
    private static final String HEADER_STYLE =
            "padding:4px 10px;border-bottom:2px solid #888888;font-weight:bold;vertical-align:bottom";
    private static final String NOTE_STYLE =
            "padding:4px 10px;text-align:center;font-style:italic;color:#666666;"
                    + "border-bottom:1px solid #e0e0e0";
    private static final String[] ROW_BACKGROUNDS = {"#ffffff", "#f4f6f8"};

    private final Table table;
    private final int headRows;
    private final int tailRows;
    private final int maxCellChars;
    private final int decimals;

    private HtmlTable(Table table, int headRows, int tailRows, int maxCellChars, int decimals) {
        this.table = table;
        this.headRows = headRows;
        this.tailRows = tailRows;
        this.maxCellChars = maxCellChars;
        this.decimals = decimals;
    }

    /** Renders {@code table} with the defaults: first 10 and last 5 rows, 80 characters a cell, 4 decimals. */
    public static HtmlTable of(Table table) {
        if (table == null) {
            throw new IllegalArgumentException("table must not be null");
        }
        return new HtmlTable(table, 10, 5, 80, 4);
    }

    /** How many rows to show from the top of a table too long to show whole. */
    public HtmlTable headRows(int rows) {
        requireAtLeast("headRows", rows, 0);
        return new HtmlTable(table, rows, tailRows, maxCellChars, decimals);
    }

    /** How many rows to show from the bottom of a table too long to show whole. */
    public HtmlTable tailRows(int rows) {
        requireAtLeast("tailRows", rows, 0);
        return new HtmlTable(table, headRows, rows, maxCellChars, decimals);
    }

    /** Every row of the table, with no rows left out, however long it is. */
    public HtmlTable allRows() {
        return new HtmlTable(table, table.rowCount(), 0, maxCellChars, decimals);
    }

    /** Longest cell text shown, in characters, counting the ellipsis that marks a cut. */
    public HtmlTable maxCellChars(int chars) {
        requireAtLeast("maxCellChars", chars, 1);
        return new HtmlTable(table, headRows, tailRows, chars, decimals);
    }

    /** Decimals shown for floating-point numbers. */
    public HtmlTable decimals(int places) {
        requireAtLeast("decimals", places, 0);
        return new HtmlTable(table, headRows, tailRows, maxCellChars, places);
    }

    /** The HTML fragment: caption, header, the shown rows and, for a long table, the note on the rows left out. */
    public String html() {
        boolean[] whole = wholeNumberColumns();
        StringBuilder out = new StringBuilder();
        out.append(Html.openBlock(BLOCK_STYLE)).append('\n');
        if (table.columnCount() == 0) {
            // A table without columns is a note (a result that could not be made, and why): its name alone.
            return out.append("<p style=\"").append(CAPTION_STYLE).append("\">").append(Html.escape(caption()))
                    .append("</p>\n</div>\n").toString();
        }
        out.append("<table style=\"").append(TABLE_STYLE).append("\">\n");
        out.append("<caption style=\"").append(CAPTION_STYLE).append("\">")
                .append(Html.escape(caption())).append("</caption>\n");
        appendHeader(out);
        out.append("<tbody>\n");
        if (isTruncated()) {
            appendRows(out, 0, headRows, 0, whole);
            out.append("<tr><td colspan=\"").append(table.columnCount())
                    .append("\" style=\"").append(NOTE_STYLE).append("\">")
                    .append(Html.escape(hiddenRowsNote())).append("</td></tr>\n");
            appendRows(out, table.rowCount() - tailRows, table.rowCount(), headRows, whole);
        } else {
            appendRows(out, 0, table.rowCount(), 0, whole);
        }
        out.append("</tbody>\n</table>\n</div>\n");
        return out.toString();
    }

    /**
     * The plain-text fallback: Tablesaw's own layout of the same rows and shortened cells as the
     * HTML, titled with the caption, a row of "…" where rows are left out.
     */
    public String text() {
        if (table.columnCount() == 0) return caption();
        boolean[] whole = wholeNumberColumns();
        Table shown = Table.create(caption());
        for (int c = 0; c < table.columnCount(); c++) {
            Column<?> column = table.column(c);
            StringColumn cells = StringColumn.create(column.name());
            if (isTruncated()) {
                appendPlainCells(cells, column, 0, headRows, whole[c]);
                cells.append("…");
                appendPlainCells(cells, column, table.rowCount() - tailRows, table.rowCount(), whole[c]);
            } else {
                appendPlainCells(cells, column, 0, table.rowCount(), whole[c]);
            }
            shown.addColumns(cells);
        }
        return shown.printAll();
    }

    /**
     * For example {@code "articles · 5 rows × 6 columns"}; the name is left out when the table has
     * none; a table without columns is its name alone.
     */
    String caption() {
        if (table.columnCount() == 0 && table.name() != null && !table.name().isBlank()) return table.name();
        String size = count(table.rowCount(), "row") + " × " + count(table.columnCount(), "column");
        String name = table.name();
        return name == null || name.isBlank() ? size : name + " · " + size;
    }

    private boolean isTruncated() {
        return table.rowCount() > headRows + tailRows;
    }

    private String hiddenRowsNote() {
        return "… " + count(table.rowCount() - headRows - tailRows, "row") + " not shown …";
    }

    private void appendHeader(StringBuilder out) {
        out.append("<thead><tr>");
        for (Column<?> column : table.columns()) {
            out.append("<th style=\"").append(HEADER_STYLE).append(";text-align:")
                    .append(alignment(column)).append("\">")
                    .append(Html.escape(column.name())).append("</th>");
        }
        out.append("</tr></thead>\n");
    }

    /** Appends rows {@code from} (inclusive) to {@code to}; {@code shownBefore} rows already shown keep the stripes alternating across the note. */
    private void appendRows(StringBuilder out, int from, int to, int shownBefore, boolean[] whole) {
        for (int row = from; row < to; row++) {
            String background = ROW_BACKGROUNDS[(shownBefore + row - from) % ROW_BACKGROUNDS.length];
            out.append("<tr style=\"background-color:").append(background).append("\">");
            for (int c = 0; c < table.columnCount(); c++) {
                appendCell(out, table.column(c), row, whole[c]);
            }
            out.append("</tr>\n");
        }
    }

    private void appendPlainCells(StringColumn cells, Column<?> column, int from, int to, boolean whole) {
        for (int row = from; row < to; row++) {
            String text = cellText(column, row, whole);
            cells.append(isTooLong(text) ? shorten(text) : text);
        }
    }

    private void appendCell(StringBuilder out, Column<?> column, int row, boolean whole) {
        String text = cellText(column, row, whole);
        out.append("<td style=\"").append(CELL_STYLE).append(";text-align:").append(alignment(column));
        if (keepsOnOneLine(column)) {
            out.append(";white-space:nowrap");
        }
        if (isTooLong(text)) {
            out.append("\" title=\"").append(Html.escape(text)).append("\">")
                    .append(Html.escape(shorten(text)));
        } else {
            out.append("\">").append(Html.escape(text));
        }
        out.append("</td>");
    }

    private String cellText(Column<?> column, int row, boolean whole) {
        if (column.isMissing(row)) {
            return "";
        }
        Object value = column.get(row);
        if (whole && value instanceof Number number) {
            return String.valueOf((long) number.doubleValue());
        }
        return format(value);
    }

    /**
     * Per column: does it hold floating-point numbers that are all whole (and not too large to
     * print exactly as a long)? Decided for the whole column, so a column never mixes "3" and "2.5000".
     */
    private boolean[] wholeNumberColumns() {
        boolean[] whole = new boolean[table.columnCount()];
        for (int c = 0; c < whole.length; c++) {
            Column<?> column = table.column(c);
            if (!(column instanceof NumericColumn<?> numbers)
                    || !(column.type() == ColumnType.DOUBLE || column.type() == ColumnType.FLOAT)) {
                continue;
            }
            boolean allWhole = true;
            for (int row = 0; row < numbers.size() && allWhole; row++) {
                if (numbers.isMissing(row)) continue;
                double x = numbers.getDouble(row);
                allWhole = Double.isFinite(x) && x == Math.rint(x) && Math.abs(x) < 1e15;
            }
            whole[c] = allWhole;
        }
        return whole;
    }

    private boolean isTooLong(String text) {
        return text.codePointCount(0, text.length()) > maxCellChars;
    }

    private String format(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return String.format(Locale.ROOT, "%." + decimals + "f", ((Number) value).doubleValue());
        }
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
        }
        if (value instanceof LocalDateTime dateTime) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dateTime);
        }
        if (value instanceof LocalTime time) {
            return DateTimeFormatter.ISO_LOCAL_TIME.format(time);
        }
        if (value instanceof Instant instant) {
            return DateTimeFormatter.ISO_INSTANT.format(instant);
        }
        return String.valueOf(value);
    }

    /** Cuts at a code point, so an emoji or other surrogate pair is never split in two. */
    private String shorten(String text) {
        int end = text.offsetByCodePoints(0, maxCellChars - 1);
        return text.substring(0, end) + "…";
    }

    /**
     * Numbers align right; so does a concordance's {@code left} context, which then ends at the
     * node word and keeps the nodes of all KWIC lines in one column.
     */
    /** Numbers and dates never wrap: "2021-12-21" broken at a hyphen reads as two values. */
    private static boolean keepsOnOneLine(Column<?> column) {
        return column instanceof NumericColumn || column instanceof DateColumn;
    }

    private static String alignment(Column<?> column) {
        return column instanceof NumericColumn || column.name().equals(KWIC_LEFT_CONTEXT) ? "right" : "left";
    }

    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    private static void requireAtLeast(String option, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(option + " must be at least " + minimum + ", was " + value);
        }
    }
}
