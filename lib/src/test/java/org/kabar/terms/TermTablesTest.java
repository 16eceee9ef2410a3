package org.kabar.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
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
    void stemGroupsListMergedWordsMostWordsFirst() {
        Table tokens = Table.create("tokens",
                StringColumn.create("norm", "berunding", "perundingan", "negara", "negara-negara", "negara", "dan", ","),
                StringColumn.create("stem", "unding", "unding", "negara", "negara", "negara", "dan", ","),
                BooleanColumn.create("word", new boolean[] {true, true, true, true, true, true, false}),
                BooleanColumn.create("stopword", new boolean[] {false, false, false, false, false, true, false}));
        Table groups = TermTables.stemGroups(tokens);
        assertEquals(List.of("negara", "unding"), groups.stringColumn("stem").asList());
        assertEquals(List.of("negara, negara-negara", "berunding, perundingan"), groups.stringColumn("words").asList());
        assertEquals(List.of(3, 2), groups.intColumn("count").asList());
    }
}
