package org.kabar.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The five seed articles as an {@code id | period | text} table, for tests: the raw files, every
 * line kept (headline, captions and cross-links included), so tests do not depend on the corpus
 * loader's cleaning. Periods from reading each article's dateline or byline.
 */
public final class SeedArticles {

    public static final Path FOLDER = Path.of("..", "seeds");

    private SeedArticles() {}

    public static Table table() {
        StringColumn ids = StringColumn.create("id");
        StringColumn periods = StringColumn.create("period");
        StringColumn texts = StringColumn.create("text");
        for (Path file : files()) {
            String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
            ids.append(id);
            periods.append(period(id));
            texts.append(read(file));
        }
        return Table.create("seeds", ids, periods, texts);
    }

    /**
     * Every plain-text article of the seeds and of the test corpora ({@code tests/corpora}), as
     * read, in path order: the texts that property tests compare a fast path against its rule on.
     */
    public static List<Path> seedAndTestCorpusFiles() {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(FOLDER, Path.of("..", "tests", "corpora"))) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** The text of {@code file}, read as UTF-8. */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String period(String id) {
        // 000 (VOA, 21 Dec), 001 (Kompas TV, 28 Dec), 002 (MINA, 22 Dec); 003 (SINDOnews, 21 Jan), 004 (Medcom, 12 Jan).
        return id.startsWith("003") || id.startsWith("004") ? "2022-01" : "2021-12";
    }

    private static List<Path> files() {
        try (Stream<Path> listing = Files.list(FOLDER)) {
            return listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
