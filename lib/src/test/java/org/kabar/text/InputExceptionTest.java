package org.kabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class InputExceptionTest {

    @Test
    void aBadLineReadsFileColonLineColonReason() {
        InputException e = new InputException("stopwords.txt", 12, "'sementara itu' is not one word");
        assertEquals("stopwords.txt:12: 'sementara itu' is not one word", e.getMessage());
        assertEquals("stopwords.txt", e.file());
        assertEquals(12, e.line());
        assertEquals("'sementara itu' is not one word", e.reason());
    }

    @Test
    void aFileAsAWholeHasNoLine() {
        InputException e = new InputException(Path.of("berita"), "no such folder");
        assertEquals("berita: no such folder", e.getMessage());
        assertEquals(0, e.line());
    }

    @Test
    void carriesNoStackTraceSoANotebookShowsTheOneLine() {
        // JJava prints a cell's exception with every frame under the message; none here.
        assertEquals(0, new InputException("a.tsv", 1, "bad").getStackTrace().length);
    }
}
