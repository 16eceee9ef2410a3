package org.kabar.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabar.actors.Actor;
import org.kabar.actors.ActorDictionary;
import org.kabar.actors.Actors;
import org.kabar.actors.Mentions;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class CooccurrenceTest {

    private static final ActorDictionary CAST = ActorDictionary.empty()
            .with("Rusia", Actor.Type.COUNTRY, "a test actor")
            .with("Blinken", Actor.Type.PERSON, "a test actor")
            .with("Lavrov", Actor.Type.PERSON, "a test actor")
            .with("NATO", Actor.Type.ORGANISATION, "a test actor")
            .with("AS", Actor.Type.COUNTRY, "a test actor");

    private static Mentions mentions(String... texts) {
        StringColumn ids = StringColumn.create("id");
        for (int i = 0; i < texts.length; i++) ids.append(String.valueOf((char) ('a' + i)));
        return Actors.of(CAST).find(Table.create("articles", ids,
                StringColumn.create("period", java.util.Collections.nCopies(texts.length, "2022-01")),
                StringColumn.create("text", texts)));
    }

    /**
     * Article a: sentence 1 names Rusia, Blinken, Rusia again; sentence 2 Lavrov and Blinken.
     * Article b: sentence 1 names Blinken and Rusia; sentence 2 Rusia alone.
     */
    private static Mentions mentions() {
        return mentions("Rusia menjawab Blinken, lalu Rusia menolak. Lavrov bertemu Blinken.",
                "Blinken mengkritik Rusia. Rusia diam.");
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
        Table pairs = Cooccurrence.inSentences(mentions("NATO, AS dan Rusia berunding."));
        assertEquals(List.of("AS", "AS", "NATO"), pairs.stringColumn("actor_a").asList());
        assertEquals(List.of("NATO", "Rusia", "Rusia"), pairs.stringColumn("actor_b").asList());
    }

    @Test
    void theMentionsAreLeftAsTheyWere() {
        Mentions mentions = mentions();
        String before = mentions.table().printAll();
        Cooccurrence.inSentences(mentions);
        assertEquals(before, mentions.table().printAll());
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
