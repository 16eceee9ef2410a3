package org.kabar.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabar.text.Tokens;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class DispersionTest {

    @Test
    void positionsCountWordsOnlyAndScaleToTheArticle() {
        // a: five words "Sanksi untuk Rusia , sanksi lagi ." -> sanksi at word 0 and word 3 of 0..4.
        Tokens tokens = Tokens.of(Table.create("articles", StringColumn.create("id", "a", "b"),
                StringColumn.create("period", "2021-12", "2022-01"),
                StringColumn.create("text", "Sanksi untuk Rusia, sanksi lagi.", "Dialog saja.")));
        Table occurrences = Dispersion.of(tokens, List.of("Sanksi", "invasi"));
        assertEquals(List.of("a", "a"), occurrences.stringColumn("id").asList());
        assertEquals(List.of(0, 3), occurrences.intColumn("word_index").asList());
        assertEquals(List.of(0.0, 0.75), occurrences.doubleColumn("relative_position").asList());
        assertEquals(List.of("sanksi", "sanksi"), occurrences.stringColumn("term").asList());
    }
}
