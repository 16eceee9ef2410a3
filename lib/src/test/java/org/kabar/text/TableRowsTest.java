package org.kabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class TableRowsTest {

    @Test
    void columnsKeepTheirDeclaredOrderTypeAndCells() {
        TableRows rows = TableRows.named("counts").strings("id", "actor").ints("mentions").longs("words")
                .doubles("per_1000").dates("published").booleans("word");
        rows.add("a", "Rusia", 3, 1500L, 2.0, LocalDate.of(2022, 1, 12), true);
        rows.add("b", "NATO", 1, 250L, 4.0, null, false);
        Table table = rows.table();
        assertEquals("counts", table.name());
        assertEquals(List.of("id", "actor", "mentions", "words", "per_1000", "published", "word"), table.columnNames());
        assertEquals(List.of(ColumnType.STRING, ColumnType.STRING, ColumnType.INTEGER, ColumnType.LONG, ColumnType.DOUBLE,
                ColumnType.LOCAL_DATE, ColumnType.BOOLEAN), List.of(table.typeArray()));
        assertEquals(List.of("Rusia", "NATO"), table.stringColumn("actor").asList());
        assertEquals(List.of(3, 1), table.intColumn("mentions").asList());
        assertEquals(250L, table.longColumn("words").get(1));
        assertEquals(4.0, table.doubleColumn("per_1000").get(1));
        assertTrue(table.dateColumn("published").isMissing(1));
        assertEquals(false, table.booleanColumn("word").get(1));
    }

    @Test
    void noRowsIsAnEmptyTableWithItsColumns() {
        Table table = TableRows.named("none").strings("id").ints("n").table();
        assertEquals(0, table.rowCount());
        assertEquals(List.of("id", "n"), table.columnNames());
    }

    @Test
    void aRowOfTheWrongLengthIsRefused() {
        TableRows rows = TableRows.named("counts").strings("id").ints("mentions");
        Exception e = assertThrows(IllegalArgumentException.class, () -> rows.add("a"));
        assertEquals("counts: a row needs 2 cells, got 1", e.getMessage());
    }

    @Test
    void aCellOfAnotherTypeThanItsColumnIsRefused() {
        TableRows rows = TableRows.named("rates").doubles("per_1000");
        assertThrows(RuntimeException.class, () -> rows.add("2.5"));
    }
}
