package org.kabar.text;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A stopword list: lower-case function words that term counts leave out by default.
 * The standard list is Indonesian's editable resource {@code stopwords.txt} (its header says where it comes
 * from and what was added). Instances are immutable; {@link #with} and {@link #without} return new
 * lists, so a notebook can adjust the list for one analysis.
 */
public final class Stopwords {

    private final SortedSet<String> words;
    /** The same words for lookup: every token of a corpus is looked up, so constant time matters. */
    private final Set<String> lookup;

    private Stopwords(SortedSet<String> words) {
        this.words = Collections.unmodifiableSortedSet(words);
        this.lookup = new HashSet<>(words);
    }

    /** The shipped Indonesian list; other languages' lists are {@link LanguageProfile#stopwords()}. */
    public static Stopwords standard() {
        return LanguageProfile.indonesian().stopwords();
    }

    /** A list from a file: UTF-8, one word per line, {@code #} comments. */
    public static Stopwords load(Path file) {
        return parse(ResourceFile.load(file));
    }

    /** No stopwords at all. */
    public static Stopwords none() {
        return new Stopwords(new TreeSet<>());
    }

    static Stopwords parse(List<ResourceFile.Line> lines) {
        SortedSet<String> words = new TreeSet<>();
        for (ResourceFile.Line line : lines) {
            if (line.text().chars().anyMatch(Character::isWhitespace)) {
                throw line.error("'" + line.text() + "' is not one word; write one stopword per line");
            }
            words.add(line.text().toLowerCase(Locale.ROOT));
        }
        return new Stopwords(words);
    }

    /** This list plus the given words. */
    public Stopwords with(String... added) {
        return with(Arrays.asList(added));
    }

    /** This list plus the given words. */
    public Stopwords with(Collection<String> added) {
        SortedSet<String> copy = new TreeSet<>(words);
        added.forEach(word -> copy.add(word.toLowerCase(Locale.ROOT)));
        return new Stopwords(copy);
    }

    /** This list without the given words. */
    public Stopwords without(String... removed) {
        SortedSet<String> copy = new TreeSet<>(words);
        Arrays.stream(removed).forEach(word -> copy.remove(word.toLowerCase(Locale.ROOT)));
        return new Stopwords(copy);
    }

    /** Whether a token is a stopword, compared case-insensitively. */
    public boolean contains(String token) {
        return lookup.contains(token.toLowerCase(Locale.ROOT));
    }

    /** The words, sorted. */
    public SortedSet<String> words() {
        return words;
    }
}
