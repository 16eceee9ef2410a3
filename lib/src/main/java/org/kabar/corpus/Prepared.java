package org.kabar.corpus;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What one input of a corpus gives on its own, before anything that depends on other inputs
 * (ids, duplicate texts) is decided: a file, or one row of a file that holds many articles
 * ({@code line} above 0). {@code skip} is why it is not used; with neither a skip nor an article
 * it is the report row of a file that holds many articles, or of the curated metadata
 * ({@code curated}). Whether an article is used is decided in file order by
 * {@link CorpusLoader#assemble} (or inside {@link CorpusLoader#load}); {@code result} is what the
 * caller's per-article function made of the article.
 *
 * @param textKey a digest of the text with runs of white space made one space: inputs with the
 *     same key hold the same article, and only the first in file order is used
 */
public record Prepared<R>(String name, int line, String id, long bytes, String skip, List<String> notes, String textKey,
                          LoadedArticle article, List<String> warnings, List<String[]> disagreements, R result,
                          boolean curated) implements Serializable {

    static <R> Prepared<R> skipped(String name, int line, String id, long bytes, String reason) {
        return new Prepared<>(name, line, id, bytes, reason, List.of(), null, null, null, null, null, false);
    }

    static <R> Prepared<R> curatedMetadata(String name, long bytes) {
        return new Prepared<>(name, 0, "", bytes, null, List.of(), null, null, null, null, null, true);
    }

    /** {@code file}, or {@code file:line} for a row of a file that holds many articles. */
    public String where() {
        return line > 0 ? name + ":" + line : name;
    }

    /**
     * The same without the article's text and without a result, for a route that decides file
     * order elsewhere: small enough to send many of them to one machine (see
     * {@link LoadedArticle#withoutText}).
     */
    public Prepared<Void> withoutText(int sentences, int tokens) {
        return new Prepared<>(name, line, id, bytes, skip, notes, textKey,
                article == null ? null : article.withoutText(sentences, tokens),
                warnings == null ? null : new ArrayList<>(warnings), disagreements, null, curated);
    }
}
