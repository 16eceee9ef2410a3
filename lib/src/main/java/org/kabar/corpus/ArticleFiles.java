package org.kabar.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads one file of any supported format into articles: a {@code .txt} file is one article, a
 * saved page ({@code .html}, {@code .htm}) one article, a {@code .csv}, {@code .tsv},
 * {@code .jsonl}, {@code .ndjson} or {@code .json} file one article per row or object; each may
 * be gzipped ({@code .gz}). What a file holds besides the text (headline, date, outlet, url,
 * language, other columns) comes with the article, with where it came from.
 */
final class ArticleFiles {

    /** The file name endings read, gzipped or not. */
    static final List<String> EXTENSIONS = List.of(".txt", ".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".html", ".htm");

    /**
     * The ending of a Parquet export: one article per row like a CSV export, read by the Spark
     * module (Spark splits a large file over tasks); the single-machine loader has no Parquet reader.
     */
    static final String PARQUET = ".parquet";

    private static final String GZ = ".gz";
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build());

    /** A value taken from a file, and where in it ("column \"title\"", "og:title"). */
    record Given(String value, String from) {}

    /**
     * One article as read: its id, the line it starts on (0 for a whole file), its text, the
     * fields given with it by name ({@code headline}, {@code published}, {@code url},
     * {@code outlet}, {@code language}), other columns kept, and notes and warnings of the reading.
     */
    record Document(String id, int line, String text, Map<String, Given> given, Map<String, String> variables,
                    List<String> notes, List<String> warnings) {}

    /** A row or object that was not read, and why. */
    record Rejected(int line, String reason) {}

    /**
     * What a file gave: a reason it was not read at all, or its articles and rejected rows, with
     * notes about the file as a whole (the columns used).
     */
    record FileRead(String skip, List<String> notes, List<Document> documents, List<Rejected> rejected) {

        static FileRead skipped(String reason) {
            return new FileRead(reason, List.of(), List.of(), List.of());
        }

        /** Whether the file holds many articles (a table), so that it has a report row of its own. */
        boolean isTable() {
            return skip == null && !(documents.size() == 1 && documents.get(0).line() == 0);
        }
    }

    private ArticleFiles() {}

    /** Whether the loader reads files with this name. */
    static boolean isArticleFile(String name) {
        return format(name) != null;
    }

    /** Whether the file is a Parquet export. */
    static boolean isParquet(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(PARQUET) && lower.length() > PARQUET.length();
    }

    /**
     * The name without its format ending (and {@code .gz}): the id of a one-article file, and what
     * the ids of a table's rows without an id column start with.
     */
    static String stem(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (isParquet(name)) return name.substring(0, name.length() - PARQUET.length());
        String format = format(name);
        if (format == null) return name;
        int cut = lower.endsWith(GZ) ? name.length() - GZ.length() : name.length();
        return name.substring(0, cut - format.length());
    }

    private static String format(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(GZ)) lower = lower.substring(0, lower.length() - GZ.length());
        for (String extension : EXTENSIONS) {
            if (lower.endsWith(extension) && lower.length() > extension.length()) return extension;
        }
        return null;
    }

    static boolean isGzip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(GZ);
    }

    /**
     * Reads the file's bytes (gunzipped already) as articles. {@code idBase} is the file's path
     * in the corpus without its ending; rows without an id column are numbered after it.
     */
    static FileRead read(String name, String idBase, byte[] bytes, ColumnNames names, long maxArticleBytes) {
        String format = format(name);
        try {
            return switch (format) {
                case ".txt" -> text(idBase, bytes);
                case ".html", ".htm" -> SavedPage.read(idBase, bytes);
                case ".csv" -> delimited(idBase, bytes, ',', names, maxArticleBytes);
                case ".tsv" -> delimited(idBase, bytes, '\t', names, maxArticleBytes);
                case ".jsonl", ".ndjson" -> jsonLines(idBase, bytes, names, maxArticleBytes);
                case ".json" -> jsonArray(idBase, bytes, names, maxArticleBytes);
                default -> throw new IllegalStateException("no reader for " + format);
            };
        } catch (ArticleDecoder.Unreadable e) {
            return FileRead.skipped(e.getMessage());
        }
    }

    /** The bytes of a gzip file, or why they cannot be had; more than {@code limit} bytes are not read. */
    static byte[] gunzip(byte[] compressed, long limit) throws ArticleDecoder.Unreadable {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                if (out.size() > limit) {
                    throw new ArticleDecoder.Unreadable("larger than the " + limit + "-byte size limit once decompressed");
                }
            }
            return out.toByteArray();
        } catch (java.io.EOFException e) {
            throw new ArticleDecoder.Unreadable("not a readable gzip file (it ends too early)");
        } catch (IOException e) {
            throw new ArticleDecoder.Unreadable("not a readable gzip file (" + e.getMessage() + ")");
        }
    }

    private static FileRead text(String id, byte[] bytes) throws ArticleDecoder.Unreadable {
        ArticleDecoder.Decoded decoded = ArticleDecoder.decode(bytes);
        return new FileRead(null, List.of(), List.of(new Document(id, 0, decoded.text(), Map.of(), Map.of(),
                decoded.notes(), decoded.warnings())), List.of());
    }

    /**
     * What a table's column names give, whatever the format (CSV, TSV, JSON, or a Parquet export
     * read by the Spark module): the column of each field, and for the file's report row the
     * fields used, the columns kept and the warnings (a column asked for that is missing).
     */
    record Header(ColumnNames.Mapping mapping, List<String> fieldNotes, List<String> warnings) {}

    /** The header of a table with these columns, or why the table cannot be read (no text column). */
    static Header header(List<String> columns, ColumnNames names) throws ArticleDecoder.Unreadable {
        ColumnNames.Mapping mapping = names.map(columns);
        if (mapping.column("text") == null) throw new ArticleDecoder.Unreadable(noTextColumn(columns, mapping));
        return new Header(mapping, notes(mapping, columns.stream().filter(c -> !mapping.columnByField().containsValue(c)).toList()),
                warnings(mapping));
    }

    /** One row of a table: an article, or why the row is rejected (exactly one of the two is set). */
    record RowRead(Document document, Rejected rejected) {}

    /**
     * One row of a table of any format, by column name: its article, or why it is rejected (no text,
     * text over the size limit). {@code line} is where the row is in its file (a line, or a row
     * number), {@code number} its place among the file's rows: a row without an id is
     * {@code idBase-number}.
     */
    static RowRead row(Header header, String idBase, int line, int number, Map<String, String> values, long maxArticleBytes) {
        ColumnNames.Mapping mapping = header.mapping();
        String text = values.getOrDefault(mapping.column("text"), "").replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) return new RowRead(null, new Rejected(line, "no text in column \"" + mapping.column("text") + "\""));
        if (text.length() > maxArticleBytes) {
            return new RowRead(null, new Rejected(line, "text longer than the " + maxArticleBytes + "-byte size limit"));
        }
        String id = values.getOrDefault(mapping.column("id"), "").strip();
        if (id.isEmpty()) id = idBase + "-" + number;
        Map<String, Given> given = new LinkedHashMap<>();
        Map<String, String> variables = new LinkedHashMap<>();
        for (Map.Entry<String, String> cell : values.entrySet()) {
            String field = fieldOf(mapping, cell.getKey());
            if (field == null) variables.put(cell.getKey(), cell.getValue().strip());
            else if (!field.equals("id") && !field.equals("text") && !cell.getValue().isBlank()) {
                given.put(field, new Given(cell.getValue().strip(), "column \"" + cell.getKey() + "\""));
            }
        }
        return new RowRead(new Document(id, line, text, given, variables, List.of(), new ArrayList<>()), null);
    }

    private static String fieldOf(ColumnNames.Mapping mapping, String column) {
        for (Map.Entry<String, String> entry : mapping.columnByField().entrySet()) {
            if (entry.getValue().equals(column)) return entry.getKey();
        }
        return null;
    }

    /** Builds the articles of a table-like file, one row at a time. */
    private static final class Rows {
        final String idBase;
        final Header header;
        final long maxArticleBytes;
        final List<Document> documents = new ArrayList<>();
        final List<Rejected> rejected = new ArrayList<>();
        int number;

        Rows(String idBase, Header header, long maxArticleBytes) {
            this.idBase = idBase;
            this.header = header;
            this.maxArticleBytes = maxArticleBytes;
        }

        void add(int line, Map<String, String> values) {
            RowRead read = row(header, idBase, line, ++number, values, maxArticleBytes);
            if (read.document() != null) documents.add(read.document());
            else rejected.add(read.rejected());
        }

        FileRead result(List<String> notes) {
            return new FileRead(null, notes, documents, rejected);
        }
    }

    /** Notes on what the header gave; null mapping text column means the file cannot be read. */
    private static String noTextColumn(List<String> header, ColumnNames.Mapping mapping) {
        String explicit = mapping.explicitMissing().stream().filter(f -> f.startsWith("text ")).findFirst().orElse(null);
        String columns = header.isEmpty() ? "none" : String.join(", ", header);
        return explicit != null ? "no column " + explicit.substring(5) + " for the text (columns: " + columns + ")"
                : "no text column (columns: " + columns + ")";
    }

    private static List<String> notes(ColumnNames.Mapping mapping, List<String> kept) {
        List<String> notes = new ArrayList<>();
        notes.add("fields: " + mapping.describe());
        if (!kept.isEmpty()) notes.add("kept: " + String.join(", ", kept));
        return notes;
    }

    private static List<String> warnings(ColumnNames.Mapping mapping) {
        return mapping.explicitMissing().stream().map(f -> "no column " + f.substring(f.indexOf(' ') + 1)
                + " for the " + f.substring(0, f.indexOf(' '))).toList();
    }

    private static FileRead delimited(String idBase, byte[] bytes, char delimiter, ColumnNames names,
                                      long maxArticleBytes) throws ArticleDecoder.Unreadable {
        ArticleDecoder.Decoded decoded = ArticleDecoder.decode(bytes);
        List<DelimitedRecords.Record> records = DelimitedRecords.read(decoded.text(), delimiter);
        if (records.isEmpty()) throw new ArticleDecoder.Unreadable("only whitespace");
        DelimitedRecords.Record headerRecord = records.get(0);
        if (headerRecord.malformed()) {
            throw new ArticleDecoder.Unreadable("line " + headerRecord.line() + ": header row: " + headerRecord.error());
        }
        List<String> header = headerRecord.fields().stream().map(String::strip).toList();
        Header columns = header(header, names);
        Rows rows = new Rows(idBase, columns, maxArticleBytes);
        for (DelimitedRecords.Record record : records.subList(1, records.size())) {
            if (record.malformed()) {
                rows.rejected.add(new Rejected(record.line(), record.error()));
            } else if (record.fields().size() != header.size()) {
                rows.rejected.add(new Rejected(record.line(), record.fields().size() + " fields where the header has "
                        + header.size()));
            } else {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) values.putIfAbsent(header.get(i), record.fields().get(i));
                rows.add(record.line(), values);
            }
        }
        List<String> notes = new ArrayList<>(decoded.notes());
        notes.addAll(columns.fieldNotes());
        notes.addAll(decoded.warnings());
        notes.addAll(columns.warnings());
        return rows.result(notes);
    }

    private static FileRead jsonLines(String idBase, byte[] bytes, ColumnNames names, long maxArticleBytes)
            throws ArticleDecoder.Unreadable {
        ArticleDecoder.Decoded decoded = ArticleDecoder.decode(bytes);
        String[] lines = decoded.text().split("\n", -1);
        List<Integer> lineNumbers = new ArrayList<>();
        List<JsonNode> objects = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            try {
                JsonNode node = JSON.readTree(lines[i]);
                if (node == null || !node.isObject()) rejected.add(new Rejected(i + 1, "not a JSON object"));
                else {
                    objects.add(node);
                    lineNumbers.add(i + 1);
                }
            } catch (JsonProcessingException e) {
                rejected.add(new Rejected(i + 1, "not valid JSON (" + e.getOriginalMessage() + ")"));
            }
        }
        return objects(idBase, objects, lineNumbers, rejected, decoded.notes(), names, maxArticleBytes);
    }

    private static FileRead jsonArray(String idBase, byte[] bytes, ColumnNames names, long maxArticleBytes)
            throws ArticleDecoder.Unreadable {
        ArticleDecoder.Decoded decoded = ArticleDecoder.decode(bytes);
        List<Integer> lineNumbers = new ArrayList<>();
        List<JsonNode> objects = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(decoded.text())) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                lineNumbers.add(parser.currentTokenLocation().getLineNr());
                objects.add(parser.readValueAsTree());
            } else if (first != JsonToken.START_ARRAY) {
                throw new ArticleDecoder.Unreadable("not a JSON array of articles or one article object");
            } else {
                for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                    if (token == null) throw new ArticleDecoder.Unreadable("the JSON array is never closed");
                    int line = parser.currentTokenLocation().getLineNr();
                    JsonNode node = parser.readValueAsTree();
                    if (node.isObject()) {
                        objects.add(node);
                        lineNumbers.add(line);
                    } else {
                        rejected.add(new Rejected(line, "not a JSON object"));
                    }
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            rejected.add(new Rejected(where == null ? 0 : where.getLineNr(), "not valid JSON (" + e.getOriginalMessage()
                    + "); the rest of the file is not read"));
        } catch (IOException e) {
            throw new ArticleDecoder.Unreadable("cannot read (" + e.getMessage() + ")");
        }
        return objects(idBase, objects, lineNumbers, rejected, decoded.notes(), names, maxArticleBytes);
    }

    private static FileRead objects(String idBase, List<JsonNode> objects, List<Integer> lineNumbers,
                                    List<Rejected> rejected, List<String> decodeNotes, ColumnNames names,
                                    long maxArticleBytes) throws ArticleDecoder.Unreadable {
        List<String> keys = new ArrayList<>();
        for (JsonNode object : objects) {
            for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!keys.contains(key)) keys.add(key);
            }
        }
        if (objects.isEmpty() && !rejected.isEmpty()) {
            return new FileRead(null, decodeNotes, List.of(), rejected);
        }
        if (objects.isEmpty()) throw new ArticleDecoder.Unreadable("no JSON objects");
        Header header = header(keys, names);
        Rows rows = new Rows(idBase, header, maxArticleBytes);
        rows.rejected.addAll(rejected);
        for (int i = 0; i < objects.size(); i++) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String key : keys) values.put(key, scalar(objects.get(i).get(key)));
            rows.add(lineNumbers.get(i), values);
        }
        rows.rejected.sort((a, b) -> Integer.compare(a.line(), b.line()));
        List<String> notes = new ArrayList<>(decodeNotes);
        notes.addAll(header.fieldNotes());
        notes.addAll(header.warnings());
        return rows.result(notes);
    }

    /** A JSON value as a cell: text as is, numbers and booleans printed, a publisher object by its name, null empty. */
    private static String scalar(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) return "";
        if (node.isValueNode()) return node.asText();
        if (node.isObject() && node.hasNonNull("name") && node.get("name").isValueNode()) return node.get("name").asText();
        return node.toString();
    }
}
