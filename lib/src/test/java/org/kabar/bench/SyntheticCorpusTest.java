package org.kabar.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabar.corpus.Corpus;
import tech.tablesaw.api.Table;

class SyntheticCorpusTest {

    private static final SyntheticCorpus SEEDED = SyntheticCorpus.fromSeeds(Path.of("..", "seeds"));

    private static List<byte[]> contents(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().map(file -> {
                try {
                    return Files.readAllBytes(file);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }

    private static boolean sameBytes(List<byte[]> a, List<byte[]> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) return false;
        }
        return true;
    }

    @Test
    void theSameSeedWritesTheSameBytes(@TempDir Path first, @TempDir Path second) throws IOException {
        SEEDED.seed(7).write(first, 50);
        SyntheticCorpus.fromSeeds(Path.of("..", "seeds")).seed(7).write(second, 50);
        assertEquals(50, contents(first).size());
        assertTrue(sameBytes(contents(first), contents(second)));
    }

    @Test
    void anotherSeedWritesOtherArticles(@TempDir Path first, @TempDir Path second) throws IOException {
        SEEDED.seed(7).write(first, 50);
        SEEDED.seed(8).write(second, 50);
        assertTrue(!sameBytes(contents(first), contents(second)));
        assertNotEquals(SEEDED.seed(7).article(0), SEEDED.seed(8).article(0));
    }

    @Test
    void articlesLoadWithDatelineOutletAndSeedLength(@TempDir Path folder) {
        SEEDED.write(folder, 100);
        Table articles = Corpus.load(folder).articles();
        assertEquals(100, articles.rowCount());
        for (int row = 0; row < articles.rowCount(); row++) {
            assertEquals("dateline", articles.stringColumn("date_basis").get(row));
            assertTrue(List.of("2021-12", "2022-01").contains(articles.stringColumn("period").get(row)));
            assertNotEquals("unknown", articles.stringColumn("outlet").get(row), articles.stringColumn("id").get(row));
            assertTrue(!articles.stringColumn("headline").get(row).isEmpty());
            int tokens = articles.intColumn("tokens").get(row);
            assertTrue(tokens >= 380 && tokens < 620, "tokens " + tokens);
        }
    }
}
