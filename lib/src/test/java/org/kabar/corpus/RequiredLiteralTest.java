package org.kabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RequiredLiteralTest {

    @Test
    void longestLiteralRunOutsideGroupsAndClasses() {
        assertEquals("voaindonesia.com", RequiredLiteral.of("\\bvoaindonesia\\.com\\b"));
        assertEquals(" whatsapp kompas", RequiredLiteral.of("\\b(channel|saluran) whatsapp kompas\\s?tv\\b"));
        assertEquals("kompas.tv", RequiredLiteral.of("(?-i)\\bKOMPAS\\.TV\\s*[-–—]"));
    }

    @Test
    void anOptionalCharacterIsNotRequired() {
        assertEquals("ab", RequiredLiteral.of("abc?de"));
        assertEquals("ab", RequiredLiteral.of("abc{0,2}d"));
    }

    @Test
    void noLiteralWhereTheExpressionIsNotSimplyRead() {
        assertEquals("", RequiredLiteral.of("kompas|tempo"));
        assertEquals("", RequiredLiteral.of("\\Qa.b\\E"));
        assertEquals("", RequiredLiteral.of("(?x) k o m p a s"));
    }

    @Test
    void anchoredOnlyWithoutTopLevelAlternatives() {
        assertTrue(RequiredLiteral.startsAnchored("^\\s*(baca|lihat)\\s*:.*$"));
        assertFalse(RequiredLiteral.startsAnchored("^foto|photo"));
        assertFalse(RequiredLiteral.startsAnchored("(?<=[.!?])\\s*\\[[a-z]+\\]$"));
    }

    @Test
    void plainAlternationsAndClassesAreSetsOfWhichOneIsRequired() {
        assertEquals(List.of(List.of("foto", "photo"), List.of(":", "/")),
                RequiredLiteral.alternatives("^.*(foto|photo)\\s*[:/].*$"));
        assertEquals(List.of(List.of("news agency", "kantor berita")),
                RequiredLiteral.alternatives("\\b(news agency|kantor berita)\\b"));
        assertEquals(List.of(List.of("dok", "ilustrasi")), RequiredLiteral.alternatives("(dok\\.?|ilustrasi)"));
    }

    @Test
    void optionalOrComplexGroupsAndClassesRequireNothing() {
        assertEquals(List.of(), RequiredLiteral.alternatives("(foto|photo)?x"));
        assertEquals(List.of(), RequiredLiteral.alternatives("[a-z]+(\\d|x)"));
        assertEquals(List.of(), RequiredLiteral.alternatives("[^:/]"));
        assertEquals(List.of(), RequiredLiteral.alternatives("a|(b|c)"));
    }

    @Test
    void lastCharacterBeforeTrailingSpaceAndLineEnd() {
        assertEquals("])", RequiredLiteral.lastCharacters("\\s*[\\[(][a-z]{1,6}[\\])]\\s*$"));
        assertEquals(")", RequiredLiteral.lastCharacters("^.*\\(foto\\)$"));
        assertEquals(null, RequiredLiteral.lastCharacters("^.*foto.{0,20}$"));
        assertEquals(null, RequiredLiteral.lastCharacters("foto\\)"));
    }

    @Test
    void aLiteralLeadsWhenOnlyAnchorsAndFlagsComeFirst() {
        assertTrue(RequiredLiteral.leads("(?-i)\\bKOMPAS\\.TV\\s*[-–—]"));
        assertFalse(RequiredLiteral.leads("(?-i),\\s*MINA\\s*[-–—]"));
        assertFalse(RequiredLiteral.leads("\\b(channel|saluran) whatsapp kompas\\s?tv\\b"));
    }

    @Test
    void foldingMatchesCaseInsensitiveUnicodeComparison() {
        assertEquals("jum’at kompas.tv", RequiredLiteral.fold("JUM’AT Kompas.TV"));
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(Character.toLowerCase(Character.toUpperCase(c)), RequiredLiteral.fold(c));
        }
    }

    @Test
    void everyMatchOfAShippedRuleInTheSeedsHoldsItsLiteral() throws IOException {
        List<RuleFile.Entry> rules = Stream.concat(RuleFile.resource("cleaning_rules.txt").stream(),
                RuleFile.resource("outlet_signatures.txt").stream()).toList();
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
            seeds = files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
        int matches = 0;
        for (Path seed : seeds) {
            String text = Files.readString(seed);
            for (RuleFile.Entry rule : rules) {
                String regex = rule.keyAndValue()[1];
                for (Matcher m = rule.compile(regex).matcher(text); m.find(); ) {
                    matches++;
                    String folded = RequiredLiteral.fold(m.group());
                    assertTrue(folded.contains(RequiredLiteral.of(regex)), regex);
                    for (List<String> alternatives : RequiredLiteral.alternatives(regex)) {
                        assertTrue(alternatives.stream().anyMatch(folded::contains), regex);
                    }
                    String last = RequiredLiteral.lastCharacters(regex);
                    if (last != null) assertTrue(last.indexOf(folded.strip().charAt(folded.strip().length() - 1)) >= 0, regex);
                    if (RequiredLiteral.leads(regex)) assertTrue(folded.startsWith(RequiredLiteral.of(regex)), regex);
                }
            }
        }
        assertTrue(matches > 10, "the seeds exercise the rules: " + matches);
    }
}
