package org.kabar.actors;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kabar.text.ItemCounts;
import org.kabar.text.Rates;
import org.kabar.text.TableRows;
import org.kabar.text.TextPipeline;
import tech.tablesaw.api.Table;

/**
 * The actor mentions of a corpus ({@link Actors#find}, or {@link People#find} with the name
 * finder), one row per mention, and how they were found: the dictionary, whether metonyms counted,
 * the text pipeline, whether the name finder added people and organisations the dictionary lacks.
 * What a reader does next takes the mentions as they are:
 *
 * <pre>{@code
 * Mentions mentions = actors.find(articles);
 * mentions.perArticle()            // counts: id | period | actor | type | count | words | per_1000
 * Keyness.compare(mentions.perArticle(), articles, "period", "2021-12", "2022-01").run()
 * Cooccurrence.inSentences(mentions)
 * Quotes.standard().find(articles, mentions)
 * mentions.table()                 // the Tablesaw table, to select or join
 * }</pre>
 *
 * <p>Immutable: {@link #table()} gives a copy. A notebook shows mentions as their table, captioned
 * by {@link #caption()}.
 */
public final class Mentions {

    /**
     * An article the mentions were looked for in, with its word tokens (those of the text the
     * mentions were found in, {@link TextPipeline#isWord}): the denominator of the per-article rates.
     */
    record Article(String id, String period, int words) {}

    private final Table table;
    private final List<Article> articles;
    private final Actors.Settings settings;
    private final boolean nameFinder;

    Mentions(Table table, List<Article> articles, Actors.Settings settings, boolean nameFinder) {
        this.articles = List.copyOf(articles);
        this.settings = settings;
        this.nameFinder = nameFinder;
        // The table is new (made by find()), so naming it changes no one else's.
        this.table = table;
        this.table.setName(caption());
    }

    /** The mentions as a Tablesaw table (a copy: changing it leaves these mentions as they are), named by the caption. */
    public Table table() {
        return table.copy();
    }

    /** How many mentions. */
    public int rowCount() {
        return table.rowCount();
    }

    /** The dictionary the actors were matched with. */
    public ActorDictionary dictionary() {
        return settings.dictionary();
    }

    /** Whether metonyms ("Kremlin", "Washington") counted as the actors they stand for; false: strict, names and aliases only. */
    public boolean countsMetonyms() {
        return settings.countMetonyms();
    }

    /** The text pipeline whose sentences and tokens the mentions stand in. */
    public TextPipeline pipeline() {
        return settings.pipeline();
    }

    /** Whether the name finder added the people and organisations the dictionary lacks ({@link People}). */
    public boolean withNameFinder() {
        return nameFinder;
    }

    /**
     * How the mentions were found, in one line, e.g. "mentions (dictionary of 60 actors; strict:
     * no metonyms)". In brackets, so that the names Tablesaw derives from it still read.
     */
    public String caption() {
        int actors = settings.dictionary().actors().size();
        // A finder run with an empty dictionary is the finder alone: "dictionary of 0 actors" would only puzzle.
        String found = nameFinder && actors == 0 ? "name finder"
                : (nameFinder ? "name finder and " : "") + "dictionary of " + actors + (actors == 1 ? " actor" : " actors");
        return "mentions (" + found + "; "
                + (settings.countMetonyms() ? "metonyms counted as the actors they stand for" : "strict: no metonyms")
                + (settings.pipeline() == TextPipeline.standard() ? "" : "; own text pipeline") + ")";
    }

    /**
     * How often each actor is mentioned in each article, with the article's rate: the one count
     * per article that tables, heat maps and comparisons
     * ({@code Keyness.compare(mentions.perArticle(), ...)}) take. Only actors an article mentions
     * have a row, so an article without mentions has none.
     *
     * @return counts of item "actor", described as "actor " + {@link #caption()}; columns
     *     {@code id | period | actor | type | count | words | per_1000}, where words is the
     *     article's word-token count and per_1000 = 1000 · count / words (0 for an article without
     *     words); rows sorted by id, then actor
     */
    public ItemCounts perArticle() {
        Map<String, Integer> wordsById = new HashMap<>();
        articles.forEach(article -> wordsById.put(article.id(), article.words()));
        // Keyed (id, period, actor, type): the period is the mention's, the same as its article's.
        Comparator<List<String>> byIdThenActor = Comparator.comparing((List<String> key) -> key.get(0))
                .thenComparing(key -> key.get(1)).thenComparing(key -> key.get(2)).thenComparing(key -> key.get(3));
        Map<List<String>, Integer> counts = new TreeMap<>(byIdThenActor);
        for (int row = 0; row < table.rowCount(); row++) {
            counts.merge(List.of(table.getString(row, "id"), table.getString(row, "period"), table.getString(row, "actor"),
                    table.getString(row, "type")), 1, Integer::sum);
        }
        TableRows rows = TableRows.named("actors").strings("id", "period", "actor", "type").ints("count", "words")
                .doubles("per_1000");
        counts.forEach((key, count) -> {
            int words = wordsById.get(key.get(0));
            rows.add(key.get(0), key.get(1), key.get(2), key.get(3), count, words, Rates.perThousand(count, words));
        });
        return ItemCounts.of(rows.table(), "actor", "actor " + caption());
    }

    @Override
    public String toString() {
        return caption();
    }
}
