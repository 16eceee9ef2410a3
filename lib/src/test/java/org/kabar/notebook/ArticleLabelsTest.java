package org.kabar.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ArticleLabelsTest {

    private static final Table ARTICLES = Table.create("articles",
            StringColumn.create("id", "a", "b", "c", "d"),
            StringColumn.create("outlet", "VOA Indonesia", "unknown", "MINA", "MINA"),
            DateColumn.create("published", new LocalDate[] {
                LocalDate.of(2021, 12, 21), LocalDate.of(2022, 1, 12), LocalDate.of(2021, 12, 22), LocalDate.of(2021, 12, 22)}));

    @Test
    void labelsNameOutletAndDateAfterTheIdColumn() {
        Table counts = Table.create("counts", StringColumn.create("id", "b", "a", "c", "d"), IntColumn.create("n", 1, 2, 3, 4));
        Table labelled = ArticleLabels.add(counts, ARTICLES);
        assertEquals(List.of("id", "article", "n"), labelled.columnNames());
        assertEquals(List.of("b, 12 Jan 2022", "VOA Indonesia, 21 Dec 2021",
                "MINA, 22 Dec 2021 (c)", "MINA, 22 Dec 2021 (d)"), labelled.stringColumn("article").asList());
        assertEquals(List.of("id", "n"), counts.columnNames());
    }
}
