package org.kabar.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabar.text.Roots;
import org.kabar.text.Tokens;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TermTablesTest {

    @Test
    void topKeepsAllPeriodsOfTheMostFrequentTerms() {
        Table perPeriod = Table.create("terms per period",
                StringColumn.create("period", "2022-01", "2021-12", "2021-12", "2022-01", "2021-12"),
                StringColumn.create("term", "rusia", "rusia", "nato", "sanksi", "sanksi"),
                IntColumn.create("count", new int[] {5, 4, 6, 2, 2}));
        Table top = TermTables.top(perPeriod, 2);
        // totals: rusia 9, nato 6, sanksi 4 -> rusia (both periods in time order), then nato.
        assertEquals(List.of("rusia", "rusia", "nato"), top.stringColumn("term").asList());
        assertEquals(List.of("2021-12", "2022-01", "2021-12"), top.stringColumn("period").asList());
        assertEquals(5, perPeriod.rowCount());
    }

    @Test
    void stemGroupsListTheWordsASnowballStemMerges() {
        // Read: the stem column is Snowball's, which stems perunding and perundingan (3 tokens) to
        // "unding"; the other four words keep a stem of their own.
        Table groups = TermTables.stemGroups(TOKENS);
        assertEquals(List.of("unding"), groups.stringColumn("stem").asList());
        assertEquals(List.of("perunding, perundingan"), groups.stringColumn("words").asList());
        assertEquals(List.of(3), groups.intColumn("count").asList());
    }

    /** Seven words in two sentences, none a stopword. */
    private static final Tokens TOKENS = Tokens.of(Table.create("a", StringColumn.create("id", "x"),
            StringColumn.create("period", "2022-01"),
            StringColumn.create("text", "Perunding menyampaikan sikap. Perundingan berlanjut, perundingan berakhir.")));

    @Test
    void rootGroupsUseTheChosenReducer() {
        // Read: perunding, perundingan share the root runding (3 tokens); Snowball's stem is "unding".
        Table sastrawi = TermTables.rootGroups(TOKENS, Roots.sastrawi());
        assertEquals(List.of("root", "words", "count"), sastrawi.columnNames());
        assertEquals(List.of("runding"), sastrawi.stringColumn("root").asList());
        assertEquals(List.of("perunding, perundingan"), sastrawi.stringColumn("words").asList());
        assertEquals(List.of(3), sastrawi.intColumn("count").asList());
        assertEquals(List.of("unding"), TermTables.rootGroups(TOKENS, Roots.snowball()).stringColumn("root").asList());
    }

    @Test
    void rootsOfShowsEachReducerInAColumn() {
        Table roots = TermTables.rootsOf(List.of("mengatakan", "diplomatik"), Roots.snowball(), Roots.sastrawi());
        assertEquals(List.of("word", "snowball", "sastrawi"), roots.columnNames());
        assertEquals(List.of("ata", "plomatik"), roots.stringColumn("snowball").asList());
        assertEquals(List.of("kata", "diplomatik"), roots.stringColumn("sastrawi").asList());
    }

    @Test
    void topByRootsCountsTheWholeTableWithEachReducer() {
        // Words as written: perundingan 2, then one each (alphabetical); Sastrawi: runding 3.
        Table top = TermTables.topByRoots(TOKENS, 2, Roots.none(), Roots.sastrawi());
        assertEquals(List.of("rank", "none", "none_count", "sastrawi", "sastrawi_count"), top.columnNames());
        assertEquals(List.of("perundingan", "berakhir"), top.stringColumn("none").asList());
        assertEquals(List.of(2, 1), top.intColumn("none_count").asList());
        assertEquals(List.of("runding", "akhir"), top.stringColumn("sastrawi").asList());
        assertEquals(List.of(3, 1), top.intColumn("sastrawi_count").asList());
    }
}
