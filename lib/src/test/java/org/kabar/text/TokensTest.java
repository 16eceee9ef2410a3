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
                Tokens.of(articles()).table().columnNames());
    }

    @Test
    void positionsRunOverTheWholeArticleAndSentencesCountFromOne() {
        Table tokens = Tokens.of(articles()).table();
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
        Table tokens = Tokens.of(articles()).table();
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
    void theTableHoldsEveryTokenWithItsSpanNormStemAndFlags() {
        // Counted by hand: "Rusia" 0-5, "menolak" 6-13, "sanksi" 14-20, "." 20-21. Snowball's Indonesian
        // rules drop the prefix "men" and restore no initial t: menolak is "olak"; "." is no word;
        // none of the three words is an Indonesian stopword.
        Table tokens = Tokens.of(Table.create("articles", StringColumn.create("id", "a"),
                StringColumn.create("period", "2022-01"), StringColumn.create("text", "Rusia menolak sanksi."))).table();
        assertEquals(List.of("a", "a", "a", "a"), tokens.stringColumn("id").asList());
        assertEquals(List.of("2022-01", "2022-01", "2022-01", "2022-01"), tokens.stringColumn("period").asList());
        assertEquals(List.of(1, 1, 1, 1), tokens.intColumn("sentence").asList());
        assertEquals(List.of(0, 1, 2, 3), tokens.intColumn("position").asList());
        assertEquals(List.of(0, 6, 14, 20), tokens.intColumn("start").asList());
        assertEquals(List.of(5, 13, 20, 21), tokens.intColumn("end").asList());
        assertEquals(List.of("Rusia", "menolak", "sanksi", "."), tokens.stringColumn("token").asList());
        assertEquals(List.of("rusia", "menolak", "sanksi", "."), tokens.stringColumn("norm").asList());
        assertEquals(List.of("rusia", "olak", "sanksi", "."), tokens.stringColumn("stem").asList());
        assertEquals(List.of(true, true, true, false), tokens.booleanColumn("word").asList());
        assertEquals(List.of(false, false, false, false), tokens.booleanColumn("stopword").asList());
    }

    @Test
    void theRowAccessorsReadWhatTheTableHolds() {
        // Row 1 of the same article: "menolak", characters 6-13.
        Tokens tokens = Tokens.of(Table.create("articles", StringColumn.create("id", "a"),
                StringColumn.create("period", "2022-01"), StringColumn.create("text", "Rusia menolak sanksi.")));
        assertEquals(List.of("a", "2022-01", 1, 1, 6, 13, "menolak", "menolak", "olak", true, false),
                List.of(tokens.id(1), tokens.period(1), tokens.sentence(1), tokens.position(1), tokens.start(1),
                        tokens.end(1), tokens.token(1), tokens.norm(1), tokens.stem(1), tokens.isWord(1),
                        tokens.isStopword(1)));
        assertEquals(List.of("Rusia", "."), List.of(tokens.token(0), tokens.token(3)));
        assertFalse(tokens.isWord(3));
    }

    @Test
    void theDefaultsAreRecordedAndNameTheTable() {
        Tokens tokens = Tokens.of(articles());
        assertEquals(TextPipeline.standard(), tokens.pipeline());
        assertTrue(tokens.stopwords().isEmpty(), "each article's language's list");
        assertEquals(List.of(LanguageProfile.indonesian()), tokens.languages());
        assertEquals("tokens (Indonesian stopwords and Snowball stems)", tokens.caption());
        assertEquals(tokens.caption(), tokens.table().name());
        assertEquals(15, tokens.rowCount());
    }

    @Test
    void aGivenListIsRecordedAndFlagsTheStopwords() {
        Stopwords mine = Stopwords.none().with("sanksi", "kata");
        Tokens tokens = Tokens.of(articles(), TextPipeline.standard(), mine);
        assertEquals(mine, tokens.stopwords().orElseThrow());
        assertEquals("tokens (a given list of 2 stopwords; Snowball stems of Indonesian)", tokens.caption());
        Table table = tokens.table();
        assertEquals(List.of("kata", "sanksi"), table.where(table.booleanColumn("stopword").isTrue())
                .stringColumn("norm").asList().stream().sorted().toList());
    }

    @Test
    void articlesInTwoLanguagesAreReadEachInItsOwn() {
        Table articles = articles().addColumns(StringColumn.create("language", "id", "en"));
        Tokens tokens = Tokens.of(articles);
        assertEquals(List.of(LanguageProfile.english(), LanguageProfile.indonesian()), tokens.languages());
        assertEquals("tokens (each article's language's stopwords and Snowball stems: English, Indonesian)",
                tokens.caption());
    }

    @Test
    void changingTheTableLeavesTheTokensAsTheyWere() {
        Tokens tokens = Tokens.of(articles());
        Table table = tokens.table();
        table.stringColumn("token").set(0, "Amerika");
        table.dropRows(1, 2);
        assertEquals("Rusia", tokens.table().stringColumn("token").get(0));
        assertEquals(15, tokens.table().rowCount());
        assertEquals(List.of("rusia", "olak", "sanksi"),
                List.of(tokens.keys(Roots.snowball())).subList(0, 3));
    }

    @Test
    void typographicApostropheIsFoldedInNorm() {
        assertEquals("mi'raj", Tokens.normalize("Mi’raj"));
    }
}
