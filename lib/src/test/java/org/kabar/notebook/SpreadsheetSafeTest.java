package org.kabar.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class SpreadsheetSafeTest {

    @Test
    void cellsStartingLikeAFormulaGetAnApostrophe() {
        assertEquals("'=1+1", SpreadsheetSafe.cell("=1+1"));
        assertEquals("'+62 21 555", SpreadsheetSafe.cell("+62 21 555"));
        assertEquals("'-2 + 3", SpreadsheetSafe.cell("-2 + 3"));
        assertEquals("'@SUM(A1)", SpreadsheetSafe.cell("@SUM(A1)"));
        assertEquals("'\t=1", SpreadsheetSafe.cell("\t=1"));
    }

    @Test
    void otherCellsAreUnchanged() {
        assertEquals("Rusia", SpreadsheetSafe.cell("Rusia"));
        assertEquals("a = b", SpreadsheetSafe.cell("a = b"));
        assertEquals("", SpreadsheetSafe.cell(""));
    }

    @Test
    void numbersStayNumbersAndTheCallersTableIsUntouched() {
        Table table = Table.create("t", StringColumn.create("term", "=cmd", "NATO"), DoubleColumn.create("log_ratio", -1.5, 2.0));
        Table safe = SpreadsheetSafe.copyOf(table);
        assertEquals("'=cmd", safe.stringColumn("term").get(0));
        assertEquals(-1.5, safe.doubleColumn("log_ratio").get(0));
        assertEquals("=cmd", table.stringColumn("term").get(0));
    }
}
