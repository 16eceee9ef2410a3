package org.kabar.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabar.compare.Keyness;
import org.kabar.text.ItemCounts;
import org.kabar.text.TextPipeline;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The typed mentions: what they record of how they were found, their counts per article, immutability. */
class MentionsTest {

    /** Two actors with one metonym, as a story's own dictionary would have them. */
    private static final ActorDictionary CAST = ActorDictionary.empty()
            .with("Sergey Lavrov", Actor.Type.PERSON, "Russian Foreign Minister", "Lavrov")
            .with(new Actor("Russia", Actor.Type.COUNTRY, "", List.of("Rusia"), List.of("Kremlin")));

    /**
     * a1: "Rusia" and "Lavrov" once each, "Kremlin" (the metonym) once; a2: "Lavrov" twice.
     */
    private static Table articles() {
        return Table.create("articles", StringColumn.create("id", "a1", "a2"),
                StringColumn.create("period", "2021-12", "2022-01"),
                StringColumn.create("text", "Rusia menolak, kata Lavrov. Kremlin diam.", "Lavrov bertemu Blinken. Lavrov pulang."));
    }

    @Test
    void strictMentionsRecordTheDictionaryAndTheChoice() {
        Mentions mentions = Actors.of(CAST).find(articles());
        assertSame(CAST, mentions.dictionary());
        assertFalse(mentions.countsMetonyms());
        assertFalse(mentions.withNameFinder());
        assertSame(TextPipeline.standard(), mentions.pipeline());
        assertEquals("mentions (dictionary of 2 actors; strict: no metonyms)", mentions.caption());
        assertEquals(mentions.caption(), mentions.table().name());
        assertEquals(4, mentions.rowCount(), "Rusia, Lavrov; Lavrov, Lavrov: Kremlin is not counted");
    }

    @Test
    void metonymsAndTheNameFinderAreRecorded() {
        Mentions loose = Actors.of(CAST).withMetonyms().find(articles());
        assertTrue(loose.countsMetonyms());
        assertEquals(5, loose.rowCount(), "Kremlin counts as Russia");
        assertEquals("mentions (dictionary of 2 actors; metonyms counted as the actors they stand for)", loose.caption());
        Mentions found = People.of(CAST).find(articles());
        assertTrue(found.withNameFinder());
        assertEquals("mentions (name finder and dictionary of 2 actors; strict: no metonyms)", found.caption());
        assertEquals("mentions (name finder; strict: no metonyms)",
                People.of(ActorDictionary.empty()).find(articles()).caption());
    }

    @Test
    void theTableHasTheColumnsAndRowsOfEachMention() {
        // Counted by hand in a1: "Rusia" 0-5 (token 0), "Lavrov" 20-26 (token 4: Rusia menolak , kata Lavrov);
        // a2: "Lavrov" 0-6 (token 0) and 24-30 (token 4: Lavrov bertemu Blinken . Lavrov).
        Table table = Actors.of(CAST).find(articles()).table();
        assertEquals(List.of("id", "period", "actor", "type", "sentence", "position", "start", "end", "surface"),
                table.columnNames());
        assertEquals(List.of("a1", "a1", "a2", "a2"), table.stringColumn("id").asList());
        assertEquals(List.of("Russia", "Sergey Lavrov", "Sergey Lavrov", "Sergey Lavrov"), table.stringColumn("actor").asList());
        assertEquals(List.of("country", "person", "person", "person"), table.stringColumn("type").asList());
        assertEquals(List.of(1, 1, 1, 2), table.intColumn("sentence").asList());
        assertEquals(List.of(0, 4, 0, 4), table.intColumn("position").asList());
        assertEquals(List.of(0, 20, 0, 24), table.intColumn("start").asList());
        assertEquals(List.of(5, 26, 6, 30), table.intColumn("end").asList());
        assertEquals(List.of("Rusia", "Lavrov", "Lavrov", "Lavrov"), table.stringColumn("surface").asList());
    }

    @Test
    void countsPerArticleCarryTheirItemName() {
        ItemCounts counts = Actors.of(CAST).find(articles()).perArticle();
        assertEquals("actor", counts.item());
        Table table = counts.table();
        assertEquals(List.of("id", "period", "actor", "type", "count", "words", "per_1000"), table.columnNames());
        assertEquals(List.of("a1", "a1", "a2"), table.stringColumn("id").asList());
        assertEquals(List.of("Russia", "Sergey Lavrov", "Sergey Lavrov"), table.stringColumn("actor").asList());
        assertEquals(List.of(1, 1, 2), table.intColumn("count").asList());
    }

    @Test
    void changingTheTableLeavesTheMentionsAsTheyWere() {
        Mentions mentions = Actors.of(CAST).find(articles());
        Table table = mentions.table();
        table.stringColumn("actor").set(0, "Ukraine");
        table.dropRows(1);
        assertEquals(4, mentions.rowCount());
        assertEquals("Russia", mentions.table().stringColumn("actor").get(0));
        assertEquals(List.of(1, 1, 2), mentions.perArticle().table().intColumn("count").asList());
    }

    @Test
    void countsPerArticleCarryTheArticlesWordsAndRates() {
        // a1 has six words (Rusia menolak kata Lavrov Kremlin diam), a2 five (Lavrov bertemu Blinken Lavrov pulang).
        Table table = Actors.of(CAST).find(articles()).perArticle().table();
        assertEquals(List.of("2021-12", "2021-12", "2022-01"), table.stringColumn("period").asList());
        assertEquals(List.of("country", "person", "person"), table.stringColumn("type").asList());
        assertEquals(List.of(6, 6, 5), table.intColumn("words").asList());
        assertEquals(List.of(1000.0 / 6, 1000.0 / 6, 400.0), table.doubleColumn("per_1000").asList());
        // With metonyms Kremlin is Russia's second mention in a1.
        Table loose = Actors.of(CAST).withMetonyms().find(articles()).perArticle().table();
        assertEquals(List.of("Russia", "Sergey Lavrov", "Sergey Lavrov"), loose.stringColumn("actor").asList());
        assertEquals(List.of(2, 1, 2), loose.intColumn("count").asList());
        assertEquals(2000.0 / 6, loose.doubleColumn("per_1000").get(0), 1e-9);
    }

    @Test
    void rowsAreSortedByIdThenActor() {
        // k: "Lavrov dan Lavrov, lalu Rusia." five words; c: no actor; a: "Rusia." one word.
        Table articles = Table.create("articles", StringColumn.create("id", "k", "c", "a"),
                StringColumn.create("period", "2022-01", "2022-01", "2021-12"),
                StringColumn.create("text", "Lavrov dan Lavrov, lalu Rusia.", "Hujan turun.", "Rusia."));
        Table table = Actors.of(CAST).find(articles).perArticle().table();
        assertEquals(List.of("a", "k", "k"), table.stringColumn("id").asList(), "c has no row");
        assertEquals(List.of("Russia", "Russia", "Sergey Lavrov"), table.stringColumn("actor").asList());
        assertEquals(List.of(1, 1, 2), table.intColumn("count").asList());
        assertEquals(List.of(1, 5, 5), table.intColumn("words").asList());
        assertEquals(List.of(1000.0, 200.0, 400.0), table.doubleColumn("per_1000").asList());
    }

    @Test
    void theNameFinderCountsTheSameWords() {
        Table table = People.of(CAST).find(articles()).perArticle().table();
        for (int row = 0; row < table.rowCount(); row++) {
            assertEquals(table.stringColumn("id").get(row).equals("a1") ? 6 : 5, table.intColumn("words").get(row));
        }
        assertTrue(table.stringColumn("id").asList().containsAll(List.of("a1", "a2")));
    }

    @Test
    void countsAndTheirComparisonSayHowTheMentionsWereFound() {
        ItemCounts strict = Actors.of(CAST).find(articles()).perArticle();
        assertEquals("actor mentions (dictionary of 2 actors; strict: no metonyms)", strict.description());
        assertEquals("actor mentions (dictionary of 2 actors; strict: no metonyms) per article", strict.toString());
        assertEquals("actor mentions (dictionary of 2 actors; metonyms counted as the actors they stand for)",
                Actors.of(CAST).withMetonyms().find(articles()).perArticle().description());
        assertEquals("actor mentions (name finder and dictionary of 2 actors; strict: no metonyms)",
                People.of(CAST).find(articles()).perArticle().description());
        Table sizes = Table.create("articles", StringColumn.create("id", "a1", "a2"),
                StringColumn.create("period", "2021-12", "2022-01"), IntColumn.create("tokens", 6, 5));
        String caption = Keyness.compare(strict, sizes, "period", "2021-12", "2022-01").run().caption();
        assertTrue(caption.startsWith("actor mentions (dictionary of 2 actors; strict: no metonyms) by period: "
                + "a = 2021-12 (c = 6 tokens), b = 2022-01 (d = 5 tokens); g2 = "), caption);
    }

    @Test
    void changingTheCountTableLeavesTheCountsAsTheyWere() {
        ItemCounts counts = Actors.of(CAST).find(articles()).perArticle();
        Table table = counts.table();
        table.intColumn("count").set(2, 99);
        table.setName("mine");
        assertEquals(2, counts.count(2));
        assertEquals("actor mentions (dictionary of 2 actors; strict: no metonyms) per article", counts.table().name());
    }
}
