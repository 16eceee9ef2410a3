package org.kabar.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ActorTablesTest {

    @Test
    void frequentActorsComeMostMentionedFirstWithTiesByName() {
        ActorDictionary cast = ActorDictionary.empty().with("NATO", Actor.Type.ORGANISATION, "a test actor")
                .with("Russia", Actor.Type.COUNTRY, "a test actor").with("Ukraine", Actor.Type.COUNTRY, "a test actor")
                .with("Blinken", Actor.Type.PERSON, "a test actor");
        Mentions mentions = Actors.of(cast).find(Table.create("articles", StringColumn.create("id", "a"),
                StringColumn.create("period", "2022-01"),
                StringColumn.create("text", "NATO menjawab Russia. Ukraine menunggu, Russia diam, NATO bersidang, Blinken datang.")));
        assertEquals(List.of("NATO", "Russia"), ActorTables.frequent(mentions, 2));
        assertEquals(List.of("NATO", "Russia", "Blinken", "Ukraine"), ActorTables.frequent(mentions, 1));
    }

    @Test
    void metonymsOfAllActorsAreListedOnce() {
        ActorDictionary dictionary = ActorDictionary.empty()
                .with(new Actor("Russia", Actor.Type.COUNTRY, "", List.of("Rusia"), List.of("Moskow", "Kremlin")))
                .with(new Actor("United States", Actor.Type.COUNTRY, "", List.of("AS"), List.of("Washington")));
        assertEquals(List.of("Kremlin", "Moskow", "Washington"), List.copyOf(ActorTables.metonyms(dictionary)));
    }

    @Test
    void countsAreComparedOnlyWhereTheyDiffer() {
        Table strict = Table.create("strict", StringColumn.create("period", "2021-12", "2021-12"),
                StringColumn.create("actor", "NATO", "Russia"), IntColumn.create("mentions", new int[] {15, 31}));
        Table loose = Table.create("loose", StringColumn.create("period", "2021-12", "2021-12", "2022-01"),
                StringColumn.create("actor", "NATO", "Russia", "European Union"),
                IntColumn.create("mentions", new int[] {15, 41, 1}));
        Table compared = ActorTables.compareCounts(strict, loose, "strict", "with_metonyms");
        assertEquals(List.of("period", "actor", "strict", "with_metonyms", "difference"), compared.columnNames());
        assertEquals(List.of("Russia", "European Union"), compared.stringColumn("actor").asList());
        assertEquals(List.of(10, 1), compared.intColumn("difference").asList());
        assertEquals(List.of(0), List.of(compared.intColumn("strict").get(1)));
    }
}
