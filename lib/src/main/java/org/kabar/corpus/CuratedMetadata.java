package org.kabar.corpus;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kabar.text.LanguageProfile;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * A {@code metadata.csv} written by a person who read the articles: the truth that overrides
 * inference. Columns: {@code id} (file stem), {@code outlet}, {@code outlet_evidence},
 * {@code published} (yyyy-MM-dd, empty when the text gives no date), {@code date_evidence},
 * {@code headline} (empty when the text has none), and optionally {@code language} (a code of
 * {@code languages.tsv}, "id" or "en"; empty: detected). Every cell is curated, empty ones included.
 */
final class CuratedMetadata {

    static final String FILE_NAME = "metadata.csv";
    static final List<String> COLUMNS =
            List.of("id", "outlet", "outlet_evidence", "published", "date_evidence", "headline");

    /** One curated article. */
    record Entry(String id, String outlet, String outletEvidence, LocalDate published, String dateEvidence,
                 String headline, String language) implements Serializable {}

    private CuratedMetadata() {}

    /** The entries by id, in file order; the file is one of a corpus folder's entries, wherever it is stored. */
    static Map<String, Entry> read(Input file) {
        return read(file, COLUMNS);
    }

    /** Gold metadata of a test corpus: {@code id, outlet, published, headline}, evidence columns optional. */
    static Map<String, Entry> readGold(Path file) {
        return read(new LocalInput(file.getFileName().toString(), file, null), List.of("id", "outlet", "published", "headline"));
    }

    private static Map<String, Entry> read(Input input, List<String> required) {
        Table table;
        String file = input.location();
        try {
            // A spreadsheet's UTF-8 export often starts with a byte-order mark; it is not part of "id".
            String csv = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(input.read())).toString()
                    .replaceFirst("^\uFEFF", "");
            table = Table.read().csv(CsvReadOptions.builder(new StringReader(csv))
                    .columnTypes(column -> ColumnType.STRING)
                    .build());
        } catch (IOException | RuntimeException e) {
            throw new CorpusException(file + ": not a readable CSV file (" + e.getMessage() + ")", e);
        }
        for (String column : required) {
            if (!table.columnNames().contains(column)) {
                throw new CorpusException(file + ": missing column \"" + column + "\" (expected " + String.join(",", required) + ")");
            }
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Row row : table) {
            String where = file + ": row " + (row.getRowNumber() + 1);
            String id = row.getString("id").strip();
            if (id.isEmpty()) throw new CorpusException(where + ": empty id");
            if (entries.containsKey(id)) throw new CorpusException(where + ": id \"" + id + "\" appears twice");
            entries.put(id, new Entry(id, row.getString("outlet").strip(), optional(row, "outlet_evidence"),
                    date(row.getString("published").strip(), where), optional(row, "date_evidence"),
                    row.getString("headline").strip(), language(optional(row, "language"), where)));
        }
        return entries;
    }

    private static String optional(Row row, String column) {
        return row.columnNames().contains(column) ? row.getString(column).strip() : "";
    }

    private static String language(String text, String where) {
        if (text.isEmpty()) return "";
        return LanguageProfile.find(text).map(LanguageProfile::code).orElseThrow(() -> new CorpusException(
                where + ": language \"" + text + "\" is not one Kabar reads (" + LanguageProfile.all() + ")"));
    }

    private static LocalDate date(String text, String where) {
        if (text.isEmpty()) return null;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CorpusException(where + ": published \"" + text + "\" is not a yyyy-MM-dd date");
        }
    }
}
