package org.kabar.context;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kabar.actors.Mentions;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Which actors are mentioned in the same sentence.
 *
 * <pre>{@code
 * Table pairs = Cooccurrence.inSentences(actors.find(articles));
 * }</pre>
 */
public final class Cooccurrence {

    private Cooccurrence() {}

    /**
     * Pairs of actors named in the same sentence ({@code Actors.find} or {@code People.find}).
     *
     * <p>Columns: {@code actor_a | actor_b | sentences | articles}, with {@code actor_a} before
     * {@code actor_b} alphabetically; {@code sentences} counts sentences naming both (an actor named
     * twice in a sentence still counts once), {@code articles} the articles with at least one such
     * sentence. Sorted by sentences, then articles (both descending), then the names.
     */
    public static Table inSentences(Mentions found) {
        Table mentions = found.table();
        Map<String, Set<String>> actorsBySentence = new TreeMap<>();
        for (int row = 0; row < mentions.rowCount(); row++) {
            String sentenceKey = mentions.getString(row, "id") + '\u0000' + mentions.getString(row, "sentence");
            actorsBySentence.computeIfAbsent(sentenceKey, k -> new TreeSet<>()).add(mentions.getString(row, "actor"));
        }
        Map<String, int[]> sentences = new TreeMap<>();
        Map<String, Set<String>> articles = new TreeMap<>();
        actorsBySentence.forEach((sentenceKey, actors) -> {
            String id = sentenceKey.substring(0, sentenceKey.indexOf('\u0000'));
            String[] names = actors.toArray(String[]::new);
            for (int i = 0; i < names.length; i++) {
                for (int j = i + 1; j < names.length; j++) {
                    String pair = names[i] + '\u0000' + names[j];
                    sentences.computeIfAbsent(pair, k -> new int[1])[0]++;
                    articles.computeIfAbsent(pair, k -> new HashSet<>()).add(id);
                }
            }
        });
        Table table = Table.create("actor co-occurrence within sentences",
                StringColumn.create("actor_a"), StringColumn.create("actor_b"),
                IntColumn.create("sentences"), IntColumn.create("articles"));
        sentences.forEach((pair, count) -> {
            String[] names = pair.split("\u0000");
            table.stringColumn("actor_a").append(names[0]);
            table.stringColumn("actor_b").append(names[1]);
            table.intColumn("sentences").append(count[0]);
            table.intColumn("articles").append(articles.get(pair).size());
        });
        return table.sortOn("-sentences", "-articles", "actor_a", "actor_b");
    }
}
