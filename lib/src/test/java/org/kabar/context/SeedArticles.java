package org.kabar.context;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kabar.actors.Actors;
import org.kabar.corpus.Corpus;
import org.kabar.text.Tokens;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The five seed articles through the real pipeline: the corpus loader's cleaned {@code text},
 * its tokens and the standard actor dictionary's mentions, so these tests check the context
 * classes on what a notebook would hand them.
 *
 * <p>{@code raw_text} (the decoded file, line ends as LF) is what {@link Sources} reads. Until the
 * loader emits it, it is built here from the seed files and placed right after {@code text}, where
 * the loader will put it; once the loader has it, the loader's column is used as it is.
 */
final class SeedArticles {

    static final Path FOLDER = Path.of("..", "seeds");

    static final String BLINKEN = "Antony Blinken";
    static final String LAVROV = "Sergey Lavrov";
    static final String DONFRIED = "Karen Donfried";
    static final String BIDEN = "Joe Biden";
    static final String PSAKI = "Jen Psaki";
    static final String NYKYFOROV = "Sergiy Nykyforov";
    static final String US = "United States";
    static final String WHITE_HOUSE = "White House";

    private static final Corpus CORPUS = Corpus.read(FOLDER);

    private SeedArticles() {}

    /** The loader's articles table, with {@code raw_text} after {@code text}. */
    static Table articles() {
        Table articles = CORPUS.articles();
        if (!articles.containsColumn("raw_text")) {
            StringColumn raw = StringColumn.create("raw_text");
            for (int row = 0; row < articles.rowCount(); row++) {
                raw.append(raw(articles.getString(row, "file")));
            }
            articles.insertColumn(articles.columnIndex("text") + 1, raw);
        }
        return articles;
    }

    /** id | period | sentence | position | token | norm | stem | word | stopword, from {@link Tokens}. */
    static Table tokens() {
        return Tokens.of(articles());
    }

    /** id | period | actor | type | sentence | position | surface, from the standard dictionary. */
    static Table mentions() {
        return Actors.standard().find(articles());
    }

    private static String raw(String file) {
        try {
            String text = Files.readString(FOLDER.resolve(Path.of(file).getFileName()), StandardCharsets.UTF_8);
            return text.replaceFirst("^\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
