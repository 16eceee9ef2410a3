package org.kabar.notebook;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Readable names for articles in charts: "VOA Indonesia, 21 Dec 2021" says more on an axis than
 * a file stem like "000_5846704a53bdb84e" and takes about as much room.
 */
public final class ArticleLabels {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private ArticleLabels() {}

    /**
     * A copy of {@code table} with a column {@code article} right after {@code id}, labelling
     * each row's article by outlet and publication date from {@code articles} (columns {@code id
     * | outlet | published}). An article with an unknown outlet or date keeps its id in that
     * part of the label; two articles with the same outlet and date get their ids appended, so
     * labels stay unique.
     */
    public static Table add(Table table, Table articles) {
        Map<String, String> labels = labels(articles);
        Table copy = table.copy();
        StringColumn article = StringColumn.create("article");
        for (String id : copy.stringColumn("id")) {
            article.append(labels.getOrDefault(id, id));
        }
        copy.insertColumn(copy.columnIndex("id") + 1, article);
        return copy;
    }

    private static Map<String, String> labels(Table articles) {
        Map<String, String> byId = new HashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (int row = 0; row < articles.rowCount(); row++) {
            String label = label(articles, row);
            byId.put(articles.stringColumn("id").get(row), label);
            uses.merge(label, 1, Integer::sum);
        }
        byId.replaceAll((id, label) -> uses.get(label) > 1 ? label + " (" + id + ")" : label);
        return byId;
    }

    private static String label(Table articles, int row) {
        String id = articles.stringColumn("id").get(row);
        String outlet = articles.stringColumn("outlet").get(row);
        LocalDate published = articles.dateColumn("published").get(row);
        String who = outlet == null || outlet.isEmpty() || outlet.equals("unknown") ? id : outlet;
        return published == null ? who : who + ", " + DAY.format(published);
    }
}
