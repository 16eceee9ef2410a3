package org.kabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kabar.text.Whitespace;

class RequiredLiteralTest {

    @Test
    void literalRunsAreJoinedWithTheFewStringsOfGroupsAndClasses() {
        assertEquals(List.of(List.of("voaindonesia.com")), RequiredLiteral.of("\\bvoaindonesia\\.com\\b").sets());
        // "(channel|saluran)" joined with " whatsapp kompas"; "\s?" ends the run, then "tv".
        assertEquals(List.of(List.of("channel whatsapp kompas", "saluran whatsapp kompas"), List.of("tv")),
                RequiredLiteral.of("\\b(channel|saluran) whatsapp kompas\\s?tv\\b").sets());
        assertEquals(List.of(List.of("kompas.tv"), List.of("-", "–", "—")),
                RequiredLiteral.of("(?-i)\\bKOMPAS\\.TV\\s*[-–—]").sets());
        assertEquals(List.of(List.of("foto", "photo"), List.of(":", "/")), RequiredLiteral.of("^.*(foto|photo)\\s*[:/].*$").sets());
    }

    @Test
    void anOptionalPartGivesTwoStringsOrEndsTheRun() {
        assertEquals(List.of(List.of("abcde", "abde")), RequiredLiteral.of("abc?de").sets());
        assertEquals(List.of(List.of("ab"), List.of("d")), RequiredLiteral.of("abc{0,2}d").sets());
        assertEquals(List.of(List.of("dok.", "dok", "ilustrasi")), RequiredLiteral.of("(dok\\.?|ilustrasi)").sets());
        // "(foto|photo)?" is the two words or nothing, joined with "x".
        assertEquals(List.of(List.of("fotox", "photox", "x")), RequiredLiteral.of("(foto|photo)?x").sets());
    }

    @Test
    void topLevelAlternativesRequireOneOfTheirBestSets() {
        assertEquals(List.of(List.of("kompas", "tempo")), RequiredLiteral.of("kompas|tempo").sets());
        // "a.*bc" requires "bc" (longer than "a"); "\d+" requires nothing, so neither is required.
        assertEquals(List.of(List.of("bc", "xyz")), RequiredLiteral.of("a.*bc|xyz").sets());
        assertEquals(List.of(), RequiredLiteral.of("a.*bc|\\d+").sets());
    }

    @Test
    void nothingWhereTheExpressionIsNotRead() {
        assertEquals(List.of(), RequiredLiteral.of("\\Qa.b\\E").sets());
        assertEquals(List.of(), RequiredLiteral.of("(?x) k o m p a s").sets());
        assertEquals(List.of(), RequiredLiteral.of("(a)b\\1").sets());
        assertEquals(List.of(), RequiredLiteral.of("[a-z]+(\\d|x)").sets());
        assertEquals(List.of(), RequiredLiteral.of("[^:/]").sets());
    }

    @Test
    void anchoredOnlyWithoutTopLevelAlternatives() {
        assertTrue(RequiredLiteral.of("^\\s*(baca|lihat)\\s*:.*$").anchored());
        assertFalse(RequiredLiteral.of("^foto|photo").anchored());
        assertFalse(RequiredLiteral.of("(?<=[.!?])\\s*\\[[a-z]+\\]$").anchored());
    }

    @Test
    void lastCharacterBeforeTrailingSpaceAndLineEnd() {
        assertEquals("])", RequiredLiteral.of("\\s*[\\[(][a-z]{1,6}[\\])]\\s*$").lastCharacters());
        assertEquals(")", RequiredLiteral.of("^.*\\(foto\\)$").lastCharacters());
        // Alternatives ending in "baca", "read": their last letters.
        assertEquals("ad", RequiredLiteral.of("^\\s*\\d+\\s*(menit|min)\\s*(baca|read)\\s*$").lastCharacters());
        assertNull(RequiredLiteral.of("^.*foto.{0,20}$").lastCharacters());
        assertNull(RequiredLiteral.of("foto\\)").lastCharacters());
        assertNull(RequiredLiteral.of("a\\)|b$").lastCharacters());
    }

    @Test
    void leadingLiteralsWhenOnlyAnchorsAndFlagsComeFirst() {
        assertEquals(List.of("kompas.tv"), RequiredLiteral.of("(?-i)\\bKOMPAS\\.TV\\s*[-–—]").leading());
        assertEquals(List.of(","), RequiredLiteral.of("(?-i),\\s*MINA\\s*[-–—]").leading());
        assertEquals(List.of("channel whatsapp kompas", "saluran whatsapp kompas"),
                RequiredLiteral.of("\\b(channel|saluran) whatsapp kompas\\s?tv\\b").leading());
        assertEquals(List.of(), RequiredLiteral.of("\\s*kompas").leading());
    }

    @Test
    void foldingMatchesCaseInsensitiveUnicodeComparison() {
        assertEquals("jum’at kompas.tv", fold("JUM’AT Kompas.TV"));
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(Character.toLowerCase(Character.toUpperCase(c)), RequiredLiteral.fold(c));
        }
    }

    @Test
    void everyMatchOfAShippedRuleInTheSeedsHoldsItsLiterals() throws IOException {
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
            for (Path seed : files.filter(file -> file.toString().endsWith(".txt")).sorted().toList()) seeds.add(Files.readString(seed));
        }
        int matches = 0;
        for (RuleFile.Entry rule : shippedRules()) {
            for (String text : seeds) matches += assertEveryMatchHoldsItsLiterals(rule.keyAndValue()[1], rule.compile(rule.keyAndValue()[1]), text);
        }
        assertTrue(matches > 10, "the seeds exercise the rules: " + matches);
    }

    /** Random lines of the rules' own words, spaces, punctuation and capitals: what every match must hold, it holds. */
    @Test
    void everyMatchInRandomTextsHoldsItsLiterals() {
        List<String> regexes = new ArrayList<>(shippedRules().stream().map(rule -> rule.keyAndValue()[1]).toList());
        regexes.addAll(List.of("abc?de", "(ab|cd)+e", "x(?:y|z{2,})w", "[]a]b", "[^]a]c", "(?i:k)[.,]{1}m", "a(?=bc)b",
                "(?<n>ab)\\.c", "(a|ab)(c|bcd)(d*)", "k\\p{L}+a|ba", "[\\[(]a[\\])]\\s*$", "ab+$", "(?:a|b)+\\s+$"));
        String[] pieces = {"baca", "juga", "foto", "photo", "Kompas", "TV", ".", "com", ":", "/", "(", ")", "[", "]", "-", "–",
                " ", "  ", "\t", "\u00A0", "1", "2022", "21", "a", "b", "c", "d", "e", "w", "x", "y", "z", "k", "m", "Dok", "whatsapp",
                "saluran", "menit", "baca", "news agency", "oleh", "Ani", ",", "!", "”", "|", "•", "WIB", "K", "İ", "ß"};
        Random random = new Random(11);
        int matches = 0;
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) text.append(pieces[random.nextInt(pieces.length)]);
            for (String regex : regexes) {
                matches += assertEveryMatchHoldsItsLiterals(regex, Pattern.compile(regex, Pattern.CASE_INSENSITIVE
                        | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS | Pattern.MULTILINE), text.toString());
            }
        }
        assertTrue(matches > 1000, "random texts match: " + matches);
    }

    private static List<RuleFile.Entry> shippedRules() {
        return Stream.concat(RuleFile.resource("cleaning_rules.txt").stream(), RuleFile.resource("outlet_signatures.txt").stream()).toList();
    }

    private static int assertEveryMatchHoldsItsLiterals(String regex, Pattern pattern, String text) {
        RequiredLiteral reading = RequiredLiteral.of(regex);
        int matches = 0;
        for (Matcher m = pattern.matcher(text); m.find(); ) {
            matches++;
            String folded = fold(m.group());
            for (List<String> set : reading.sets()) assertTrue(set.stream().anyMatch(folded::contains), regex + " in " + text);
            if (!reading.leading().isEmpty()) assertTrue(reading.leading().stream().anyMatch(folded::startsWith), regex + " in " + text);
            int last = folded.length() - 1;
            while (last >= 0 && Whitespace.isUnicodeSpace(folded.charAt(last))) last--;
            if (reading.lastCharacters() != null) assertTrue(last >= 0 && reading.lastCharacters().indexOf(folded.charAt(last)) >= 0, regex);
            if (reading.anchored()) assertTrue(m.start() == 0 || "\n\r\u0085\u2028\u2029".indexOf(text.charAt(m.start() - 1)) >= 0, regex);
        }
        return matches;
    }

    /** The text with each character case-folded as literals are. */
    private static String fold(String text) {
        char[] folded = text.toCharArray();
        for (int i = 0; i < folded.length; i++) folded[i] = RequiredLiteral.fold(folded[i]);
        return new String(folded);
    }
}
