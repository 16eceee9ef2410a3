package org.kabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class DateMentionsTest {

    private static final Table SEED_DATES = DateMentions.of(Corpus.load(Path.of("../seeds")).articles());

    private static Table of(String id) {
        return SEED_DATES.where(SEED_DATES.stringColumn("id").isEqualTo(id));
    }

    @Test
    void kompasTvPointsToTheJanuaryTalksItAnnounces() {
        // 001 reads: "pada 10 Januari tahun depan", "pada Senin (27/12/2021)", "Selasa, (28/12/2021)",
        // "pada 12 Januari", "dijadwalkan pada 13 Januari", "NATO pada 12 Januari".
        Table kompas = of("001_033e7a7d67a195c4");
        assertEquals(List.of(LocalDate.of(2022, 1, 10), LocalDate.of(2021, 12, 27), LocalDate.of(2021, 12, 28),
                LocalDate.of(2022, 1, 12), LocalDate.of(2022, 1, 13), LocalDate.of(2022, 1, 12)),
                kompas.dateColumn("date").asList());
        assertEquals("forward", kompas.stringColumn("basis").get(0));
        assertEquals(LocalDate.of(2021, 12, 28), kompas.dateColumn("published").get(0));
    }

    @Test
    void sindonewsDatelineComesFirst() {
        Table sindo = of("003_8f6edb80083b182d");
        assertEquals(LocalDate.of(2022, 1, 21), sindo.dateColumn("date").get(0));
        assertEquals("dateline", sindo.stringColumn("basis").get(0));
    }

    @Test
    void timelinePutsPublicationDatesBeforeMentionedOnes() {
        Table articles = Corpus.load(Path.of("../seeds")).articles();
        Table timeline = DateMentions.timeline(articles);
        assertEquals("published", articles.column(5).name()); // the caller's table keeps its columns
        assertEquals(List.of("id", "outlet", "date", "kind"), timeline.columnNames());
        assertEquals(5 + SEED_DATES.rowCount(), timeline.rowCount());
        assertEquals("published", timeline.stringColumn("kind").get(4));
        assertEquals(LocalDate.of(2022, 1, 12), timeline.dateColumn("date").get(4)); // 004, Medcom.id
        assertEquals("mentioned", timeline.stringColumn("kind").get(5));
    }

    @Test
    void articlesWithoutRawTextAreRefused() {
        Table bare = Table.create("articles");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateMentions.of(bare));
        assertEquals("articles table 'articles' has no column 'id'; load it with Corpus.load(folder)", e.getMessage());
    }
}
