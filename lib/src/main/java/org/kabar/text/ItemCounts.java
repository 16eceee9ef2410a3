package org.kabar.text;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How often each item occurs in each article — terms ({@code Terms...perArticle(tokens)}), actors
 * ({@code mentions.perArticle()}), theme families ({@code themes.perArticle(tokens)}) or a count
 * table of one's own ({@link #of}) — with the name of the column that holds the item and, in
 * words, what was counted and how ({@link #description()}: "terms (Snowball stems)"), so a
 * comparison ({@code Keyness.compare(counts, articles, ...)}) needs nothing restated and its
 * caption can say what it compared.
 *
 * <p>The table has at least {@code id | <item> | count}; a {@code surface} column, when there is
 * one, gives each item's display form. Immutable: {@link #table()} gives a copy. A notebook shows
 * counts as their table, named "{@code <description>} per article".
 */
public final class ItemCounts {

    private final Table table;
    private final String item;
    private final String description;
    // The columns the row accessors read: a comparison reads the counts through them, not a copy.
    private final StringColumn ids;
    private final StringColumn items;
    private final NumericColumn<?> counts;
    private final StringColumn surfaces;

    private ItemCounts(Table table, String item, String description) {
        this.table = table;
        this.item = item;
        this.description = description;
        // The table is this object's own (a copy or a selection), so naming it changes no one else's.
        this.table.setName(description + " per article");
        this.ids = table.stringColumn("id");
        this.items = table.stringColumn(item);
        this.counts = table.numberColumn("count");
        this.surfaces = table.containsColumn("surface") ? table.stringColumn("surface") : items;
    }

    /**
     * Counts from a table with columns {@code id | <item> | count} (the article's id, the
     * item, how often it occurs there), copied, so changing the table later leaves the counts as they are;
     * described as "own counts of {@code <item>}".
     *
     * @throws IllegalArgumentException naming the first of those columns the table lacks
     */
    public static ItemCounts of(Table counts, String item) {
        Objects.requireNonNull(item, "item");
        return of(counts, item, "own counts of " + item);
    }

    /**
     * Counts as {@link #of(Table, String)}, with what was counted and how said in words, e.g.
     * "terms (Sastrawi roots)": what Kabar's counters ({@code Terms}, {@code Mentions}, {@code Themes})
     * call to say how they made their items.
     *
     * @throws IllegalArgumentException naming the first of the columns the table lacks
     */
    public static ItemCounts of(Table counts, String item, String description) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(description, "description");
        RequiredColumns.require(counts, "counts", null, "id", item, "count");
        if (!(counts.column("count") instanceof NumericColumn)) {
            throw new IllegalArgumentException("counts: the column \"count\" holds " + counts.column("count").type()
                    + ", not numbers");
        }
        Table copy = counts.copy();
        // Ids and items read as numbers (a CSV of topic numbers) are compared as text.
        for (String name : List.of("id", item, "surface")) {
            if (copy.containsColumn(name) && !(copy.column(name) instanceof StringColumn)) {
                copy.replaceColumn(name, copy.column(name).asStringColumn().setName(name));
            }
        }
        return new ItemCounts(copy, item, description);
    }

    /** The counts as a Tablesaw table (a copy: changing it leaves these counts as they are). */
    public Table table() {
        return table.copy();
    }

    /** The column that names what is counted: "term", "actor", ... */
    public String item() {
        return item;
    }

    /**
     * What was counted and how, in words: "terms (words as written)", "terms (Snowball stems)",
     * "two-word terms (Sastrawi roots)", "actor mentions (dictionary of 60 actors; strict: no
     * metonyms)", "theme families (4 families)", "own counts of topic".
     */
    public String description() {
        return description;
    }

    /** How many (article, item) rows. */
    public int rowCount() {
        return table.rowCount();
    }

    /** The article of a row. */
    public String id(int row) {
        return ids.get(row);
    }

    /** The item of a row (its value in the item column). */
    public String item(int row) {
        return items.get(row);
    }

    /** How often the row's item occurs in the row's article. */
    public int count(int row) {
        return (int) counts.getDouble(row);
    }

    /** The row's display form: its {@code surface}, or the item when the table has no surface column. */
    public String surface(int row) {
        return surfaces.get(row);
    }

    /** The counts of the articles whose id is one of {@code ids} only, as counted. */
    public ItemCounts inArticles(Collection<String> ids) {
        return new ItemCounts(table.where(table.stringColumn("id").isIn(ids)), item, description);
    }

    /** The table's name, which says what was counted and how: "{@code <description>} per article". */
    @Override
    public String toString() {
        return table.name();
    }
}
