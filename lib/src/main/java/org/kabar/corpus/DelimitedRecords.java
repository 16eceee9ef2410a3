package org.kabar.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV or TSV text (RFC 4180: fields in double quotes may hold the delimiter, line breaks
 * and doubled quotes) into records, each with the line it starts on, so that a bad record can be
 * named by its line and the records after it still read.
 *
 * <p>A library parser stops at the first malformed record; a corpus export with one broken row
 * should lose that row only. Two faults are recognised: a quote inside an unquoted field, or text
 * after a closing quote (the record is rejected and reading goes on at the next line), and a quote
 * never closed (the record and the rest of the file are rejected, since nothing after an open
 * quote can be told apart from the quoted text).
 */
final class DelimitedRecords {

    /** A record: the 1-based line it starts on, its fields, or why it is malformed. */
    record Record(int line, List<String> fields, String error) {

        boolean malformed() {
            return error != null;
        }
    }

    private DelimitedRecords() {}

    /** The records of {@code text} (line ends already {@code \n}); blank lines are not records. */
    static List<Record> read(String text, char delimiter) {
        List<Record> records = new ArrayList<>();
        int i = 0;
        int line = 1;
        int length = text.length();
        while (i < length) {
            int recordLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            String error = null;
            boolean quoted = false;
            boolean afterQuote = false;
            boolean fieldStart = true;
            boolean blank = true;
            while (i < length) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < length && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        quoted = false;
                        afterQuote = true;
                        i++;
                        continue;
                    }
                    if (c == '\n') line++;
                    field.append(c);
                    i++;
                    continue;
                }
                if (c == '\n') {
                    i++;
                    line++;
                    break;
                }
                if (c == delimiter) {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStart = true;
                    afterQuote = false;
                    blank = false;
                    i++;
                    continue;
                }
                if (afterQuote) {
                    if (c == ' ' || c == '\t' && delimiter != '\t') {
                        i++;
                        continue;
                    }
                    error = "text after a closing quote";
                } else if (c == '"') {
                    if (fieldStart && field.toString().isBlank()) {
                        field.setLength(0);
                        quoted = true;
                        fieldStart = false;
                        blank = false;
                        i++;
                        continue;
                    }
                    error = "a quote inside an unquoted field";
                }
                if (error != null) {
                    int end = text.indexOf('\n', i);
                    i = end < 0 ? length : end + 1;
                    line++;
                    break;
                }
                if (c != ' ' && c != '\t') blank = false;
                fieldStart = false;
                field.append(c);
                i++;
            }
            if (quoted) {
                records.add(new Record(recordLine, List.of(), "a quote opened here is never closed; the rest of the file is not read"));
                break;
            }
            if (error != null) {
                records.add(new Record(recordLine, List.of(), error));
                continue;
            }
            if (blank && fields.isEmpty()) continue;
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields), null));
        }
        return records;
    }
}
