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

/**
 * The first stage reads files into articles and imports no later stage (issue 11): data flows one
 * way. Charts draw any table and import no stage at all, so a stage's result may draw itself.
 */
class StageImportsTest {

    private static final Pattern LATER_STAGE = Pattern.compile(
            "^import (?:static )?org\\.kabar\\.(actors|terms|count|compare|context|chart|notebook|report|cli|bench)\\.",
            Pattern.MULTILINE);
    private static final Pattern OTHER_PACKAGE = Pattern.compile(
            "^import (?:static )?org\\.kabar\\.(?!chart\\.)\\w+\\.", Pattern.MULTILINE);

    @Test
    void corpusImportsNoLaterStage() throws IOException {
        assertEquals(List.of(), imports("corpus", "CorpusLoader.java", LATER_STAGE));
    }

    @Test
    void chartImportsNoStage() throws IOException {
        assertEquals(List.of(), imports("chart", "Charts.java", OTHER_PACKAGE));
    }

    /** The imports of a package's sources that {@code pattern} matches, as "File.java: import ...". */
    private static List<String> imports(String pkg, String knownSource, Pattern pattern) throws IOException {
        Path folder = Path.of("src", "main", "java", "org", "kabar", pkg);
        List<Path> sources;
        try (Stream<Path> files = Files.list(folder)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(sources.contains(folder.resolve(knownSource)), "the " + pkg + " package's sources were read");
        List<String> found = new ArrayList<>();
        for (Path source : sources) {
            Matcher m = pattern.matcher(Files.readString(source));
            while (m.find()) found.add(source.getFileName() + ": " + m.group().strip());
        }
        return found;
    }
}
