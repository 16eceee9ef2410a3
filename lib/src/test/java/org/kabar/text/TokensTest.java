package org.kabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TokensTest {

    private static Table articles() {
        return Table.create("articles",
                StringColumn.create("id", "a1", "a2"),
                StringColumn.create("period", "2021-12", "2022-01"),
                StringColumn.create("text", "Rusia menolak sanksi. “Kami siap,” kata Lavrov.", "Pembicaraan dimulai."));
    }

    @Test
    void columnsAreTheDocumentedOnes() {
        assertEquals(List.of("id", "period", "sentence", "position", "start", "end", "token", "norm", "stem", "word", "stopword"),
                Tokens.of(articles()).columnNames());
    }

    @Test
    void positionsRunOverTheWholeArticleAndSentencesCountFromOne() {
        Table tokens = Tokens.of(articles());
        // a1: Rusia menolak sanksi . | “ Kami siap , ” kata Lavrov . -> 12 tokens; a2: 3 tokens.
        assertEquals(15, tokens.rowCount());
        Table lavrov = tokens.where(tokens.stringColumn("token").isEqualTo("Lavrov"));
        assertEquals(2, lavrov.intColumn("sentence").get(0));
        assertEquals(10, lavrov.intColumn("position").get(0));
        Table second = tokens.where(tokens.stringColumn("id").isEqualTo("a2"));
        assertEquals(0, second.intColumn("position").get(0));
        assertEquals(1, second.intColumn("sentence").get(0));
    }

    @Test
    void normStemAndFlagsDescribeEachToken() {
        Table tokens = Tokens.of(articles());
        Table talks = tokens.where(tokens.stringColumn("token").isEqualTo("Pembicaraan"));
        assertEquals("pembicaraan", talks.stringColumn("norm").get(0));
        assertEquals("bicara", talks.stringColumn("stem").get(0));
        Table quote = tokens.where(tokens.stringColumn("token").isEqualTo("“"));
        assertFalse(quote.booleanColumn("word").get(0));
        assertEquals("“", quote.stringColumn("stem").get(0));
        Table kata = tokens.where(tokens.stringColumn("token").isEqualTo("kata"));
        assertTrue(kata.booleanColumn("stopword").get(0));
        assertFalse(tokens.where(tokens.stringColumn("token").isEqualTo("sanksi")).booleanColumn("stopword").get(0));
    }

    @Test
    void callersTableIsLeftUntouched() {
        Table articles = articles();
        Tokens.of(articles);
        assertEquals(List.of("id", "period", "text"), articles.columnNames());
        assertEquals(2, articles.rowCount());
    }

    @Test
    void typographicApostropheIsFoldedInNorm() {
        assertEquals("mi'raj", Tokens.normalize("Mi’raj"));
    }
}
