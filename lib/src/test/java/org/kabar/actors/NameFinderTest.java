package org.kabar.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.kabar.text.TextPipeline;

/** Sentences written for these tests; the names are invented. */
class NameFinderTest {

    /** Ordinary words a corpus would have shown in lower case. */
    private static final Set<String> COMMON = Set.of("tim", "kampanye", "nasional", "warga", "debat", "pendopo");

    private static String[] tokens(String sentence) {
        return TextPipeline.standard().tokenize(sentence);
    }

    /** Each span as "surface/type". */
    private static List<String> found(String sentence) {
        String[] tokens = tokens(sentence);
        List<String> found = new ArrayList<>();
        for (Span span : NameFinder.standard().withCommonWords(COMMON).find(tokens)) {
            found.add(String.join(" ", Arrays.asList(tokens).subList(span.getStart(), span.getEnd())) + "/" + span.getType());
        }
        return found;
    }

    /** The evidence of the only name in a sentence. */
    private static String evidence(String sentence) {
        String[] tokens = tokens(sentence);
        List<NameFinder.Name> names = NameFinder.standard().withCommonWords(COMMON).names(tokens, new boolean[tokens.length]);
        assertEquals(1, names.size(), names.toString());
        return names.get(0).evidence();
    }

    @Test
    void isAnOpenNlpTokenNameFinder() {
        TokenNameFinder finder = NameFinder.standard();
        Span[] spans = finder.find(tokens("Kemarin Gubernur Jawa Tengah Sutrisno Wibowo meninjau pasar."));
        // Kemarin Gubernur Jawa Tengah | Sutrisno Wibowo = tokens 4 and 5
        assertEquals(List.of(new Span(4, 6, NameFinder.PERSON)), List.of(spans));
    }

    @Test
    void anEmptySentenceHasNoNames() {
        assertEquals(0, NameFinder.standard().find(new String[0]).length);
    }

    @Test
    void titleBeforeANameIsEvidenceAndNotPartOfIt() {
        assertEquals(List.of("Sutrisno Wibowo/person"), found("Kemarin Gubernur Jawa Tengah Sutrisno Wibowo meninjau pasar."));
        assertEquals("title", evidence("Rapat dipimpin Ketua Umum Partai Maju Bersama Darmaji Kusuma."));
    }

    @Test
    void aRegionTheTextNamesAsAPlaceIsNotPartOfTheName() {
        NameFinder finder = NameFinder.standard().withPlaces(Set.of("Sukamaju"));
        String[] tokens = tokens("Bupati Sukamaju Darsono Hadi datang.");
        NameFinder.Name name = finder.names(tokens, new boolean[tokens.length]).get(0);
        assertEquals(List.of(2, 4), List.of(name.start(), name.end()));
        // without knowing the place, the region stays in the name: the text must name it elsewhere
        assertEquals(1, NameFinder.standard().names(tokens, new boolean[tokens.length]).get(0).start());
    }

    @Test
    void lowerCaseTitleAcrossNumberAndInstitutionIsEvidence() {
        assertEquals("title", evidence("Ia bertemu capres nomor urut 2 Wiratmo."));
    }

    @Test
    void honorificAndDegreesAreEvidence() {
        assertEquals("honorific", evidence("Warga menyambut Pak Darsono."));
        assertEquals(List.of("Ratna Kumalasari/person"), found("Acara dibuka Prof. Dr. Ratna Kumalasari, S.H., M.Si. pagi tadi."));
    }

    @Test
    void reportingVerbBeforeOrAfterIsEvidence() {
        assertEquals("reporting verb", evidence("\"Kami siap,\" kata Sutrisno."));
        assertEquals("reporting verb", evidence("Menurut Darsono, harga naik."));
        assertEquals("reporting verb", evidence("Darsono mengatakan harga naik."));
    }

    @Test
    void ageInBracketsIsEvidence() {
        assertEquals("age", evidence("Seorang pedagang, Juminah (52), berjualan sejak subuh."));
    }

    @Test
    void aSingleCapitalisedWordWithoutEvidenceIsNoName() {
        assertEquals(List.of(), found("Debat berlangsung di pendopo Sukamaju."));
    }

    @Test
    void twoUnknownCapitalisedWordsInsideASentenceAreAName() {
        assertEquals("name", evidence("Rapat itu juga dihadiri Bagas Pramudya dari kantor wilayah."));
    }

    @Test
    void aCapitalAtTheSentenceStartIsNoEvidence() {
        assertEquals(List.of(), found("Bagas Pramudya sudah lama menunggu di sana."));
    }

    @Test
    void ordinaryWordsAreNoName() {
        // "Tim Kampanye Nasional" are words seen in lower case; "Senin" is in the gazetteer.
        assertEquals(List.of(), found("Kemarin Tim Kampanye Nasional datang pada Senin pagi."));
    }

    @Test
    void placesAfterAHeadWordAreNoPeople() {
        assertEquals(List.of(), found("Polisi menutup Jalan Imam Bonjol dan Kabupaten Sukamaju."));
    }

    @Test
    void institutionHeadsAndAcronymGlossesAreOrganisations() {
        assertEquals(List.of("Komisi Pengawas Pasar/organisation"), found("Ia melapor ke Komisi Pengawas Pasar (KPPS) kemarin."));
        assertEquals(List.of("Lembaga Kajian Energi/organisation"), found("Laporan itu dari Lembaga Kajian Energi."));
    }

    @Test
    void hyphenatedPairIsTwoNames() {
        assertEquals(List.of("Sutrisno/person", "Darsono/person"), found("Pasangan capres Sutrisno-Darsono mendaftar."));
    }

    @Test
    void headlinesInTitleCaseGiveNoEvidence() {
        assertEquals(List.of(), found("Warga Sukamaju Tolak Kenaikan Harga, Debat Berlanjut di Pendopo"));
    }

    @Test
    void pageCreditsAreNoActors() {
        assertEquals(List.of(), found("Warga antre sejak pagi. (Foto: Bagas Pramudya)"));
    }

    @Test
    void nicknameGlossIsKeptAsAlias() {
        String[] tokens = tokens("Kepala desa Basuki Tirtayasa (Abas) hadir.");
        NameFinder.Name name = NameFinder.standard().names(tokens, new boolean[tokens.length]).get(0);
        assertEquals(List.of("Abas"), name.alias());
        assertEquals("Basuki Tirtayasa", String.join(" ", Arrays.asList(tokens).subList(name.start(), name.end())));
    }

    @Test
    void namesLearnedInADocumentAreFoundAgainUntilCleared() {
        NameFinder finder = NameFinder.standard();
        finder.find(tokens("Menurut Bagas Pramudya, harga naik."));
        assertEquals(List.of(new Span(0, 1, NameFinder.PERSON)), List.of(finder.find(tokens("Bagas pulang."))));
        finder.clearAdaptiveData();
        assertEquals(0, finder.find(tokens("Bagas pulang.")).length);
    }

    @Test
    void abstractNounsAreNeverNames() {
        assertTrue(NameFinder.isAbstractNoun("keuangan"));
        assertTrue(NameFinder.isAbstractNoun("perekonomian"));
        assertTrue(NameFinder.isAbstractNoun("stabilitas"));
        assertFalse(NameFinder.isAbstractNoun("setiawan"));
        assertFalse(NameFinder.isAbstractNoun("ratna"));
    }
}
