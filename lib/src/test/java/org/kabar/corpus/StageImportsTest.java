package org.kabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The first stage reads files into articles and imports no later stage (issue 11): data flows one way. */
class StageImportsTest {

    private static final Pattern LATER_STAGE = Pattern.compile(
            "^import (?:static )?org\\.kabar\\.(actors|terms|count|compare|context|chart|notebook|report|cli|bench)\\.",
            Pattern.MULTILINE);

    @Test
    void corpusImportsNoLaterStage() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> files = Files.list(Path.of("src", "main", "java", "org", "kabar", "corpus"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path source : sources) {
            Matcher m = LATER_STAGE.matcher(Files.readString(source));
            while (m.find()) found.add(source.getFileName() + ": " + m.group().strip());
        }
        assertTrue(sources.contains(Path.of("src", "main", "java", "org", "kabar", "corpus", "CorpusLoader.java")),
                "the corpus package's sources were read");
        assertEquals(List.of(), found);
    }
}
