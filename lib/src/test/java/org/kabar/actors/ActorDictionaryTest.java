package org.kabar.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabar.text.InputException;

class ActorDictionaryTest {

    private static final Path SEEDS = Path.of("..", "seeds");

    @Test
    void aUsersDictionaryIsAddedToTheStandardOne() {
        ActorDictionary mine = ActorDictionary.empty()
                .with("US National Security Council", Actor.Type.ORGANISATION, "", "Dewan Keamanan Nasional")
                .with("Russia", Actor.Type.COUNTRY, "replaced", "Rusia");
        ActorDictionary merged = ActorDictionary.standard().with(mine);
        assertEquals(ActorDictionary.standard().actors().size() + 1, merged.actors().size());
        assertTrue(merged.actor("US National Security Council").isPresent());
        assertEquals("replaced", merged.actor("Russia").orElseThrow().description());
    }

    @Test
    void standardDictionaryHoldsNoStorysCast() {
        assertTrue(ActorDictionary.standard().actors().stream().noneMatch(actor -> actor.type() == Actor.Type.PERSON));
        assertTrue(ActorDictionary.standard().actor("Vladimir Putin").isEmpty());
        assertFalse(ActorDictionary.standard().actor("United States").orElseThrow().aliases().contains("pemerintahan Biden"));
    }

    @Test
    void corpusDictionaryAddsTheFoldersOwnFile() {
        ActorDictionary seeds = ActorDictionary.forCorpus(SEEDS);
        assertTrue(seeds.actor("Antony Blinken").orElseThrow().aliases().contains("Anthony Blinken"));
        assertTrue(seeds.actor("Sergey Lavrov").orElseThrow().aliases().contains("Sergei Lavrov"));
        assertTrue(seeds.actor("United States").orElseThrow().aliases().contains("pemerintahan Biden"));
        assertTrue(seeds.actor("NATO").orElseThrow().aliases().contains("Pakta Pertahanan Atlantik Utara"));
        assertEquals(List.of("Kiev", "Kyiv", "Kiew"), seeds.actor("Ukraine").orElseThrow().metonyms());
        assertEquals(Actor.Type.ORGANISATION, seeds.actor("White House").orElseThrow().type());
    }

    @Test
    void folderWithoutItsOwnFileGetsTheStandardDictionary(@TempDir Path dir) {
        assertSame(ActorDictionary.standard(), ActorDictionary.forCorpus(dir));
    }

    @Test
    void fileLoadsWithOptionalMetonyms(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("mine.tsv"),
                "# mine\nJens Stoltenberg\tperson\tNATO chief\tJens Stoltenberg|Stoltenberg\n"
                        + "Russia\tcountry\t\tRusia\tMoskow|Kremlin\n");
        ActorDictionary dictionary = ActorDictionary.load(file);
        assertEquals(2, dictionary.actors().size());
        assertEquals(List.of("Moskow", "Kremlin"), dictionary.actor("Russia").orElseThrow().metonyms());
        assertTrue(dictionary.actor("Jens Stoltenberg").orElseThrow().metonyms().isEmpty());
    }

    @Test
    void unknownTypeIsRejectedWithFileAndLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.tsv"), "# x\nNATO\talliance\t\tNATO\n");
        Exception e = assertThrows(InputException.class, () -> ActorDictionary.load(file));
        assertEquals(file + ":2: unknown type 'alliance' (expected person, country, organisation or place)",
                e.getMessage());
    }

    @Test
    void missingFieldsAreRejectedWithFileAndLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.tsv"), "NATO person NATO\n");
        Exception e = assertThrows(InputException.class, () -> ActorDictionary.load(file));
        assertEquals(file + ":1: expected 4 or 5 tab-separated fields (name, type, description, aliases, metonyms),"
                + " found 1", e.getMessage());
    }

    @Test
    void formNamingTwoActorsIsRejected(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.tsv"), "Russia\tcountry\t\tRusia\nRussia Today\torganisation\t\tRusia\n");
        Exception e = assertThrows(InputException.class, () -> ActorDictionary.load(file));
        assertEquals(file + ":2: 'Rusia' of Russia Today already names Russia", e.getMessage());
    }

    @Test
    void withReturnsNewDictionaryAndReplacesSameName() {
        ActorDictionary standard = ActorDictionary.forCorpus(SEEDS);
        ActorDictionary extended = standard.with("Jens Stoltenberg", Actor.Type.PERSON, "NATO chief", "Stoltenberg", "Sekjen NATO Stoltenberg");
        assertTrue(extended.actor("Jens Stoltenberg").orElseThrow().aliases().contains("Sekjen NATO Stoltenberg"));
        assertFalse(standard.actor("Jens Stoltenberg").orElseThrow().aliases().contains("Sekjen NATO Stoltenberg"));
        assertEquals(standard.actors().size(), extended.actors().size());
    }

    @Test
    void aSavedDictionaryLoadsBackTheSame(@TempDir Path dir) throws IOException {
        ActorDictionary seeds = ActorDictionary.forCorpus(SEEDS);
        Path file = dir.resolve("merged.tsv");
        seeds.save(file);
        assertEquals(seeds.table().print(1000), ActorDictionary.load(file).table().print(1000));
    }

    @Test
    void tableListsActorsSortedByName() {
        var table = ActorDictionary.empty().with("Zelensky", Actor.Type.PERSON, "", "Zelensky")
                .with("Biden", Actor.Type.PERSON, "", "Biden", "Joe Biden").table();
        assertEquals(List.of("actor", "type", "description", "aliases", "metonyms"), table.columnNames());
        assertEquals(List.of("Biden", "Zelensky"), table.stringColumn("actor").asList());
        assertEquals("Biden | Joe Biden", table.stringColumn("aliases").get(0));
    }
}
