package org.kabar.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Articles written for these tests; every name is invented. */
class PeopleTest {

    private static Table articles(String... texts) {
        StringColumn ids = StringColumn.create("id");
        StringColumn periods = StringColumn.create("period");
        for (int i = 0; i < texts.length; i++) {
            ids.append("a" + (i + 1));
            periods.append("2024-01");
        }
        return Table.create("articles", ids, periods, StringColumn.create("text", texts));
    }

    /** "actor: surface" of every person mention, in order. */
    private static List<String> people(Table mentions) {
        List<String> people = new ArrayList<>();
        for (int row = 0; row < mentions.rowCount(); row++) {
            if (mentions.stringColumn("type").get(row).equals("person")) {
                people.add(mentions.stringColumn("actor").get(row) + ": " + mentions.stringColumn("surface").get(row));
            }
        }
        return people;
    }

    private static List<String> people(Mentions mentions) {
        return people(mentions.table());
    }

    private static List<String> people(String... texts) {
        return people(People.standard().find(articles(texts)));
    }

    @Test
    void mentionsTableHasDocumentedColumns() {
        Table mentions = People.standard().find(articles("Menurut Bagas Pramudya, harga naik.")).table();
        assertEquals(List.of("id", "period", "actor", "type", "source", "evidence", "part", "sentence", "position",
                "start", "end", "surface"), mentions.columnNames());
        assertEquals("found", mentions.stringColumn("source").get(0));
        assertEquals("reporting verb", mentions.stringColumn("evidence").get(0));
        assertEquals(1, mentions.intColumn("position").get(0)); // Menurut | Bagas
    }

    @Test
    void mentionsCarryCharacterSpansInTheTextOrInTheHeadline() {
        // Counted by hand. Headline: "Harga" 0-5, "naik" 6-10, "," 10, "kata" 12-16, "Bagas" 17-22,
        // "Pramudya" 23-31. Text: "Pasar" 0-5, "ramai" 6-11, "." 11-12, line break 12, "Menurut" 13-20,
        // "Bagas" 21-26, "Pramudya" 27-35, "," 35.
        Table articles = articles("Pasar ramai.\nMenurut Bagas Pramudya, harga naik.");
        articles.addColumns(StringColumn.create("headline", "Harga naik, kata Bagas Pramudya"));
        Table mentions = People.standard().find(articles).table();
        assertEquals(List.of("headline", "body"), mentions.stringColumn("part").asList());
        assertEquals(List.of("Bagas Pramudya", "Bagas Pramudya"), mentions.stringColumn("surface").asList());
        assertEquals(List.of(17, 21), mentions.intColumn("start").asList());
        assertEquals(List.of(31, 35), mentions.intColumn("end").asList());
        // Harga naik , kata Bagas | Pasar ramai . Menurut Bagas: token 4 of the headline and of the text.
        assertEquals(List.of(4, 4), mentions.intColumn("position").asList());
    }

    @Test
    void laterSurnameAndFirstNameResolveToTheFullName() {
        assertEquals(List.of("Sri Wahyuningsih Pratiwi: Sri Wahyuningsih Pratiwi", "Sri Wahyuningsih Pratiwi: Pratiwi",
                        "Sri Wahyuningsih Pratiwi: Sri Wahyuningsih"),
                people("Menteri Keuangan Sri Wahyuningsih Pratiwi meninjau pasar. Pratiwi pulang sore. "
                        + "\"Harga stabil,\" kata Sri Wahyuningsih."));
    }

    @Test
    void aBracketedNicknameIsTheSamePersonInTheSameMention() {
        // the name with its bracketed nickname is one mention; the nickname alone later is another
        assertEquals(List.of("Basuki Tirtayasa: Basuki Tirtayasa", "Basuki Tirtayasa: Abas"),
                people("Kepala desa Basuki Tirtayasa (Abas) hadir. Warga menyambut Abas dengan gembira."));
    }

    @Test
    void aNicknameGivenWithAtauCountsAsItsOwnMention() {
        assertEquals(List.of("Basuki Tirtayasa: Basuki Tirtayasa", "Basuki Tirtayasa: Abas", "Basuki Tirtayasa: Abas"),
                people("Kepala desa Basuki Tirtayasa atau Abas hadir. Warga menyambut Abas dengan gembira."));
    }

    @Test
    void aNicknameAfterAtauIsTheSamePerson() {
        assertEquals(List.of("Susanto Budi Yulianto: Susanto Budi Yulianto", "Susanto Budi Yulianto: SBY",
                        "Susanto Budi Yulianto: SBY"),
                people("Bupati Susanto Budi Yulianto atau SBY meresmikan jembatan. Warga lalu mengerubungi SBY."));
    }

    @Test
    void hyphenatedPairIsOneMentionOfEachAndCliticsAreStripped() {
        assertEquals(List.of("Sutrisno Wibowo: Sutrisno Wibowo", "Darsono Hadi: Darsono Hadi",
                        "Sutrisno Wibowo: Sutrisno", "Darsono Hadi: Darsono", "Sutrisno Wibowo: Sutrisno-lah"),
                people("Calon bupati Sutrisno Wibowo dan calon wakil bupati Darsono Hadi mendaftar sebagai pasangan. "
                        + "Pasangan Sutrisno-Darsono diusung tiga partai. Sutrisno-lah yang paling dikenal."));
    }

    @Test
    void theGovernmentOfAPersonAndAnOrganisationsPairLabelAreNotThePerson() {
        assertEquals(List.of("Sutrisno Wibowo: Sutrisno Wibowo", "Bagas Pramudya: Bagas Pramudya"),
                people("Gubernur Sutrisno Wibowo menolak. Kebijakan pemerintahan Sutrisno dikritik. "
                        + "Juru bicara TKS Sutrisno-Darsono, Bagas Pramudya, membantah."));
    }

    @Test
    void aShortFormResolvesToTheOnlyFullNameInTheCorpus() {
        Table articles = articles("Gubernur Sutrisno Wibowo meninjau pasar.", "\"Stok aman,\" kata Sutrisno.");
        assertEquals(List.of("Sutrisno Wibowo: Sutrisno Wibowo", "Sutrisno Wibowo: Sutrisno"),
                people(People.standard().find(articles)));
        Table summary = People.standard().summary(articles);
        assertEquals(List.of("actor", "type", "source", "mentions", "articles", "evidence", "forms", "note"), summary.columnNames());
        assertEquals("Sutrisno Wibowo", summary.stringColumn("actor").get(0));
        assertEquals(2, summary.intColumn("mentions").get(0));
        assertEquals(2, summary.intColumn("articles").get(0));
        assertEquals("Sutrisno 1; Sutrisno Wibowo 1", summary.stringColumn("forms").get(0));
        assertEquals("'Sutrisno' resolved to the corpus's 'Sutrisno Wibowo'", summary.stringColumn("note").get(0));
    }

    @Test
    void anAmbiguousShortFormIsReportedNotGuessed() {
        Table articles = articles("Gubernur Bagas Pramudya datang.", "Bupati Bagas Santoso datang.", "\"Aman,\" kata Bagas.");
        assertEquals(List.of("Bagas Pramudya: Bagas Pramudya", "Bagas Santoso: Bagas Santoso", "Bagas: Bagas"),
                people(People.standard().find(articles)));
        Table summary = People.standard().summary(articles);
        int row = summary.stringColumn("actor").indexOf("Bagas");
        assertEquals("ambiguous: Bagas Pramudya | Bagas Santoso", summary.stringColumn("note").get(row));
    }

    @Test
    void theAnalystResolvesAnAmbiguousShortFormWithOneMerge() {
        Table articles = articles("Gubernur Bagas Pramudya datang.", "Bupati Bagas Santoso datang.", "\"Aman,\" kata Bagas.");
        // a merged form is a dictionary alias, matched everywhere by longest match: the other Bagas
        // is promoted to the dictionary too, or "Bagas" inside his name would count as Bagas Santoso
        People corrected = People.standard().merge("Bagas", "Bagas Santoso").merge("Bagas Pramudya", "Bagas Pramudya");
        // read by hand: article 2 names Bagas Santoso once, article 3 calls him Bagas once
        assertEquals(List.of("Bagas Pramudya: Bagas Pramudya", "Bagas Santoso: Bagas Santoso", "Bagas Santoso: Bagas"),
                people(corrected.find(articles)));
        Table summary = corrected.summary(articles);
        int row = summary.stringColumn("actor").indexOf("Bagas Santoso");
        assertEquals(2, summary.intColumn("mentions").get(row));
        assertEquals(2, summary.intColumn("articles").get(row));
        assertEquals("dictionary", summary.stringColumn("source").get(row));
        assertEquals(-1, summary.stringColumn("actor").indexOf("Bagas"));
    }

    @Test
    void mergingTwoDictionaryActorsKeepsEveryFormOfBoth() {
        ActorDictionary dictionary = ActorDictionary.empty()
                .with("Sutrisno Wibowo", Actor.Type.PERSON, "governor", "Pak Tris")
                .with("Tris", Actor.Type.PERSON, "", "Mas Tris")
                .merge("Tris", "Sutrisno Wibowo");
        assertEquals(1, dictionary.actors().size());
        assertEquals(List.of("Sutrisno Wibowo", "Pak Tris", "Tris", "Mas Tris"), dictionary.actors().get(0).names());
        assertEquals(Actor.Type.ORGANISATION, ActorDictionary.empty()
                .merge("KPPS", "Komisi Pengawas Pasar Sukamaju", Actor.Type.ORGANISATION).actors().get(0).type());
    }

    @Test
    void aMergeCannotTakeAFormFromAThirdActor() {
        ActorDictionary dictionary = ActorDictionary.empty()
                .with("Sutrisno Wibowo", Actor.Type.PERSON, "", "Pak Tris")
                .with("Darsono Hadi", Actor.Type.PERSON, "");
        IllegalArgumentException error = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> dictionary.merge("Pak Tris", "Darsono Hadi"));
        assertEquals("'Pak Tris' of Darsono Hadi already names Sutrisno Wibowo", error.getMessage());
    }

    @Test
    void theDictionaryWinsWhereItKnowsAName() {
        ActorDictionary dictionary = ActorDictionary.empty()
                .with("Sutrisno Wibowo", Actor.Type.PERSON, "governor", "Sutrisno Wibowo", "Pak Tris");
        Table mentions = People.of(dictionary).find(articles("Gubernur Sutrisno Wibowo datang. Pak Tris tersenyum. "
                + "Menurut Darsono Hadi, acara lancar.")).table();
        assertEquals(List.of("Sutrisno Wibowo: Sutrisno Wibowo", "Sutrisno Wibowo: Pak Tris", "Darsono Hadi: Darsono Hadi"),
                people(mentions));
        assertEquals(List.of("dictionary", "dictionary", "found"), mentions.stringColumn("source").asList());
    }

    @Test
    void anExpansionWithItsAcronymIsOneMentionOfOneOrganisation() {
        Table mentions = People.standard().find(articles("Laporan masuk ke Komisi Pengawas Pasar (KPPS) kemarin. "
                + "Hari ini KPPS memanggil pedagang.")).table();
        assertEquals(List.of("Komisi Pengawas Pasar", "Komisi Pengawas Pasar"), mentions.stringColumn("actor").asList());
        assertEquals(List.of("acronym expansion", "coreference"), mentions.stringColumn("evidence").asList());
    }

    @Test
    void headlineIsReadWithItsPartAndCaptionsAndCrossLinksAreNot() {
        Table articles = articles("Menurut Bagas Pramudya, harga naik.\n"
                + "Bagas Pramudya meninjau pasar. (Foto: Humas/Darsono Hadi)\n"
                + "Baca juga: Bagas Pramudya Tinjau Pasar Lagi");
        articles.addColumns(StringColumn.create("headline", List.of("Bagas Minta Harga Turun")));
        Table mentions = People.standard().find(articles).table();
        assertEquals(List.of("Bagas Pramudya: Bagas", "Bagas Pramudya: Bagas Pramudya"), people(mentions));
        assertEquals(List.of("headline", "lead"), mentions.stringColumn("part").asList());
        assertEquals(List.of(0, 1), mentions.intColumn("sentence").asList());
    }

    @Test
    void captionsAreReadWhenAsked() {
        Table articles = articles("Menurut Bagas Pramudya, harga naik.\nBagas Pramudya meninjau pasar. (Foto: Humas/Darsono Hadi)");
        assertEquals(List.of("Bagas Pramudya: Bagas Pramudya"), people(People.standard().find(articles)));
        assertEquals(List.of("Bagas Pramudya: Bagas Pramudya", "Bagas Pramudya: Bagas Pramudya"),
                people(People.standard().withPageFurniture().find(articles)));
    }

    @Test
    void aCaptionWhoseCreditFollowsASpacedSlashIsNotRead() {
        Table articles = articles("Menurut Bagas Pramudya, harga naik.\n"
                + "Menteri Sosial Bagas Pramudya di Istana, Jumat, 16 September 2022. /Dok. Humas Kemensos");
        assertEquals(List.of("Bagas Pramudya: Bagas Pramudya"), people(People.standard().find(articles)));
    }

    @Test
    void aPlaceThatStartsWithAnHonorificIsAPlace() {
        // "Uni" is a Minang honorific (elder sister); "Uni Soviet" is in the gazetteer
        assertEquals(List.of("Ratnasari: Ratnasari"), // the honorific is peeled, as "Pak" is
                people("Negara bekas Uni Soviet menolak. Pedagang Uni Ratnasari tetap berjualan."));
    }

    @Test
    void runGivesMentionsAndSummaryOfOneReading() {
        Table articles = articles("Menurut Bagas Pramudya, harga naik. Bagas pulang.");
        People.Result result = People.standard().run(articles);
        assertEquals(People.standard().find(articles).rowCount(), result.mentions().rowCount());
        assertEquals("evidence", result.summary().columnNames().get(5));
        assertEquals("coreference 1; reporting verb 1", result.summary().stringColumn("evidence").get(0));
    }

    @Test
    void aNameAtASentenceStartIsConfirmedByTheArticle() {
        assertEquals(List.of("Azkia Nur Rahmadani: Azkia", "Azkia Nur Rahmadani: Azkia Nur Rahmadani"),
                people("Petugas menemukan bocah bernama Azkia. Azkia Nur Rahmadani, yang berusia lima tahun, selamat."));
    }

    @Test
    void nicknamesAreMadeFromTheFullName() {
        assertTrue(People.isNickname("Trisno", List.of("Sutrisno", "Wibowo")));
        assertTrue(People.isNickname("Suwi", List.of("Sutrisno", "Wibowo")));
        assertTrue(People.isNickname("SW", List.of("Sutrisno", "Wibowo")));
        assertFalse(People.isNickname("Abas", List.of("Basuki", "Tirtayasa")));
        assertFalse(People.isNickname("Sutrisno", List.of("Sutrisno", "Wibowo")));
    }

    @Test
    void actorsOffersTheFinderWithItsDictionary() {
        ActorDictionary dictionary = ActorDictionary.empty().with("Sutrisno Wibowo", Actor.Type.PERSON, "", "Sutrisno Wibowo");
        Table mentions = Actors.of(dictionary).withFinder().find(articles("Sutrisno Wibowo bertemu Pak Darsono.")).table();
        assertEquals(List.of("Sutrisno Wibowo: Sutrisno Wibowo", "Darsono: Darsono"), people(mentions));
    }
}
