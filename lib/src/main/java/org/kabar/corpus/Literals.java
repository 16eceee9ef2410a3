package org.kabar.corpus;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed set of literals searched for all at once, by an Aho–Corasick automaton (hankcs's
 * double-array trie): one pass over a text finds every occurrence of every literal, however many
 * there are. The rule files' patterns are tried only on text that holds what every match of them
 * contains ({@link RequiredLiteral}), and this is how the loader learns which literals a line or an
 * article holds: searching for each literal in turn cost a pass per literal.
 *
 * <p>Literals are compared exactly as given; callers case-fold both them and the text
 * ({@link RequiredLiteral#fold}). Each literal has a number, its place in the order first given;
 * the empty literal, which every text holds, is not searched for.
 */
final class Literals {

    private static final int[] NONE = {};

    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final AhoCorasickDoubleArrayTrie<Integer> automaton = new AhoCorasickDoubleArrayTrie<>();

    private Literals(Collection<String> literals) {
        literals.stream().filter(literal -> !literal.isEmpty()).forEach(literal -> numbers.putIfAbsent(literal, numbers.size()));
        if (!numbers.isEmpty()) automaton.build(numbers);
    }

    static Literals of(Collection<String> literals) {
        return new Literals(literals);
    }

    /** The number of a literal given when this set was made. */
    int number(String literal) {
        Integer number = numbers.get(literal);
        if (number == null) throw new IllegalArgumentException("not one of the literals: \"" + literal + "\"");
        return number;
    }

    /** Which literals occur in {@code text}, by number. */
    boolean[] occurring(CharSequence text) {
        boolean[] found = new boolean[numbers.size()];
        if (!numbers.isEmpty()) automaton.parseText(text, (AhoCorasickDoubleArrayTrie.IHit<Integer>) (start, end, literal) -> found[literal] = true);
        return found;
    }

    /** Where each literal begins in {@code text}, by number: ascending positions, none when it does not occur. */
    int[][] starts(CharSequence text) {
        int[][] starts = new int[numbers.size()][];
        int[] counts = new int[numbers.size()];
        if (!numbers.isEmpty()) {
            automaton.parseText(text, (AhoCorasickDoubleArrayTrie.IHit<Integer>) (start, end, literal) -> {
                int[] places = starts[literal];
                if (places == null) starts[literal] = places = new int[4];
                else if (counts[literal] == places.length) starts[literal] = places = Arrays.copyOf(places, 2 * places.length);
                places[counts[literal]++] = start;
            });
        }
        for (int literal = 0; literal < starts.length; literal++) {
            starts[literal] = starts[literal] == null ? NONE : Arrays.copyOf(starts[literal], counts[literal]);
        }
        return starts;
    }
}
