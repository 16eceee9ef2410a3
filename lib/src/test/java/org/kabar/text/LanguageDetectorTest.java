package org.kabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private final LanguageDetector detector = LanguageDetector.standard();

    @Test
    void wordsAreLetterRunsJoinedByOneApostrophe() {
        assertEquals(List.of("jum'at", "don't", "x", "y", "abc", "élan", "𝐀b"),
                LanguageDetector.words("jum'at, don't x''y 12abc3 -élan- 𝐀b"));
        assertEquals(List.of("a", "b"), LanguageDetector.words("'a' b'"));
    }

    /** The words are what the expression \p{L}+(?:'\p{L}+)? finds, on random texts of the characters that matter. */
    @Test
    void wordsAreWhatTheWordExpressionFinds() {
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("\\p{L}+(?:'\\p{L}+)?");
        String[] pieces = {"a", "B", "'", "x'", " ", "1", "é", "𝐀", "-", "ñ"};
        java.util.Random random = new java.util.Random(11);
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) text.append(pieces[random.nextInt(pieces.length)]);
            List<String> expected = new java.util.ArrayList<>();
            for (java.util.regex.Matcher m = word.matcher(text); m.find(); ) expected.add(m.group());
            assertEquals(expected, LanguageDetector.words(text.toString()), text.toString());
        }
    }

    @Test
    void anIndonesianParagraphIsIndonesian() {
        String text = "Menteri itu mengatakan bahwa rapat di Jakarta akan dilanjutkan pekan depan karena "
                + "banyak daerah yang masih terendam banjir.";
        assertEquals(Optional.of(LanguageProfile.indonesian()), detector.detect(text));
    }

    @Test
    void anEnglishParagraphIsEnglish() {
        String text = "The minister said the meeting in Jakarta would resume next week because many districts "
                + "were still under water.";
        assertEquals(Optional.of(LanguageProfile.english()), detector.detect(text));
    }

    @Test
    void votesAreTheFunctionWordsOfEachLanguage() {
        // English votes: the, of, was, in (4); Indonesian votes: yang, di, dan (3); "per" is on both lists.
        Map<LanguageProfile, Integer> votes = detector.votes("The mayor of Bekasi was in yang di dan per");
        assertEquals(4, votes.get(LanguageProfile.english()));
        assertEquals(3, votes.get(LanguageProfile.indonesian()));
    }

    /** The votes, on every article of the seeds and the test corpora, are the count of words on exactly one language's list. */
    @Test
    void votesCountTheWordsOnExactlyOneList() {
        Map<String, Set<LanguageProfile>> listsOf = new HashMap<>();
        for (LanguageProfile language : LanguageProfile.all()) {
            language.stopwords().words().forEach(word -> listsOf.computeIfAbsent(word, w -> new HashSet<>()).add(language));
        }
        int texts = 0;
        for (Path file : SeedArticles.seedAndTestCorpusFiles()) {
            String text = SeedArticles.read(file);
            Map<LanguageProfile, Integer> expected = new HashMap<>();
            for (String word : LanguageDetector.words(Tokens.normalize(text))) {
                Set<LanguageProfile> lists = listsOf.getOrDefault(word, Set.of());
                if (lists.size() == 1) expected.merge(lists.iterator().next(), 1, Integer::sum);
            }
            assertEquals(expected, detector.votes(text), file.toString());
            texts++;
        }
        assertTrue(texts > 100, "texts: " + texts);
    }

    @Test
    void furnitureInTheOtherLanguageIsOutvoted() {
        String text = "Read more: Floods in Bekasi\nPresiden meminta agar para pengungsi yang tinggal di posko "
                + "segera mendapat bantuan dari pemerintah daerah dan pusat.";
        assertEquals(Optional.of(LanguageProfile.indonesian()), detector.detect(text));
    }

    @Test
    void tooFewFunctionWordsOrATieGiveNoLanguage() {
        assertEquals(Optional.empty(), detector.detect(""));
        assertEquals(Optional.empty(), detector.detect("Joko Widodo, Anies Baswedan, 2020"));
        assertEquals(Optional.empty(), detector.detect("the of in yang di dan"));
        // The default language reads what cannot be told.
        assertEquals(LanguageProfile.indonesian(), LanguageProfile.detect("Jakarta 2020"));
    }

    @Test
    void profilesAreFoundByCodeOrNameAndAnUnknownCodeIsNamedInTheError() {
        assertEquals(LanguageProfile.english(), LanguageProfile.find("English").orElseThrow());
        assertEquals(LanguageProfile.english(), LanguageProfile.find(" EN ").orElseThrow());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LanguageProfile.of("fr"));
        assertEquals("unknown language \"fr\"; Kabar reads id, en", e.getMessage());
    }

    @Test
    void eachLanguageStemsWithItsOwnSnowballRules() {
        // Porter's English rules: "floods" and "flooding" both become "flood".
        String[] stems = Roots.snowball(LanguageProfile.english()).keys(new String[] {"floods", "and", "flooding"});
        assertEquals("flood", stems[0]);
        assertEquals("flood", stems[2]);
        assertTrue(LanguageProfile.english().stopwords().contains("the"));
        assertTrue(LanguageProfile.indonesian().stopwords().contains("yang"));
        assertEquals(Stopwords.standard(), LanguageProfile.indonesian().stopwords());
    }
}
