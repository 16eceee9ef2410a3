package org.kabar.context;

import java.nio.file.Path;
import org.kabar.actors.Actors;
import org.kabar.actors.Mentions;
import org.kabar.corpus.Corpus;
import org.kabar.text.Tokens;
import tech.tablesaw.api.Table;

/**
 * The five seed articles through the real pipeline: the corpus loader's articles (cleaned
 * {@code text}, and {@code raw_text}, the decoded original that {@link Sources} reads), their
 * tokens and the standard actor dictionary's mentions, so these tests check the context classes
 * on what a notebook would hand them.
 */
final class SeedArticles {

    static final String BLINKEN = "Antony Blinken";
    static final String LAVROV = "Sergey Lavrov";
    static final String DONFRIED = "Karen Donfried";
    static final String BIDEN = "Joe Biden";
    static final String PSAKI = "Jen Psaki";
    static final String NYKYFOROV = "Sergiy Nykyforov";
    static final String US = "United States";
    static final String WHITE_HOUSE = "White House";

    private static final Corpus CORPUS = Corpus.load(Path.of("..", "seeds"));

    private SeedArticles() {}

    /** The loader's articles table (a fresh copy). */
    static Table articles() {
        return CORPUS.articles();
    }

    /** id | period | sentence | position | token | norm | stem | word | stopword, from {@link Tokens}. */
    static Tokens tokens() {
        return Tokens.of(articles());
    }

    /** id | period | actor | type | sentence | position | surface, from the standard dictionary. */
    static Mentions mentions() {
        return Actors.forCorpus(Path.of("..", "seeds")).find(articles());
    }
}
