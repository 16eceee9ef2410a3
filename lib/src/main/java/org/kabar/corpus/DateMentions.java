package org.kabar.corpus;

import java.util.Arrays;
import org.kabar.text.RequiredColumns;
import org.kabar.text.TableRows;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Every date the articles mention, with what it says about publication: the dates a story
 * "points to" (talks announced for 10 January) beside the dates it was written on. Read from
 * the original text ({@code raw_text}), where datelines and captions still carry their years.
 */
public final class DateMentions {
    private DateMentions() {}

    /**
     * Columns {@code id | outlet | published | date | basis | surface | evidence}, one row per date
     * mentioned, by article then position in the text. {@code basis} is the mention's class
     * ({@link DateFinder.Basis}, lower case): dateline, reporting, event or forward.
     */
    public static Table of(Table articles) {
        return of(articles, DateFinder.standard());
    }

    /**
     * What a timeline of the coverage needs: columns {@code id | outlet | date | kind}, first one
     * row per article with its publication date ({@code kind} "published"), then one per date it
     * mentions ("mentioned"), each part by article then text position.
     */
    public static Table timeline(Table articles) {
        Table published = articles.sortAscendingOn("id").selectColumns("id", "outlet", "published");
        published.column("published").setName("date");
        Table mentioned = of(articles).selectColumns("id", "outlet", "date");
        Table timeline = withKind(published, "published").append(withKind(mentioned, "mentioned"));
        return timeline.setName("publication and mentioned dates");
    }

    private static Table withKind(Table dates, String kind) {
        String[] kinds = new String[dates.rowCount()];
        Arrays.fill(kinds, kind);
        return dates.addColumns(StringColumn.create("kind", kinds));
    }

    /** As {@link #of(Table)}, with a date finder of the caller's (other month or weekday lists). */
    public static Table of(Table articles, DateFinder finder) {
        RequiredColumns.require(articles, "articles", "; load it with Corpus.load(folder)", "id", "outlet", "published", "raw_text");
        TableRows table = TableRows.named("dates mentioned").strings("id", "outlet").dates("published", "date")
                .strings("basis", "surface", "evidence");
        Table sorted = articles.sortAscendingOn("id");
        for (int row = 0; row < sorted.rowCount(); row++) {
            for (DateFinder.Mention mention : finder.mentions(sorted.stringColumn("raw_text").get(row))) {
                table.add(sorted.stringColumn("id").get(row), sorted.stringColumn("outlet").get(row),
                        sorted.dateColumn("published").get(row), mention.date(),
                        mention.basis().name().toLowerCase(java.util.Locale.ROOT), mention.surface(), mention.evidence());
            }
        }
        return table.table();
    }
}
