package org.kabar.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kabar.text.InputException;
import org.kabar.text.LanguageProfile;

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
        return read(LocalInput.file(file, null), List.of("id", "outlet", "published", "headline"));
    }

    private static Map<String, Entry> read(Input input, List<String> required) {
        String file = input.location();
        String csv;
        try {
            // A spreadsheet's UTF-8 export often starts with a byte-order mark; it is not part of "id".
            csv = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(input.read())).toString()
                    .replaceFirst("^\uFEFF", "").replaceAll("\r\n?", "\n");
        } catch (IOException e) {
            throw new InputException(file, "not a readable CSV file (" + e.getMessage() + ")");
        }
        // The project's own CSV reader, not Tablesaw's: it knows the line each record starts on.
        List<DelimitedRecords.Record> records = DelimitedRecords.read(csv, ',');
        if (records.isEmpty()) throw new InputException(file, 1, "no header line (expected " + String.join(",", required) + ")");
        List<String> header = fields(file, records.get(0)).stream().map(String::strip).toList();
        for (String column : required) {
            if (!header.contains(column)) {
                throw new InputException(file, records.get(0).line(),
                        "missing column \"" + column + "\" (expected " + String.join(",", required) + ")");
            }
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (DelimitedRecords.Record record : records.subList(1, records.size())) {
            Cells row = new Cells(file, record.line(), header, fields(file, record));
            String id = row.get("id");
            if (id.isEmpty()) throw row.error("empty id");
            if (entries.containsKey(id)) throw row.error("id \"" + id + "\" appears twice");
            entries.put(id, new Entry(id, row.get("outlet"), row.get("outlet_evidence"), date(row), row.get("date_evidence"),
                    row.get("headline"), language(row)));
        }
        return entries;
    }

    private static List<String> fields(String file, DelimitedRecords.Record record) {
        if (record.malformed()) throw new InputException(file, record.line(), record.error());
        return record.fields();
    }

    /** One data line: its cells by column name, stripped; a column the file lacks reads as empty. */
    private record Cells(String file, int line, List<String> header, List<String> fields) {
        Cells {
            if (fields.size() != header.size()) {
                throw new InputException(file, line,
                        header.size() + " fields expected (as in the header), " + fields.size() + " found");
            }
        }

        String get(String column) {
            int index = header.indexOf(column);
            return index < 0 ? "" : fields.get(index).strip();
        }

        InputException error(String reason) {
            return new InputException(file, line, reason);
        }
    }

    private static String language(Cells row) {
        String text = row.get("language");
        if (text.isEmpty()) return "";
        return LanguageProfile.find(text).map(LanguageProfile::code).orElseThrow(() -> row.error(
                "language \"" + text + "\" is not one Kabar reads (" + LanguageProfile.all() + ")"));
    }

    private static LocalDate date(Cells row) {
        String text = row.get("published");
        if (text.isEmpty()) return null;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw row.error("published \"" + text + "\" is not a yyyy-MM-dd date");
        }
    }
}
