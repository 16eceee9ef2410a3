package org.kabar.terms;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kabar.text.TableRows;
import org.kabar.text.Tokens;
import tech.tablesaw.api.Table;

/**
 * Lexical dispersion: where in each article a term occurs. A position is counted in word tokens
 * and scaled to the article's length (0 = the first word, 1 = the last), so long and short
 * articles share one axis.
 */
public final class Dispersion {
    private Dispersion() {}

    /**
     * Every occurrence of the given words (matched on the lower-cased {@code norm}) in the tokens
     * of a corpus ({@code Tokens.of}): columns {@code id | term | word_index | relative_position}, in
     * article order, then position. An article that never uses any of the words has no row, so
     * it gets no lane in a dispersion chart: compare the lanes with the article list.
     */
    public static Table of(Tokens tokens, List<String> terms) {
        Set<String> wanted = new TreeSet<>();
        terms.forEach(t -> wanted.add(t.strip().toLowerCase(Locale.ROOT)));
        Map<String, Integer> wordsInArticle = new HashMap<>();
        for (int row = 0; row < tokens.rowCount(); row++) {
            if (tokens.isWord(row)) {
                wordsInArticle.merge(tokens.id(row), 1, Integer::sum);
            }
        }
        TableRows table = TableRows.named("dispersion of " + String.join(", ", wanted)).strings("id", "term")
                .ints("word_index").doubles("relative_position");
        Map<String, Integer> wordIndex = new HashMap<>();
        for (int row = 0; row < tokens.rowCount(); row++) {
            if (!tokens.isWord(row)) continue;
            String id = tokens.id(row);
            int index = wordIndex.merge(id, 1, Integer::sum) - 1;
            String norm = tokens.norm(row);
            if (!wanted.contains(norm)) continue;
            int words = wordsInArticle.get(id);
            table.add(id, norm, index, words <= 1 ? 0.0 : (double) index / (words - 1));
        }
        return table.table();
    }
}
