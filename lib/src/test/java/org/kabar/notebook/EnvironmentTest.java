package org.kabar.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class EnvironmentTest {

    @Test
    void countsALastLineWithoutLineEnd() {
        assertEquals(0, Environment.countLines(new byte[0]));
        assertEquals(1, Environment.countLines("a".getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, Environment.countLines("a\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, Environment.countLines("a\n\nb".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void listsFilesSortedWithBytesAndLines(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.txt"), "satu\ndua\n");
        Files.writeString(dir.resolve("a.txt"), "é");
        Files.writeString(dir.resolve("metadata.csv"), "id\n");
        Table files = Environment.files(dir, "*.txt");
        assertEquals(2, files.rowCount());
        assertEquals("a.txt", files.stringColumn("file").get(0));
        assertEquals(2L, files.longColumn("bytes").get(0)); // é is two bytes in UTF-8
        assertEquals(1, files.intColumn("lines").get(0));
        assertEquals(9L, files.longColumn("bytes").get(1));
        assertEquals(2, files.intColumn("lines").get(1));
    }

    @Test
    void readsVersionsFromTheJarsOnTheClasspath() {
        Table versions = Environment.versions(Object.class);
        assertEquals("unknown", versions.stringColumn("version").get(1)); // Object is in no Maven jar
        assertEquals("0.44.4", versions.stringColumn("version").get(3));
        assertEquals("2.5.6", versions.stringColumn("version").get(5));
    }
}
