package org.kabar.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Abbreviations written with a final dot, from {@code abbreviations.tsv}. The tokenizer keeps
 * their dot; the sentence detector never ends a sentence after a {@code prefix} abbreviation
 * ("No. 5", "Jl. Sudirman", "Rp. 300"), while a {@code final} one ("dll.") may end a sentence.
 * A single capital letter with a dot is an initial ("George W. Bush") and behaves as a prefix.
 */
final class Abbreviations {

    private final Set<String> prefixes = new HashSet<>();
    private final Set<String> all = new HashSet<>();
    /** The length of the longest abbreviation with its dot: a longer word is not looked up (every sentence's last word is asked about). */
    private int longest;

    /**
     * The abbreviations of every language Kabar reads, together: an Indonesian article quotes
     * English titles ("Mr.", "Gen.") and an English one Indonesian ranks ("Brigjen."), and a
     * mixed corpus is split by one pipeline.
     */
    static Abbreviations standard() {
        return new Abbreviations(LanguageProfile.allResources("text", "abbreviations.tsv"));
    }

    Abbreviations(List<ResourceFile.Line> lines) {
        for (ResourceFile.Line line : lines) {
            String[] fields = line.text().split("\t");
            if (fields.length != 2) {
                throw line.error("expected 'abbreviation<TAB>prefix|final', found " + fields.length + " field(s)");
            }
            String abbreviation = fields[0].strip();
            if (!abbreviation.endsWith(".") || abbreviation.length() < 2) {
                throw line.error("abbreviation '" + abbreviation + "' must be letters followed by a dot");
            }
            String key = abbreviation.toLowerCase(Locale.ROOT);
            switch (fields[1].strip()) {
                case "prefix" -> prefixes.add(key);
                case "final" -> { }
                default -> throw line.error("unknown kind '" + fields[1].strip() + "' (expected prefix or final)");
            }
            all.add(key);
            longest = Math.max(longest, key.length());
        }
    }

    /** Whether {@code word} followed by a dot is a known abbreviation or an initial. */
    boolean isAbbreviation(String word) {
        return isInitial(word) || word.length() < longest && all.contains(word.toLowerCase(Locale.ROOT) + ".");
    }

    /** Whether {@code word} followed by a dot is always followed by more of the same sentence. */
    boolean neverEndsSentence(String word) {
        return isInitial(word) || word.length() < longest && prefixes.contains(word.toLowerCase(Locale.ROOT) + ".");
    }

    private static boolean isInitial(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }
}
