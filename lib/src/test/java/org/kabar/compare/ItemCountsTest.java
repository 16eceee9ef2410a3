package org.kabar.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ItemCountsTest {

    @Test
    void countsOccurrencesPerArticleSortedByIdThenItem() {
        Table mentions = Table.create("mentions", StringColumn.create("id", "b", "a", "a", "a"),
                StringColumn.create("actor", "Rusia", "Rusia", "NATO", "Rusia"));
        Table counts = ItemCounts.perArticle(mentions, "actor");
        assertEquals(List.of("id", "actor", "count"), counts.columnNames());
        assertEquals(List.of("a", "a", "b"), counts.stringColumn("id").asList());
        assertEquals(List.of("NATO", "Rusia", "Rusia"), counts.stringColumn("actor").asList());
        assertEquals(List.of(1, 2, 1), counts.intColumn("count").asList());
        assertEquals(4, mentions.rowCount());
    }
}
