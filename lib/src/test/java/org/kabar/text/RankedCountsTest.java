package org.kabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class RankedCountsTest {

    @Test
    void mostCountedFirstTiesByKeyWithTheirArticles() {
        RankedCounts counts = new RankedCounts();
        counts.add("rusia", 2, "a1");
        counts.add("nato", 1, "a1");
        counts.add("rusia", 1, "a2");
        counts.add("amerika", 3, "a2");
        counts.add("nato", 2, "a3");
        counts.add("nato", 0, "a4");
        // rusia 3 in a1, a2; amerika 3 in a2; nato 3 in a1, a3, a4: all tied at 3, so by key
        assertEquals(List.of("amerika", "nato", "rusia"), counts.top(10));
        Table table = counts.table("top", "term", "count", 2);
        assertEquals(List.of("term", "count", "articles"), table.columnNames());
        assertEquals(List.of("amerika", "nato"), table.stringColumn("term").asList());
        assertEquals(List.of(3, 3), table.intColumn("count").asList());
        assertEquals(List.of(1, 3), table.intColumn("articles").asList());
    }

    @Test
    void aHigherCountRanksFirstAndNothingCountedIsAnEmptyTable() {
        RankedCounts counts = new RankedCounts();
        counts.add("zelensky", 5, "a1");
        counts.add("biden", 4, "a1");
        assertEquals(List.of("zelensky", "biden"), counts.top(5));
        assertEquals(0, new RankedCounts().table("none", "actor", "mentions", 5).rowCount());
    }

    @Test
    void aMissingColumnIsNamedWithTheHintOrTheColumnsThere() {
        Table articles = Table.create("seeds", tech.tablesaw.api.StringColumn.create("id"));
        IllegalArgumentException hinted = assertThrows(IllegalArgumentException.class,
                () -> RequiredColumns.require(articles, "articles", "; load it with Corpus.load(folder)", "id", "text"));
        assertEquals("articles table 'seeds' has no column 'text'; load it with Corpus.load(folder)", hinted.getMessage());
        IllegalArgumentException listed = assertThrows(IllegalArgumentException.class,
                () -> RequiredColumns.require(articles, "articles", null, "period"));
        assertEquals("articles table 'seeds' has no column 'period' (it has id)", listed.getMessage());
        RequiredColumns.require(articles, "articles", null, "id");
    }
}
