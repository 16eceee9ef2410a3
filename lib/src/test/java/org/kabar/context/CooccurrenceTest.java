package org.kabar.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class CooccurrenceTest {

    /**
     * Article a: sentence 1 names Rusia, Blinken, Rusia again; sentence 2 Lavrov and Blinken.
     * Article b: sentence 1 names Blinken and Rusia; sentence 2 Rusia alone.
     */
    private static Table mentions() {
        return Table.create("mentions",
                StringColumn.create("id", "a", "a", "a", "a", "a", "b", "b", "b"),
                StringColumn.create("actor", "Rusia", "Blinken", "Rusia", "Lavrov", "Blinken", "Blinken", "Rusia", "Rusia"),
                IntColumn.create("sentence", 1, 1, 1, 2, 2, 1, 1, 2));
    }

    @Test
    void pairsCountSentencesOnceAndArticlesSeparately() {
        Table pairs = Cooccurrence.inSentences(mentions());
        assertEquals(List.of("Blinken", "Blinken"), pairs.stringColumn("actor_a").asList());
        assertEquals(List.of("Rusia", "Lavrov"), pairs.stringColumn("actor_b").asList());
        assertEquals(List.of(2, 1), pairs.intColumn("sentences").asList());
        assertEquals(List.of(2, 1), pairs.intColumn("articles").asList());
    }

    @Test
    void tiesAreOrderedByName() {
        Table mentions = Table.create("mentions", StringColumn.create("id", "a", "a", "a"),
                StringColumn.create("actor", "NATO", "AS", "Rusia"), IntColumn.create("sentence", 1, 1, 1));
        Table pairs = Cooccurrence.inSentences(mentions);
        assertEquals(List.of("AS", "AS", "NATO"), pairs.stringColumn("actor_a").asList());
        assertEquals(List.of("NATO", "Rusia", "Rusia"), pairs.stringColumn("actor_b").asList());
    }

    @Test
    void callersTableIsLeftUnchanged() {
        Table mentions = mentions();
        String before = mentions.printAll();
        Cooccurrence.inSentences(mentions);
        assertEquals(before, mentions.printAll());
    }

    @Test
    void seedBlinkenAndLavrovShareSentencesOnlyInJanuary() {
        // 003: "Blinken dan ... Lavrov mencoba", "kata Blinken kepada Lavrov" and "Blinken bertemu
        // dengan Lavrov": three sentences (the photo caption naming both is cleaned away by the
        // loader); 002 names Lavrov but never Blinken.
        Table pairs = Cooccurrence.inSentences(SeedArticles.mentions());
        Table pair = pairs.where(pairs.stringColumn("actor_a").isEqualTo(SeedArticles.BLINKEN)
                .and(pairs.stringColumn("actor_b").isEqualTo(SeedArticles.LAVROV)));
        assertEquals(3, pair.intColumn("sentences").getInt(0));
        assertEquals(1, pair.intColumn("articles").getInt(0));
    }
}
