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
                    assertTrue(RequiredLiteral.fold(m.group()).contains(RequiredLiteral.of(regex)), regex);
                }
            }
        }
        assertTrue(matches > 10, "the seeds exercise the rules: " + matches);
    }
}
