package org.kabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ItemCountsTest {

    private static Table actors() {
        return Table.create("my counts", StringColumn.create("id", "a", "a", "b"),
                StringColumn.create("actor", "NATO", "Rusia", "Rusia"), IntColumn.create("count", 1, 2, 1));
    }

    @Test
    void aTableOfOnesOwnIsCopiedWithItsItem() {
        Table mine = actors();
        ItemCounts counts = ItemCounts.of(mine, "actor");
        mine.intColumn("count").set(0, 99);
        assertEquals("actor", counts.item());
        assertEquals(3, counts.rowCount());
        assertEquals(List.of(1, 2, 1), counts.table().intColumn("count").asList());
        assertEquals("own counts of actor per article", counts.toString());
        assertEquals(List.of("a", "Rusia", 2, "Rusia"), List.of(counts.id(1), counts.item(1), counts.count(1), counts.surface(1)),
                "without a surface column the item is its own display form");
    }

    @Test
    void aMissingColumnIsNamed() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ItemCounts.of(actors(), "stem"));
        assertEquals("counts table 'my counts' has no column 'stem' (it has id, actor, count)", error.getMessage());
    }

    @Test
    void numericIdsAndItemsAreReadAsText() {
        // A CSV of topic numbers per article: Tablesaw reads both columns as integers.
        Table topics = Table.create("topics", IntColumn.create("id", 7, 7, 8), IntColumn.create("topic", 3, 5, 3),
                IntColumn.create("count", 2, 1, 4));
        ItemCounts counts = ItemCounts.of(topics, "topic");
        assertEquals(List.of("7", "7", "8"), List.of(counts.id(0), counts.id(1), counts.id(2)));
        assertEquals(List.of("3", "5", "3"), List.of(counts.item(0), counts.item(1), counts.item(2)));
        assertEquals(4, counts.count(2));
        assertEquals(List.of("id", "topic", "count"), counts.table().columnNames());
    }

    @Test
    void countsThatAreNotNumbersAreNamed() {
        Table words = Table.create("mine", StringColumn.create("id", "a"), StringColumn.create("term", "x"),
                StringColumn.create("count", "many"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ItemCounts.of(words, "term"));
        assertEquals("counts: the column \"count\" holds STRING, not numbers", error.getMessage());
    }

    @Test
    void inArticlesKeepsTheRowsOfTheGivenArticlesOnly() {
        ItemCounts counts = ItemCounts.of(actors(), "actor");
        ItemCounts onlyB = counts.inArticles(List.of("b"));
        assertEquals(List.of("Rusia"), onlyB.table().stringColumn("actor").asList());
        assertEquals("actor", onlyB.item());
        assertEquals(3, counts.rowCount(), "the counts it came from keep every row");
    }

    @Test
    void termCountsOfTokensAreItemTerm() {
        Tokens tokens = Tokens.of(Table.create("articles", StringColumn.create("id", "a"),
                StringColumn.create("period", "2022-01"), StringColumn.create("text", "Sanksi, sanksi dan NATO.")));
        // "dan" is a stopword; "Sanksi" and "sanksi" are one term, written "Sanksi" first (ties: alphabetical).
        ItemCounts counts = org.kabar.terms.Terms.unigrams().perArticle(tokens);
        assertEquals("term", counts.item());
        assertEquals(List.of("sanksi", "nato"), counts.table().stringColumn("term").asList());
        assertEquals(List.of(2, 1), counts.table().intColumn("count").asList());
    }

    @Test
    void aDescriptionSaysHowTheItemsWereMadeAndStaysWithASelection() {
        ItemCounts counts = ItemCounts.of(actors(), "actor", "actor mentions (my own reading)");
        assertEquals("actor mentions (my own reading)", counts.description());
        assertEquals("actor mentions (my own reading) per article", counts.toString());
        assertEquals("actor mentions (my own reading) per article", counts.table().name());
        ItemCounts onlyB = counts.inArticles(List.of("b"));
        assertEquals(1, onlyB.rowCount());
        assertEquals("actor mentions (my own reading)", onlyB.description());
        assertEquals("own counts of actor", ItemCounts.of(actors(), "actor").description());
    }
}
