package org.kabar.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Which column of a CSV, TSV or JSON file holds which field of an article. The names exports
 * commonly use are recognised (Media Cloud, GDELT, news-please, newsroom archives); a name given
 * for a field ({@link #with(String, String)}) wins over them. Names are compared without case, and
 * spaces, hyphens and underscores are the same.
 */
final class ColumnNames {

    /** The fields an article can take from a column, in the order the load report names them. */
    static final List<String> FIELDS = List.of("id", "text", "headline", "published", "url", "outlet", "language");

    /** Recognised names per field, most specific first: the first present in a file is used. */
    private static final Map<String, List<String>> RECOGNISED = Map.of(
            "id", List.of("id", "doc_id", "article_id", "stories_id", "story_id", "guid"),
            "text", List.of("text", "body", "content", "full_text", "fulltext", "article_text", "maintext",
                    "article", "story", "isi", "isi_berita", "konten"),
            "headline", List.of("headline", "title", "judul"),
            "published", List.of("published", "publish_date", "published_date", "published_at", "pubdate",
                    "publication_date", "date_published", "datepublished", "date_publish", "publish_time",
                    "date", "datetime", "tanggal", "seendate"),
            "url", List.of("url", "link", "permalink", "canonical_url", "article_url", "url_canonical", "uri"),
            "outlet", List.of("outlet", "media_name", "media", "source_name", "source", "site_name", "site",
                    "publisher", "source_domain", "domain"),
            "language", List.of("language", "lang", "bahasa"));

    private static final ColumnNames STANDARD = new ColumnNames(Map.of());

    private final Map<String, String> explicit;

    private ColumnNames(Map<String, String> explicit) {
        this.explicit = Map.copyOf(explicit);
    }

    static ColumnNames standard() {
        return STANDARD;
    }

    /** These names with {@code column} as the one for {@code field}. */
    ColumnNames with(String field, String column) {
        Objects.requireNonNull(column);
        if (!FIELDS.contains(field)) {
            throw new IllegalArgumentException("no field \"" + field + "\"; the fields are " + String.join(", ", FIELDS));
        }
        if (column.isBlank()) throw new IllegalArgumentException("the column for " + field + " has no name");
        Map<String, String> names = new LinkedHashMap<>(explicit);
        names.put(field, column);
        return new ColumnNames(names);
    }

    /** What a file's header means: the column for each field found, and what is missing. */
    record Mapping(Map<String, String> columnByField, List<String> explicitMissing) {

        String column(String field) {
            return columnByField.get(field);
        }

        /** "text ← body, headline ← title" for the load report. */
        String describe() {
            List<String> parts = new ArrayList<>();
            for (String field : FIELDS) {
                String column = columnByField.get(field);
                if (column != null) parts.add(field + " ← " + column);
            }
            return String.join(", ", parts);
        }
    }

    /** The mapping for a file with these column names. */
    Mapping map(List<String> header) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String column : header) byKey.putIfAbsent(key(column), column);
        Map<String, String> columnByField = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String field : FIELDS) {
            String wanted = explicit.get(field);
            if (wanted != null) {
                String column = byKey.get(key(wanted));
                if (column != null) columnByField.put(field, column);
                else missing.add(field + " \"" + wanted + "\"");
                continue;
            }
            for (String name : RECOGNISED.get(field)) {
                String column = byKey.get(key(name));
                if (column != null && !columnByField.containsValue(column) && !explicit.containsValue(column)) {
                    columnByField.put(field, column);
                    break;
                }
            }
        }
        return new Mapping(columnByField, missing);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}
