package org.kabar.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import opennlp.tools.stemmer.Stemmer;

/**
 * How a word is reduced before it is counted: not at all ({@link #none()}), by Snowball's rules
 * ({@link #snowball()}, {@link IndonesianStemmer}) or to its dictionary root by Sastrawi
 * ({@link #sastrawi()}, {@link SastrawiLemmatizer}). Term counts, concordances and the command
 * line take one of these, so a word is reduced the same way everywhere.
 *
 * <pre>{@code
 * Terms.unigrams().roots(Roots.sastrawi()).perPeriod(tokens);
 * Roots.sastrawi().withWords(Path.of("my-roots.txt"));     // names and new words kept whole
 * }</pre>
 *
 * <p><b>Names and acronyms are never reduced</b>, by either reducer: a token written in capitals
 * ("NATO", "KTT") and a capitalised token inside a sentence ("Blinken", "Dialog" of the
 * "Dialog Stabilitas Strategik") count as written, lower-cased. A capital says nothing where
 * every word would have one, so there it does not protect the word: at the first word of a
 * sentence, after an opening quotation mark, a bracket, a colon or a dash, and in a headline
 * written in title case (two or more capitalised words, and no lower-case word but the
 * prepositions, conjunctions and particles that Indonesian spelling rules keep lower case in
 * titles). A name at the start of a sentence is therefore reduced like any word; Sastrawi leaves
 * it alone unless stripping it leaves a known root ("Dimas" → "mas"), and {@link #withWords}
 * makes it known.
 *
 * <p>Thread-safe: each thread gets its own reducer.
 */
public final class Roots {

    private static final Set<String> CAPITAL_FREE_AFTER = Set.of("\"", "\u201C", "\u2018", "'", "(", "[", ":", "-",
            "\u2013", "\u2014");

    /** Words that stay lower case inside a title (PUEBI: prepositions, conjunctions, particles). */
    private static final Set<String> LOWER_IN_TITLES = Set.of("di", "ke", "dari", "dan", "yang", "untuk", "pada",
            "dengan", "dalam", "atau", "bagi", "oleh", "tentang", "terhadap", "kepada", "antara", "sebagai", "serta",
            "tetapi", "namun", "karena", "bahwa", "agar", "si", "sang", "para", "pun", "per");

    private final String name;
    private final List<String> extraWords;
    private final ThreadLocal<Stemmer> perThread;

    private Roots(String name, Supplier<Stemmer> reducers, List<String> extraWords) {
        this.name = name;
        this.extraWords = extraWords;
        this.perThread = ThreadLocal.withInitial(reducers);
    }

    /** Words counted as written, lower-cased. */
    public static Roots none() {
        return new Roots("none", () -> word -> word, List.of());
    }

    /** Snowball's Indonesian stemmer (Tala 2003), with reduplication: rules only, no dictionary. */
    public static Roots snowball() {
        return new Roots("snowball", IndonesianStemmer::new, List.of());
    }

    /**
     * Snowball's stemmer of a language: {@link #snowball()} for Indonesian, OpenNLP's Snowball
     * stemmer of the language ({@code languages.tsv}) for the others, e.g. Porter's English rules.
     */
    public static Roots snowball(LanguageProfile language) {
        if (language == LanguageProfile.indonesian()) return snowball();
        return new Roots("snowball", () -> {
            opennlp.tools.stemmer.snowball.SnowballStemmer stemmer = language.snowballStemmer();
            return word -> stemmer.stem(word).toString();
        }, List.of());
    }

    /** Sastrawi's lemmatizer with its own root-word list. */
    public static Roots sastrawi() {
        return new Roots("sastrawi", SastrawiLemmatizer::new, List.of());
    }

    /**
     * The reducer Kabar uses when counting roots without naming one: Sastrawi, which reduced far
     * more of the hand-checked word list to the right root than Snowball did (README, "Root words").
     */
    public static Roots standard() {
        return sastrawi();
    }

    /** The reducer of that name: {@code none}, {@code snowball} or {@code sastrawi}. */
    public static Roots named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "none" -> none();
            case "snowball" -> snowball();
            case "sastrawi" -> sastrawi();
            default -> throw new IllegalArgumentException("a root reducer is none, snowball or sastrawi, not " + name);
        };
    }

    /**
     * Sastrawi with more root words: names and words its list does not know, which it then never
     * strips. One word a line, {@code #} starts a comment; a line with a space or without a letter
     * is rejected with its file and line.
     */
    public Roots withWords(Path file) {
        requireDictionary();
        List<String> words = new ArrayList<>();
        for (ResourceFile.Line line : ResourceFile.load(file)) {
            String word = line.text();
            if (word.chars().anyMatch(Character::isWhitespace)) {
                throw line.error("one root word a line, without spaces: \"" + word + "\"");
            }
            if (word.chars().noneMatch(Character::isLetter)) {
                throw line.error("a root word needs a letter: \"" + word + "\"");
            }
            words.add(word);
        }
        return withWords(words.toArray(String[]::new));
    }

    /** Sastrawi with more root words (see {@link #withWords(Path)}). */
    public Roots withWords(String... words) {
        requireDictionary();
        List<String> all = new ArrayList<>(extraWords);
        for (String word : words) all.add(Tokens.normalize(word.strip()));
        List<String> extended = List.copyOf(all);
        return new Roots(name, () -> new SastrawiLemmatizer(extended), extended);
    }

    private void requireDictionary() {
        if (!name.equals("sastrawi")) {
            throw new IllegalArgumentException(name + " has no root-word list; only sastrawi takes extra words");
        }
    }

    /** {@code none}, {@code snowball} or {@code sastrawi}. */
    public String name() {
        return name;
    }

    /**
     * What a count by this reducer counts, in words: "words as written", "Snowball stems",
     * "Sastrawi roots", or "Sastrawi roots, 2 root words added".
     */
    public String description() {
        String kind = switch (name) {
            case "none" -> "words as written";
            case "snowball" -> "Snowball stems";
            default -> "Sastrawi roots";
        };
        return extraWords.isEmpty() ? kind
                : kind + ", " + extraWords.size() + (extraWords.size() == 1 ? " root word" : " root words") + " added";
    }

    /** Whether words are counted as written. */
    public boolean isNone() {
        return name.equals("none");
    }

    /** The root of one word, lower-cased and reduced; no name rule (it has no sentence around it). */
    public String of(String word) {
        String norm = Tokens.normalize(word);
        return TextPipeline.isWord(norm) ? perThread.get().stem(norm).toString() : norm;
    }

    /**
     * The counting key of each token of one sentence: its {@code norm}, reduced unless it is no
     * word or the name rule keeps it (see the class comment).
     */
    public String[] keys(String[] sentence) {
        String[] keys = new String[sentence.length];
        if (isNone()) {
            for (int i = 0; i < sentence.length; i++) keys[i] = Tokens.normalize(sentence[i]);
            return keys;
        }
        boolean titleCase = isTitleCase(sentence);
        boolean capitalFree = true;
        Stemmer reducer = perThread.get();
        for (int i = 0; i < sentence.length; i++) {
            String token = sentence[i];
            String norm = Tokens.normalize(token);
            if (!TextPipeline.isWord(token)) {
                keys[i] = norm;
                capitalFree |= CAPITAL_FREE_AFTER.contains(token);
                continue;
            }
            boolean kept = isAllCaps(token) || !titleCase && !capitalFree && isCapitalised(token);
            keys[i] = kept ? norm : reducer.stem(norm).toString();
            capitalFree = false;
        }
        return keys;
    }

    @Override
    public String toString() {
        return extraWords.isEmpty() ? name : name + " + " + extraWords.size() + " words";
    }

    /** Two or more letters, all of them capitals ("AS", "NATO", "KTT"). */
    static boolean isAllCaps(String token) {
        int letters = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters >= 2;
    }

    /** Starts with a capital letter and has lower-case letters ("Blinken", "Dialog"). */
    static boolean isCapitalised(String token) {
        return Character.isUpperCase(token.charAt(0)) && !isAllCaps(token);
    }

    /** A headline in title case: two or more capitalised words, every lower-case word one titles keep lower. */
    static boolean isTitleCase(String[] sentence) {
        int capitalised = 0;
        for (String token : sentence) {
            if (!TextPipeline.isWord(token) || token.chars().noneMatch(Character::isLetter)) continue;
            if (Character.isUpperCase(token.charAt(0))) {
                if (!isAllCaps(token)) capitalised++;
            } else if (!LOWER_IN_TITLES.contains(token)) {
                return false;
            }
        }
        return capitalised >= 2;
    }
}
