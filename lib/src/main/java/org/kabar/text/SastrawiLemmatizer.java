package org.kabar.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import jsastrawi.morphology.DefaultLemmatizer;
import opennlp.tools.stemmer.Stemmer;

/**
 * Sastrawi's dictionary lemmatizer (the Nazief–Adriani algorithm with its later refinements, in
 * its Java port JSastrawi) behind OpenNLP's {@link Stemmer} interface. It removes affixes only
 * while the remainder is checked against a list of about 30,000 Indonesian root words, so it
 * restores the letter a prefix swallowed ("mengatakan" → "kata") and leaves a word it cannot
 * reduce to a known root as written ("diplomatik" stays "diplomatik"). Reduplicated plurals
 * reduce to their root ("negara-negara" → "negara").
 *
 * <p>Expects lower-case input and returns lower case. The root-word list is the one inside the
 * JSastrawi jar, plus any words given to the constructor: add names and new words the list does
 * not know, so they are never stripped ("pemilu" stays "pemilu" once listed). Not thread-safe
 * (it remembers the words it has reduced), so make one per thread.
 */
public final class SastrawiLemmatizer implements Stemmer {

    /** Words remembered before the memory is emptied: a news vocabulary fits many times over. */
    private static final int REMEMBERED = 200_000;

    private static Set<String> standardRoots;

    private final DefaultLemmatizer lemmatizer;
    private final Map<String, String> remembered = new HashMap<>();

    /** With JSastrawi's own root-word list. */
    public SastrawiLemmatizer() {
        this(Set.of());
    }

    /** With JSastrawi's root-word list plus {@code extraRoots} (lower case). */
    public SastrawiLemmatizer(Collection<String> extraRoots) {
        Set<String> roots = standardRoots();
        if (!extraRoots.isEmpty()) {
            roots = new HashSet<>(roots);
            roots.addAll(extraRoots);
        }
        lemmatizer = new DefaultLemmatizer(roots);
    }

    @Override
    public CharSequence stem(CharSequence word) {
        String text = word.toString();
        String root = remembered.get(text);
        if (root == null) {
            // Sastrawi's rules assume a word of letters; numbers and codes stay as written.
            root = hasLetters(text) ? lemmatizer.lemmatize(text) : text;
            if (remembered.size() >= REMEMBERED) remembered.clear();
            remembered.put(text, root);
        }
        return root;
    }

    /** JSastrawi's root-word list, read once and shared (never modified). */
    static synchronized Set<String> standardRoots() {
        if (standardRoots == null) {
            InputStream in = DefaultLemmatizer.class.getResourceAsStream("/root-words.txt");
            if (in == null) throw new IllegalStateException("root-words.txt is missing from the JSastrawi jar");
            Set<String> roots = new HashSet<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String root = line.strip();
                    if (!root.isEmpty()) roots.add(root);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read JSastrawi's root-words.txt: " + e.getMessage(), e);
            }
            standardRoots = Set.copyOf(roots);
        }
        return standardRoots;
    }

    private static boolean hasLetters(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) return true;
        }
        return false;
    }
}
