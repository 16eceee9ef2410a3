package org.kabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StopwordsTest {

    @Test
    void standardListHoldsFunctionWordsNotContentWords() {
        Stopwords standard = Stopwords.standard();
        assertTrue(standard.contains("yang"));
        assertTrue(standard.contains("Dan"));
        assertTrue(standard.contains("katanya"));
        assertFalse(standard.contains("sanksi"));
        assertFalse(standard.contains("keamanan"));
    }

    @Test
    void withAndWithoutReturnNewListsAndLeaveOriginal() {
        Stopwords standard = Stopwords.standard();
        Stopwords adjusted = standard.with("Rusia").without("kata");
        assertTrue(adjusted.contains("rusia"));
        assertFalse(adjusted.contains("kata"));
        assertFalse(standard.contains("rusia"));
        assertTrue(standard.contains("kata"));
    }

    @Test
    void fileWithCommentsLoads(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("stop.txt"), "# mine\nYang\n\ndan\n");
        assertEquals(2, Stopwords.load(file).words().size());
    }

    @Test
    void twoWordsOnALineAreRejectedWithFileAndLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("stop.txt"), "yang\n# note\nsementara itu\n");
        Exception e = assertThrows(InputException.class, () -> Stopwords.load(file));
        assertEquals(file + ":3: 'sementara itu' is not one word; write one stopword per line", e.getMessage());
    }
}
