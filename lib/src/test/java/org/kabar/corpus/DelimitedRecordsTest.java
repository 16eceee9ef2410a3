package org.kabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DelimitedRecordsTest {

    /** Each record as "line [fields]" or "line ! error". */
    private static List<String> read(String text, char delimiter) {
        return DelimitedRecords.read(text, delimiter).stream()
                .map(r -> r.line() + (r.malformed() ? " ! " + r.error() : " " + r.fields())).toList();
    }

    @Test
    void quotedFieldsHoldDelimitersLineBreaksAndDoubledQuotes() {
        assertEquals(List.of("1 [a, b, c]", "2 [x, say \"hi\", 1,5]", "3 [y, two\nlines, ]", "6 [z, , ]"),
                read("a,b,c\nx,\"say \"\"hi\"\"\",\"1,5\"\ny,\"two\nlines\",\n\nz,,\n", ','));
    }

    @Test
    void tabsSeparateTsvFieldsAndCommasAreText() {
        assertEquals(List.of("1 [id, text]", "2 [a, satu, dua]"), read("id\ttext\na\tsatu, dua\n", '\t'));
    }

    @Test
    void aBadRecordIsReportedAndReadingGoesOnAtTheNextLine() {
        assertEquals(List.of("1 [a, b]", "2 ! a quote inside an unquoted field", "3 ! text after a closing quote",
                "4 [ok, yes]"), read("a,b\nx,y\"z\n\"p\"q,r\nok,yes\n", ','));
    }

    @Test
    void aQuoteNeverClosedEndsTheFile() {
        assertEquals(List.of("1 [a, b]", "2 ! a quote opened here is never closed; the rest of the file is not read"),
                read("a,b\nx,\"open\nmore,text\n", ','));
    }
}
