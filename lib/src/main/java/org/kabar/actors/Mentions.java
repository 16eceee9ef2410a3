package org.kabar.actors;

import java.util.Map;
import java.util.TreeMap;
import org.kabar.text.ItemCounts;
import org.kabar.text.TextPipeline;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The actor mentions of a corpus ({@link Actors#find}, or {@link People#find} with the name
 * finder), one row per mention, and how they were found: the dictionary, whether metonyms counted,
 * the text pipeline, whether the name finder added people and organisations the dictionary lacks.
 * What a reader does next takes the mentions as they are:
 *
 * <pre>{@code
 * Mentions mentions = actors.find(articles);
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

    private final Table table;
    private final Actors.Settings settings;
    private final boolean nameFinder;

    Mentions(Table table, Actors.Settings settings, boolean nameFinder) {
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
     * How often each actor is mentioned in each article, as a comparison takes it: columns
     * {@code id | actor | count}, item "actor", sorted by id, then actor.
     */
    public ItemCounts perArticle() {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        StringColumn ids = table.stringColumn("id");
        StringColumn actors = table.stringColumn("actor");
        for (int row = 0; row < table.rowCount(); row++) {
            counts.computeIfAbsent(ids.get(row), id -> new TreeMap<>()).merge(actors.get(row), 1, Integer::sum);
        }
        StringColumn countIds = StringColumn.create("id");
        StringColumn countActors = StringColumn.create("actor");
        IntColumn numbers = IntColumn.create("count");
        counts.forEach((id, byActor) -> byActor.forEach((actor, n) -> {
            countIds.append(id);
            countActors.append(actor);
            numbers.append(n);
        }));
        return ItemCounts.of(Table.create("mentions of each actor per article", countIds, countActors, numbers), "actor");
    }

    @Override
    public String toString() {
        return caption();
    }
}
