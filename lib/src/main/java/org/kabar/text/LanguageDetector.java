package org.kabar.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells which of Kabar's languages a text is written in, by its function words: every word of
 * the text that is on exactly one language's stopword list is a vote for that language, and the
 * language with most votes wins. Function words are the most frequent words of any text and
 * differ completely between Indonesian ("yang", "dan", "di", "itu") and English ("the", "of",
 * "and", "is"), so a news paragraph gives dozens of votes; a word on two lists ("per") gives none.
 *
 * <p>No language is given for a text with fewer than {@value #MIN_VOTES} votes or a tie: a
 * headline-only snippet, a list of names, a table of numbers. Page furniture in the other
 * language (an English "Read more" on an Indonesian page, "Baca juga" on an English one) is
 * outvoted by the article's own sentences.
 *
 * <p>Why not OpenNLP's language detector: its trained model (langdetect-183) is not published on
 * Maven Central, the only model source this project may use; a stopword vote needs no model and
 * gets every article of the test corpora right (LanguageDetectorTest).
 */
public final class LanguageDetector {

    /** Fewer votes than this and the text is not given a language. */
    public static final int MIN_VOTES = 3;

    private static final LanguageDetector STANDARD = new LanguageDetector(LanguageProfile.all());

    private final List<LanguageProfile> languages;
    /**
     * The voting words in an open-addressing hash table (empty slots null) and the number of
     * each one's language, so that a word of the text is looked up where it stands, without
     * being cut out of it: every word of every article passes here.
     */
    private final String[] voteWords;
    private final int[] voteLanguages;
    private final int mask;
    /** The lengths (in chars) of the shortest and the longest voting word. */
    private final int shortestVote;
    private final int longestVote;

    private LanguageDetector(List<LanguageProfile> languages) {
        this.languages = List.copyOf(languages);
        Map<String, Integer> voteOf = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (int language = 0; language < languages.size(); language++) {
            for (String word : languages.get(language).stopwords().words()) {
                Integer before = voteOf.putIfAbsent(word, language);
                if (before != null && before != language) shared.add(word);
            }
        }
        shared.forEach(voteOf::remove);
        shortestVote = voteOf.keySet().stream().mapToInt(String::length).min().orElse(1);
        longestVote = voteOf.keySet().stream().mapToInt(String::length).max().orElse(0);
        // At most half full, so that a probe meets an empty slot soon.
        int slots = Integer.highestOneBit(Math.max(1, voteOf.size()) * 4);
        mask = slots - 1;
        voteWords = new String[slots];
        voteLanguages = new int[slots];
        voteOf.forEach((word, language) -> {
            int slot = slot(word.hashCode());
            while (voteWords[slot] != null) slot = (slot + 1) & mask;
            voteWords[slot] = word;
            voteLanguages[slot] = language;
        });
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & mask;
    }

    /** The number of the language {@code text} from {@code start} to {@code end} votes for, or -1. */
    private int voteIn(String text, int start, int end) {
        int hash = 0;   // String.hashCode of the stretch
        for (int at = start; at < end; at++) hash = 31 * hash + text.charAt(at);
        for (int slot = slot(hash); voteWords[slot] != null; slot = (slot + 1) & mask) {
            String word = voteWords[slot];
            if (word.length() == end - start && text.regionMatches(start, word, 0, word.length())) return voteLanguages[slot];
        }
        return -1;
    }

    /** The detector over every language of {@code languages.tsv}. */
    public static LanguageDetector standard() {
        return STANDARD;
    }

    /** The detector over the given languages only. */
    public static LanguageDetector of(List<LanguageProfile> languages) {
        if (languages.isEmpty()) throw new IllegalArgumentException("a language detector needs at least one language");
        return new LanguageDetector(languages);
    }

    /** The language with most votes, or empty with fewer than {@value #MIN_VOTES} votes or a tie. */
    public Optional<LanguageProfile> detect(String text) {
        int[] votes = voteCounts(text);
        LanguageProfile best = null;
        int bestVotes = 0;
        boolean tie = false;
        for (int language = 0; language < votes.length; language++) {
            int count = votes[language];
            if (count > bestVotes) {
                best = languages.get(language);
                bestVotes = count;
                tie = false;
            } else if (count == bestVotes && count > 0) {
                tie = true;
            }
        }
        return bestVotes >= MIN_VOTES && !tie ? Optional.of(best) : Optional.empty();
    }

    /** The votes each language gets from the text (languages without a vote are absent). */
    public Map<LanguageProfile, Integer> votes(String text) {
        int[] counts = voteCounts(text);
        Map<LanguageProfile, Integer> votes = new HashMap<>();
        for (int language = 0; language < counts.length; language++) {
            if (counts[language] > 0) votes.put(languages.get(language), counts[language]);
        }
        return votes;
    }

    /** The votes of each language, by its place in {@link #languages}. */
    private int[] voteCounts(String text) {
        int[] votes = new int[languages.size()];
        // Normalised once for the whole text rather than word by word: every article passes here.
        String normalized = Tokens.normalize(text);
        eachWord(normalized, (start, end) -> {
            // A word shorter than the shortest voting word or longer than the longest is no vote: not looked up.
            if (end - start < shortestVote || end - start > longestVote) return;
            int language = voteIn(normalized, start, end);
            if (language >= 0) votes[language]++;
        });
        return votes;
    }

    /**
     * The words of a normalised text: runs of letters, two runs joined by one apostrophe counting
     * as one word ("jum'at", "don't"); what {@code \p{L}+(?:'\p{L}+)?} finds, read without a regex
     * engine because every article's whole text passes here.
     */
    static List<String> words(String normalized) {
        List<String> words = new ArrayList<>();
        eachWord(normalized, (start, end) -> words.add(normalized.substring(start, end)));
        return words;
    }

    /** Where a word of {@link #words} begins and ends. */
    private interface WordVisitor {
        void word(int start, int end);
    }

    private static void eachWord(String normalized, WordVisitor visitor) {
        int at = 0;
        while (at < normalized.length()) {
            int c = normalized.codePointAt(at);
            if (!Character.isLetter(c)) {
                at += Character.charCount(c);
                continue;
            }
            int start = at;
            at = lettersEnd(normalized, at);
            if (at + 1 < normalized.length() && normalized.charAt(at) == '\''
                    && Character.isLetter(normalized.codePointAt(at + 1))) {
                at = lettersEnd(normalized, at + 1);
            }
            visitor.word(start, at);
        }
    }

    private static int lettersEnd(String text, int at) {
        while (at < text.length()) {
            char ascii = text.charAt(at);
            if (ascii < 0x80) {
                // Most of the text: an ASCII letter is one of a-z once the case bit is set.
                if ((ascii | 0x20) < 'a' || (ascii | 0x20) > 'z') break;
                at++;
                continue;
            }
            int c = text.codePointAt(at);
            if (!Character.isLetter(c)) break;
            at += Character.charCount(c);
        }
        return at;
    }
}
