package org.kabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceFileTest {

    @Test
    void commentsBlankLinesAndByteOrderMarkAreSkippedButLineNumbersKept() throws IOException {
        List<ResourceFile.Line> lines = ResourceFile.read(new StringReader("\uFEFF# header\n\n  yang  \n#x\ndan\n"), "s.txt");
        assertEquals(List.of(new ResourceFile.Line("s.txt", 3, "yang"), new ResourceFile.Line("s.txt", 5, "dan")), lines);
    }

    @Test
    void errorNamesFileLineAndReason() {
        assertEquals("s.txt:7: bad", new ResourceFile.Line("s.txt", 7, "x").error("bad").getMessage());
    }

    @Test
    void aMissingFileIsNamedAsSuch() {
        InputException e = assertThrows(InputException.class, () -> ResourceFile.load(Path.of("no-such-list.txt")));
        assertEquals("no-such-list.txt: no such file", e.getMessage());
    }
}
