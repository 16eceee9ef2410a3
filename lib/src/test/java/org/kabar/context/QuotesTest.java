package org.kabar.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabar.actors.Actor;
import org.kabar.actors.ActorDictionary;
import org.kabar.actors.Actors;
import org.kabar.actors.Mentions;
import org.kabar.actors.People;
import org.kabar.text.InputException;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class QuotesTest {

    private static Table article(String text) {
        return Table.create("articles", StringColumn.create("id", "a"), StringColumn.create("period", "2022-01"),
                StringColumn.create("text", text));
    }

    /** A dictionary of the actors of a test: triples of a form as written, the actor and its type. */
    private static ActorDictionary cast(String... surfaceActorType) {
        ActorDictionary dictionary = ActorDictionary.empty();
        for (int i = 0; i < surfaceActorType.length; i += 3) {
            if (dictionary.actor(surfaceActorType[i + 1]).isEmpty()) {
                dictionary = dictionary.with(surfaceActorType[i + 1], Actor.Type.valueOf(surfaceActorType[i + 2].toUpperCase(java.util.Locale.ROOT)),
                        "an actor of a test", surfaceActorType[i]);
            }
        }
        return dictionary;
    }

    /** The mentions of the cast in {@code text}, as Actors.find finds them. */
    private static Mentions mentions(String text, ActorDictionary cast) {
        return Actors.of(cast).find(article(text));
    }

    /** Each row as "kind|verb|speaker|resolved_by". */
    private static List<String> attributions(Table quotes) {
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < quotes.rowCount(); row++) {
            rows.add(String.join("|", quotes.getString(row, "kind"), quotes.getString(row, "verb"),
                    quotes.getString(row, "speaker"), quotes.getString(row, "resolved_by")));
        }
        return rows;
    }

    /** The quotes of {@code text}, with the mentions of the cast found in it. */
    private static Table find(String text, ActorDictionary cast) {
        return Quotes.standard().find(article(text), mentions(text, cast));
    }

    @Test
    void directQuoteGoesToTheNameAfterTheVerb() {
        Table quotes = find("“Kami siap berunding dengan Rusia,” kata Blinken kepada Lavrov.",
                cast("Blinken", "Antony Blinken", "person", "Lavrov", "Sergey Lavrov", "person"));
        assertEquals(List.of("direct|kata|Antony Blinken|name"), attributions(quotes));
        assertEquals("Kami siap berunding dengan Rusia,", quotes.getString(0, "quote"));
        assertEquals(1, quotes.intColumn("sentence").getInt(0));
    }

    @Test
    void pronounVerbNamesTheLastSpeakerNotTheLastPersonMentioned() {
        Table quotes = find("“Kami siap berunding dengan Rusia,” kata Biden. Ia menyebut Putin keras kepala.\n"
                + "“Dia akan bergerak ke Ukraina,” ujarnya.",
                cast("Biden", "Joe Biden", "person", "Putin", "Vladimir Putin", "person"));
        assertEquals(List.of("direct|kata|Joe Biden|name", "direct|ujarnya|Joe Biden|pronoun"),
                attributions(quotes));
    }

    @Test
    void mismatchedQuotationMarksStillPairAndReportedSpeechIsKept() {
        Table quotes = find("Lavrov mengatakan dia tidak berharap banyak.\n"
                + "\"Apa yang kami harapkan adalah jawaban konkret,” tegasnya.",
                cast("Lavrov", "Sergey Lavrov", "person"));
        assertEquals(List.of("reported|mengatakan|Sergey Lavrov|name", "direct|tegasnya|Sergey Lavrov|pronoun"),
                attributions(quotes));
        assertEquals("dia tidak berharap banyak", quotes.getString(0, "quote"));
        assertEquals("Apa yang kami harapkan adalah jawaban konkret,", quotes.getString(1, "quote"));
        assertEquals(2, quotes.intColumn("sentence").getInt(1));
    }

    @Test
    void aBadLineInAUsersVerbListNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path verbs = Files.writeString(dir.resolve("verbs.tsv"), "# verbs\nkata\tafter\nujar\n", StandardCharsets.UTF_8);
        Path words = Files.writeString(dir.resolve("words.tsv"), "ia\tpronoun\nnya\tsubject\n", StandardCharsets.UTF_8);
        InputException missingTab = assertThrows(InputException.class, () -> Quotes.load(verbs, words));
        assertEquals(verbs + ":3: expected a word and a SpeakerSide separated by a tab", missingTab.getMessage());
        Files.writeString(verbs, "kata\tafter\n", StandardCharsets.UTF_8);
        InputException unknownRole = assertThrows(InputException.class, () -> Quotes.load(verbs, words));
        assertEquals(words + ":2: unknown Role 'subject'", unknownRole.getMessage());
    }

    @Test
    void aHeadlineMentionIsNotASpeakerInTheText() {
        // Counted by hand: "Lavrov" is characters 42-48 of the headline; 42-48 of the text lie inside
        // "juru bicara" (41-52), the phrase after "kata", where it would name the speaker if read there.
        String headline = "Rusia dan AS bertemu lagi di Jenewa, kata Lavrov";
        String text = "“Kami siap berunding dengan Rusia,” kata juru bicara.";
        assertEquals("Lavrov", headline.substring(42, 48));
        assertEquals("juru bicara", text.substring(41, 52));
        Table article = article(text).addColumns(StringColumn.create("headline", headline));
        Mentions mentions = People.of(cast("Lavrov", "Sergey Lavrov", "person")).find(article);
        Table lavrov = mentions.table().where(mentions.table().stringColumn("actor").isEqualTo("Sergey Lavrov"));
        assertEquals(List.of("headline"), lavrov.stringColumn("part").asList());
        assertEquals(List.of(42), lavrov.intColumn("start").asList());
        assertEquals(List.of("direct|kata|unknown|none"), attributions(Quotes.standard().find(article, mentions)));
    }

    @Test
    void wordsJoinedByAHyphenCountAsOneBetweenAQuoteAndItsVerb() {
        // Three words after the quote at most may lead to its verb: "Lieutenant-General" is one of them.
        Table quotes = find("“Kami siap berunding dengan Rusia,” Lieutenant-General Doni said.",
                cast("Doni", "Doni", "person"));
        assertEquals(List.of("direct|said|Doni|name"), attributions(quotes));
    }

    @Test
    void unnamedSpeakerIsUnknown() {
        Table quotes = find("“Kami siap berunding dengan Rusia,” kata seorang pejabat.", cast());
        assertEquals(List.of("direct|kata|unknown|none"), attributions(quotes));
    }

    @Test
    void shortQuotedPhrasesAreScareQuotesUnlessTheMinimumIsLowered() {
        String text = "Rusia menuntut “jaminan keamanan” dari NATO.";
        assertEquals(0, find(text, cast()).rowCount());
        Table quotes = Quotes.standard().minimumWords(2).find(article(text), mentions(text, cast()));
        assertEquals(List.of("direct||unknown|none"), attributions(quotes));
    }

    @Test
    void anOptionGivesANewFinderAndLeavesTheOriginalAsItWas() {
        String text = "Rusia menuntut “jaminan keamanan” dari NATO.";
        Quotes standard = Quotes.standard();
        Quotes lowered = standard.minimumWords(2);
        assertEquals(1, lowered.find(article(text), mentions(text, cast())).rowCount());
        assertEquals(0, standard.find(article(text), mentions(text, cast())).rowCount());
    }

    @Test
    void bareRootAfterAModifierIsNoAttributionButAPrefixedVerbIs() {
        Table quotes = find("Lebih lanjut, Lavrov mengatakan Rusia menolak dengan tegas usulan itu. "
                + "Ia menutup pidato dengan mengatakan Rusia siap berunding.",
                cast("Lavrov", "Sergey Lavrov", "person"));
        assertEquals(List.of("reported|mengatakan|Sergey Lavrov|name", "reported|mengatakan|Sergey Lavrov|pronoun"),
                attributions(quotes));
    }

    @Test
    void personInAppositionWinsOverTheInstitution() {
        Table quotes = find("“Terlalu dini untuk menilai,” kata juru bicara Gedung Putih, Jen Psaki, dilansir dari AFP.",
                cast("Gedung Putih", "Gedung Putih", "organisation", "Jen Psaki", "Jen Psaki", "person"));
        assertEquals(List.of("direct|kata|Jen Psaki|name"), attributions(quotes));
    }

    @Test
    void demonstrativePhrasePointsBackToTheSpeakerWithTheSameHeadNoun() {
        Table quotes = find("Pejabat AS dan Rusia akan bertemu, kata juru bicara pemerintah AS. "
                + "Pertemuan lain digelar di Jenewa, tambah juru bicara itu.",
                cast("AS", "Amerika Serikat", "country", "AS", "Amerika Serikat", "country"));
        assertEquals(List.of("reported|kata|Amerika Serikat|name", "reported|tambah|Amerika Serikat|anaphor"),
                attributions(quotes));
        assertEquals("Pertemuan lain digelar di Jenewa", quotes.getString(1, "quote"));
    }

    @Test
    void quoteWithoutVerbContinuesThePrecedingSentencesSpeaker() {
        Table quotes = find("“Kami akan membawa keprihatinan kami ke meja,” kata Psaki.\n"
                + "“Itulah yang dimaksud dengan diplomasi.”\n"
                + "Cuaca cerah. Jalanan ramai.\n“Tidak ada yang tahu siapa bicara.”",
                cast("Psaki", "Jen Psaki", "person"));
        assertEquals(List.of("direct|kata|Jen Psaki|name", "direct||Jen Psaki|continuation", "direct||unknown|none"),
                attributions(quotes));
    }

    @Test
    void perPeriodCountsDirectAndReportedQuotesPerSpeaker() {
        Table quotes = Table.create("quotes", StringColumn.create("period", "2021-12", "2021-12", "2021-12", "2022-01"),
                StringColumn.create("speaker", "Lavrov", "Blinken", "Lavrov", "Blinken"),
                StringColumn.create("kind", "direct", "direct", "reported", "direct"));
        Table counts = Quotes.perPeriod(quotes);
        assertEquals(List.of("2021-12", "2021-12", "2022-01"), counts.stringColumn("period").asList());
        assertEquals(List.of("Lavrov", "Blinken", "Blinken"), counts.stringColumn("speaker").asList());
        assertEquals(List.of(1, 1, 1), counts.intColumn("direct").asList());
        assertEquals(List.of(1, 0, 0), counts.intColumn("reported").asList());
        assertEquals(List.of(2, 1, 1), counts.intColumn("quotes").asList());
    }

    /**
     * Every quote and reported statement of the seeds (cleaned text, standard dictionary), with the
     * speaker determined by reading the articles. The unnamed "diplomat senior Departemen Luar
     * Negeri AS" speaks for the State Department, which the dictionary names; the spokesperson of
     * "pemerintahan Biden" (the Biden administration) for the US; the unnamed spokesperson of the
     * "Dewan Keamanan Nasional Gedung Putih" for the White House.
     */
    @Test
    void everyQuoteInTheSeedsGoesToTheSpeakerAReaderSees() {
        Table articles = SeedArticles.articles();
        Table quotes = Quotes.standard().find(articles, SeedArticles.mentions());
        String blinken = SeedArticles.BLINKEN;
        String lavrov = SeedArticles.LAVROV;
        String donfried = SeedArticles.DONFRIED;
        String us = SeedArticles.US;
        String stateDepartment = "US State Department";
        List<String> expected = List.of(
                // 000 (VOA): the unnamed senior diplomat, Blinken, the diplomat again, Donfried
                "000|reported|kata|" + stateDepartment,
                "000|direct|kata|" + blinken,
                "000|direct|ditambahkan|" + blinken,
                "000|direct|memperingatkan|" + stateDepartment,
                "000|reported|mengatakan|" + donfried,
                "000|direct|memperingatkan|" + donfried,
                "000|direct|kata|" + donfried,
                "000|reported|mengungkapkan|" + us,
                // 001 (Kompas TV): Biden administration's spokesperson, then the NSC spokesperson
                "001|reported|kata|" + us,
                "001|reported|tambah|" + us,
                "001|direct|kata|" + SeedArticles.WHITE_HOUSE,
                "001|reported|mengatakan|" + SeedArticles.WHITE_HOUSE,
                "001|direct||" + SeedArticles.WHITE_HOUSE,
                // 002 (MINA): Lavrov, then Donfried
                "002|reported|mengatakan|" + lavrov,
                "002|direct|kata|" + lavrov,
                "002|direct|katanya|" + lavrov,
                "002|reported|mengatakan|" + lavrov,
                "002|direct|tambahnya|" + lavrov,
                "002|reported|mengatakan|" + donfried,
                "002|direct||" + donfried,
                "002|direct|ujarnya|" + donfried,
                // 003 (SINDOnews): Blinken, Lavrov, the US and allies, Biden, Blinken, the US and partners
                "003|direct|kata|" + blinken,
                "003|direct|menambahkan|" + blinken,
                "003|reported|mengatakan|" + lavrov,
                "003|direct|tegasnya|" + lavrov,
                "003|reported|memperingatkan|" + us,
                "003|direct|kata|" + SeedArticles.BIDEN,
                "003|direct|ujarnya|" + SeedArticles.BIDEN,
                "003|reported|mengatakan|" + SeedArticles.BIDEN,
                "003|reported|menekankan|" + blinken,
                "003|direct|katanya|" + blinken,
                "003|reported|mengatakan|" + us,
                // 004 (Medcom): Psaki, Zelensky, the French presidency, Nykyforov, Kuleba, Sherman
                "004|direct|kata|" + SeedArticles.PSAKI,
                "004|direct|lanjutnya|" + SeedArticles.PSAKI,
                "004|reported|menegaskan|Volodymyr Zelensky",
                "004|reported|mengatakan|France",
                "004|direct|kata|" + SeedArticles.NYKYFOROV,
                "004|direct|lanjut|" + SeedArticles.NYKYFOROV,
                "004|reported|mengatakan|Dmytro Kuleba",
                "004|reported|menegaskan|Wendy Sherman");
        List<String> actual = new ArrayList<>();
        for (int row = 0; row < quotes.rowCount(); row++) {
            actual.add(String.join("|", quotes.getString(row, "id").substring(0, 3), quotes.getString(row, "kind"),
                    quotes.getString(row, "verb"), quotes.getString(row, "speaker")));
        }
        assertEquals(expected, actual);
        assertEquals(22, quotes.where(quotes.stringColumn("kind").isEqualTo("direct")).rowCount());
    }

    @Test
    void seedQuoteSpanningTwoSentencesIsOneQuote() {
        Table quotes = Quotes.standard().find(SeedArticles.articles(), SeedArticles.mentions());
        Table blinken = quotes.where(quotes.stringColumn("quote").startsWith("Kami tidak berharap"));
        assertEquals(1, blinken.rowCount());
        assertEquals("Kami tidak berharap untuk menyelesaikan perbedaan kami di sini hari ini. Tapi saya berharap "
                + "dan berharap kita bisa menguji apakah jalur diplomasi atau dialog tetap terbuka,",
                blinken.getString(0, "quote"));
    }
}
