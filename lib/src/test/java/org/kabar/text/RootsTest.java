package org.kabar.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reducers and the name rule; their accuracy on the gold list is {@link RootAccuracyTest}. */
class RootsTest {

    private static String[] keys(Roots roots, String sentence) {
        return roots.keys(sentence.split(" "));
    }

    @Test
    void sastrawiPutsBackTheConsonantANasalPrefixSwallowed() {
        assertEquals("kata", Roots.sastrawi().of("mengatakan"));
        assertEquals("sampai", Roots.sastrawi().of("menyampaikan"));
        assertEquals("runding", Roots.sastrawi().of("perunding"));
        assertEquals("ata", Roots.snowball().of("mengatakan"));
        assertEquals("unding", Roots.snowball().of("perunding"));
    }

    @Test
    void sastrawiLeavesAWordWithoutAKnownRootAsWritten() {
        assertEquals("diplomatik", Roots.sastrawi().of("diplomatik"));
        assertEquals("plomatik", Roots.snowball().of("diplomatik"));
        assertEquals("negara", Roots.sastrawi().of("negara-negara"));
        assertEquals("21/12", Roots.sastrawi().of("21/12"));
    }

    @Test
    void noneCountsWordsAsWrittenLowerCased() {
        assertArrayEquals(new String[] {"menteri", "mengatakan", "."}, keys(Roots.none(), "Menteri mengatakan ."));
    }

    @Test
    void capitalisedWordsInsideASentenceAndAcronymsAreKept() {
        // Read: "Pertahanan" is part of a title, kept; "Pertemuan" opens a quote, so its capital
        // says nothing and it is reduced; the first word "Menteri" is a root already.
        assertArrayEquals(new String[] {"menteri", "pertahanan", "as", "lloyd", "austin", "kata", ",", "\u201C", "temu",
                "itu", "penting", ".", "\u201D"},
                keys(Roots.sastrawi(), "Menteri Pertahanan AS Lloyd Austin mengatakan , \u201C Pertemuan itu penting . \u201D"));
    }

    @Test
    void aNameIsKeptInsideASentenceButNotAtItsStartUnlessListed() {
        // Sastrawi reads "dimas" as di- + mas; inside the sentence the capital keeps the name.
        assertArrayEquals(new String[] {"mas", "temu", "dimas"}, keys(Roots.sastrawi(), "Dimas bertemu Dimas"));
        assertArrayEquals(new String[] {"dimas", "temu", "dimas"},
                keys(Roots.sastrawi().withWords("Dimas"), "Dimas bertemu Dimas"));
    }

    @Test
    void anAcronymIsKeptAnywhereAndAListedWordIsNeverStripped() {
        assertArrayEquals(new String[] {"pemilu", "tunda"}, keys(Roots.sastrawi(), "PEMILU ditunda"));
        assertArrayEquals(new String[] {"milu", "tunda"}, keys(Roots.sastrawi(), "Pemilu ditunda"));
        assertArrayEquals(new String[] {"pemilu", "tunda"}, keys(Roots.sastrawi().withWords("pemilu"), "Pemilu ditunda"));
    }

    @Test
    void aTitleCaseHeadlineIsReducedWordByWord() {
        assertArrayEquals(new String[] {"rusia", "dan", "as", "gelar", "temu", "di", "jenewa"},
                keys(Roots.sastrawi(), "Rusia dan AS Gelar Pertemuan di Jenewa"));
        // A lower-case content word shows it is a sentence, not a title: the capitals are names.
        assertArrayEquals(new String[] {"rusia", "gelar", "pertemuan", "di", "jenewa"},
                keys(Roots.sastrawi(), "Rusia menggelar Pertemuan di Jenewa"));
    }

    @Test
    void extraRootWordsComeFromAFile(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("roots.txt");
        Files.writeString(file, "# names and words Sastrawi does not know\nperawat\n\nDimas\n", StandardCharsets.UTF_8);
        Roots roots = Roots.sastrawi().withWords(file);
        assertEquals("perawat", roots.of("perawat"));
        assertEquals("awat", Roots.sastrawi().of("perawat"));
        assertEquals("sastrawi + 2 words", roots.toString());
    }

    @Test
    void aBadLineOfTheWordFileIsNamedWithItsNumber(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("roots.txt");
        Files.writeString(file, "perawat\n# a compound\ntanda tangan\n", StandardCharsets.UTF_8);
        Exception e = assertThrows(InputException.class, () -> Roots.sastrawi().withWords(file));
        assertEquals(file + ":3: one root word a line, without spaces: \"tanda tangan\"", e.getMessage());
    }

    @Test
    void onlySastrawiTakesWordsAndOnlyThreeNamesExist() {
        Exception words = assertThrows(IllegalArgumentException.class, () -> Roots.snowball().withWords("pemilu"));
        assertEquals("snowball has no root-word list; only sastrawi takes extra words", words.getMessage());
        Exception name = assertThrows(IllegalArgumentException.class, () -> Roots.named("porter"));
        assertEquals("a root reducer is none, snowball or sastrawi, not porter", name.getMessage());
        assertEquals("sastrawi", Roots.named("Sastrawi").name());
    }
}
