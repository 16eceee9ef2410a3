package org.kabar.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kabar.text.SeedArticles;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ActorsTest {

    private static final Path SEEDS = Path.of("..", "seeds");

    /** A four-entry dictionary, as in OpenNLP's own DictionaryNameFinder tests. */
    private static final ActorDictionary FOUR = ActorDictionary.empty()
            .with("Antony Blinken", Actor.Type.PERSON, "US Secretary of State", "Antony Blinken", "Blinken")
            .with("Sergey Lavrov", Actor.Type.PERSON, "Russian Foreign Minister", "Sergey Lavrov", "Lavrov")
            .with(new Actor("United States", Actor.Type.COUNTRY, "", List.of("Amerika Serikat", "AS"), List.of("Washington")))
            .with(new Actor("Russia", Actor.Type.COUNTRY, "", List.of("Rusia"), List.of("Moskow", "Kremlin")));

    private static Table articles(String... texts) {
        StringColumn ids = StringColumn.create("id");
        StringColumn periods = StringColumn.create("period");
        for (int i = 0; i < texts.length; i++) {
            ids.append("a" + (i + 1));
            periods.append(i == 0 ? "2021-12" : "2022-01");
        }
        return Table.create("articles", ids, periods, StringColumn.create("text", texts));
    }

    private static List<String> actorsFound(String text) {
        return Actors.of(FOUR).find(articles(text)).table().stringColumn("actor").asList();
    }

    @Test
    void mentionsTableHasDocumentedColumnsAndTokenPositions() {
        Table mentions = Actors.of(FOUR).find(articles("Rusia menolak. “Kami siap,” kata Lavrov.")).table();
        assertEquals(List.of("id", "period", "actor", "type", "sentence", "position", "start", "end", "surface"),
                mentions.columnNames());
        assertEquals(List.of("Russia", "Sergey Lavrov"), mentions.stringColumn("actor").asList());
        // Rusia menolak . | “ Kami siap , ” kata Lavrov . -> Lavrov is token 9 of the article, in sentence 2.
        assertEquals(List.of(0, 9), mentions.intColumn("position").asList());
        assertEquals(List.of(1, 2), mentions.intColumn("sentence").asList());
        assertEquals("country", mentions.stringColumn("type").get(0));
    }

    @Test
    void mentionsCarryTheirCharacterSpansInTheText() {
        // Counted by hand: "Rusia" 0-5, two spaces, "menolak" 7-14, "." 14-15, line break 15,
        // "“" 16, "Kami" 17-21, "siap" 22-26, "," 26, "”" 27, "kata" 29-33, "Lavrov" 34-40,
        // "kepada" 41-47, "Amerika" 48-55, a no-break space 55, "Serikat" 56-63, "." 63-64.
        String text = "Rusia  menolak.\n“Kami siap,” kata Lavrov kepada Amerika\u00A0Serikat.";
        Table mentions = Actors.of(FOUR).find(articles(text)).table();
        assertEquals(List.of("Russia", "Sergey Lavrov", "United States"), mentions.stringColumn("actor").asList());
        assertEquals(List.of(0, 34, 48), mentions.intColumn("start").asList());
        assertEquals(List.of(5, 40, 63), mentions.intColumn("end").asList());
        // The token position stays beside the span: Rusia menolak . | “ Kami siap , ” kata Lavrov kepada Amerika ...
        assertEquals(List.of(0, 9, 11), mentions.intColumn("position").asList());
        // The surface joins the tokens with one space; the span keeps the text as written.
        assertEquals("Amerika Serikat", mentions.stringColumn("surface").get(2));
        assertEquals("Amerika\u00A0Serikat", text.substring(48, 63));
    }

    @Test
    void longerNameIsPreferred() {
        Table mentions = Actors.of(FOUR).find(articles("Amerika Serikat dan Antony Blinken.")).table();
        assertEquals(List.of("Amerika Serikat", "Antony Blinken"), mentions.stringColumn("surface").asList());
    }

    @Test
    void upperCaseAbbreviationNeverMatchesLowerCaseWord() {
        assertEquals(List.of("United States"), actorsFound("Rakyat AS melihatnya sebagai ancaman, as usual."));
    }

    @Test
    void countryInsidePersonsTitleIsPartOfThePerson() {
        assertEquals(List.of("Antony Blinken"), actorsFound("Menteri Luar Negeri AS Antony Blinken tiba."));
        assertEquals(List.of("Sergey Lavrov"), actorsFound("Menteri Luar Negeri (Menlu) Rusia Sergey Lavrov tiba."));
        assertEquals(List.of("Sergey Lavrov"), actorsFound("Kata juru bicara Rusia, Lavrov."));
        assertEquals(List.of("Sergey Lavrov"), actorsFound("Lavrov, Menteri Luar Negeri Rusia, tiba."));
    }

    @Test
    void countryBeforePersonWithoutTitleCountsOnItsOwn() {
        assertEquals(List.of("United States", "Sergey Lavrov"), actorsFound("Pejabat AS dan Lavrov bertemu."));
        assertEquals(List.of("United States", "Russia"), actorsFound("Menteri Luar Negeri AS bertemu Rusia."));
    }

    @Test
    void abbreviationGlossIsOneMention() {
        assertEquals(List.of("United States"), actorsFound("Amerika Serikat (AS) berpendapat."));
        assertEquals(List.of("United States", "United States"), actorsFound("Amerika Serikat dan AS."));
    }

    @Test
    void hyphenatedPairOfNamesGivesTwoMentions() {
        assertEquals(List.of("United States", "Russia"), actorsFound("Pertemuan AS-Rusia Nihil Kesepakatan"));
    }

    @Test
    void metonymsCountOnlyWhenSwitchedOn() {
        Table text = articles("Washington dan Kremlin berunding.");
        assertEquals(0, Actors.of(FOUR).find(text).rowCount());
        assertEquals(List.of("United States", "Russia"),
                Actors.of(FOUR).withMetonyms().find(text).table().stringColumn("actor").asList());
        assertEquals(0, Actors.of(FOUR).withMetonyms().strict().find(text).rowCount());
    }

    @Test
    void perArticleCountsAndRatesUseWordTokens() {
        Table counts = Actors.of(FOUR).find(articles("Rusia dan AS. Rusia menolak.", "Lavrov datang.")).perArticle().table();
        assertEquals(List.of("id", "period", "actor", "type", "count", "words", "per_1000"), counts.columnNames());
        assertEquals(List.of("Russia", "United States", "Sergey Lavrov"), counts.stringColumn("actor").asList());
        assertEquals(List.of(2, 1, 1), counts.intColumn("count").asList());
        // a1 has five words (Rusia dan AS Rusia menolak): 2 / 5 * 1000 = 400.
        assertEquals(400.0, counts.doubleColumn("per_1000").get(0), 1e-9);
        assertEquals(500.0, counts.doubleColumn("per_1000").get(2), 1e-9);
    }

    @Test
    void perPeriodCountsArticlesAndSumsWords() {
        Table twoInOnePeriod = Table.create("articles", StringColumn.create("id", "x", "y", "z"),
                StringColumn.create("period", "2022-01", "2022-01", "2021-12"),
                StringColumn.create("text", "Rusia dan AS.", "Rusia menolak keras.", "Lavrov datang."));
        Table counts = Actors.of(FOUR).perPeriod(twoInOnePeriod);
        assertEquals(List.of("period", "actor", "type", "mentions", "articles", "words", "per_1000"), counts.columnNames());
        assertEquals(List.of("2021-12", "2022-01", "2022-01"), counts.stringColumn("period").asList());
        assertEquals(List.of("Sergey Lavrov", "Russia", "United States"), counts.stringColumn("actor").asList());
        assertEquals(List.of(1, 2, 1), counts.intColumn("mentions").asList());
        assertEquals(List.of(1, 2, 1), counts.intColumn("articles").asList());
        // 2022-01 has 3 + 3 = 6 words: Russia 2 / 6 * 1000.
        assertEquals(2000.0 / 6, counts.doubleColumn("per_1000").get(1), 1e-9);
    }

    @Test
    void candidatesAreUnknownCapitalisedSequences() {
        Table candidates = Actors.of(FOUR).candidates(articles(
                "Jens Stoltenberg bertemu Lavrov. Kemudian Jens Stoltenberg dan Menteri Luar Negeri AS Antony Blinken pergi.",
                "Voice of America melaporkan, Jens Stoltenberg datang."));
        assertEquals(List.of("candidate", "count", "articles"), candidates.columnNames());
        assertEquals(List.of("Jens Stoltenberg", "Voice of America"), candidates.stringColumn("candidate").asList());
        assertEquals(List.of(3, 1), candidates.intColumn("count").asList());
        assertEquals(List.of(2, 1), candidates.intColumn("articles").asList());
    }

    @Test
    void anArticleWithoutActorsGivesEmptyTables() {
        Table articles = articles("Hujan deras merusak jalan desa.");
        assertEquals(0, Actors.standard().find(articles).perArticle().rowCount());
        assertEquals(List.of("id", "period", "actor", "type", "count", "words", "per_1000"),
                Actors.standard().find(articles).perArticle().table().columnNames());
        assertEquals(0, Actors.standard().perPeriod(articles).rowCount());
    }

    @Test
    void callersArticlesAreLeftUntouched() {
        Table articles = articles("Rusia menolak.");
        Actors.standard().perPeriod(articles);
        assertEquals(List.of("id", "period", "text"), articles.columnNames());
    }

    @Test
    void seedCountsMatchCarefulReading() throws IOException {
        Map<String, Integer> gold = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/org/kabar/actors/seed-actor-counts.tsv"),
                StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] fields = line.split("\t");
            gold.put(fields[0] + " / " + fields[1], Integer.parseInt(fields[2]));
        }
        Table mentions = Actors.forCorpus(SEEDS).find(SeedArticles.table()).table();
        Set<String> entityArticles = Set.of("000_5846704a53bdb84e", "004_e868b1205f427ac5");
        Map<String, Integer> found = new HashMap<>();
        for (int row = 0; row < mentions.rowCount(); row++) {
            String type = mentions.stringColumn("type").get(row);
            String id = mentions.stringColumn("id").get(row);
            boolean inScope = type.equals("person")
                    || (type.equals("country") || type.equals("organisation")) && entityArticles.contains(id);
            if (inScope) found.merge(id + " / " + mentions.stringColumn("actor").get(row), 1, Integer::sum);
        }
        int agreed = 0;
        for (Map.Entry<String, Integer> entry : gold.entrySet()) {
            agreed += Math.min(entry.getValue(), found.getOrDefault(entry.getKey(), 0));
        }
        int goldTotal = gold.values().stream().mapToInt(Integer::intValue).sum();
        int foundTotal = found.values().stream().mapToInt(Integer::intValue).sum();
        double precision = (double) agreed / foundTotal;
        double recall = (double) agreed / goldTotal;
        System.out.printf("Actor matching on the seeds: %d found, %d by hand, %d agreed: precision %.3f, recall %.3f%n",
                foundTotal, goldTotal, agreed, precision, recall);
        Map<String, Integer> persons = new HashMap<>();
        gold.forEach((key, count) -> { if (isPerson(key)) persons.put(key, count); });
        Map<String, Integer> foundPersons = new HashMap<>();
        found.forEach((key, count) -> { if (isPerson(key)) foundPersons.put(key, count); });
        assertEquals(new TreeMap<>(persons), new TreeMap<>(foundPersons));
        assertTrue(precision >= 0.99 && recall >= 0.98, "precision " + precision + ", recall " + recall + ": " + found);
    }

    private static boolean isPerson(String key) {
        return ActorDictionary.forCorpus(SEEDS).actor(key.substring(key.indexOf(" / ") + 3))
                .map(actor -> actor.type() == Actor.Type.PERSON).orElse(false);
    }
}
