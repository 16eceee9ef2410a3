package org.kabar.corpus;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed set of literals searched for all at once, by an Aho–Corasick automaton: one pass over a
 * text finds every occurrence of every literal, however many there are. The rule files' patterns
 * are tried only on text that holds what every match of them contains ({@link RequiredLiteral}),
 * and this is how the loader learns which literals a line or an article holds: searching for each
 * literal in turn cost a pass per literal.
 *
 * <p>The automaton is the textbook one with its failure links compiled away: one table gives, for
 * each state and each class of character, the next state, so each character of a text costs one
 * lookup. Characters that occur in no literal share one class, which leads back to the start. Why
 * not a library's automaton: every article passes through here three times (cleaning rules,
 * outlet signatures, date names: about 12,000 characters), and both Aho–Corasick libraries tried
 * (hankcs's double-array trie, roklenarcic's map) walk failure links as they read, 13–21 ns per
 * character of Kabar's texts against 4–6 ns for this table (same texts, same literals, one JVM):
 * hankcs's was 29 % of the count route's CPU. The price is memory, states × classes ints: the
 * shipped cleaning rules 1,726 × 43 (290 KB), the outlet signatures and listed names 1,948 × 40 (300 KB).
 *
 * <p>Literals and text are compared case-folded, as a case-insensitive Unicode pattern compares
 * them ({@link RequiredLiteral#fold(char)}), and either apostrophe counts as the other. The text is
 * folded as it is read, through the table of character classes, so no folded copy of it is made.
 * Where a literal is found only thanks to the apostrophes, a rule is tried that then does not
 * match: a try more, never a match fewer. Each literal has a number, its place in the order first
 * given (literals that fold alike are one); the empty literal, which every text holds, is not
 * searched for.
 */
final class Literals {

    private static final int[] NONE = {};

    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    /** Each literal's length, by number: where an occurrence ends tells where it starts. */
    private final int[] lengths;
    /** The class of each character: 0 for one in no literal, else 1 + its place among the literals' characters. */
    private final char[] classOf = new char[Character.MAX_VALUE + 1];
    private final int classes;
    /**
     * The next state, by the row of the state before: {@code next[row + class]}, where a state's row
     * is {@code state * classes} (state 0, the start, is row 0). A state at which literals end is
     * given as {@code ~state}, so that one look-up per character also tells whether any end there,
     * and where they do, the state finds its literals without a division.
     */
    private final int[] next;
    /** The literals that end on reaching each state, by number. */
    private final int[][] ending;

    private Literals(Collection<String> literals) {
        literals.stream().filter(literal -> !literal.isEmpty()).forEach(literal -> numbers.putIfAbsent(fold(literal), numbers.size()));
        lengths = numbers.keySet().stream().mapToInt(String::length).toArray();
        int classCount = 1;
        for (String literal : numbers.keySet()) {
            for (char c : literal.toCharArray()) {
                if (classOf[c] == 0) classOf[c] = (char) classCount++;
            }
        }
        classes = classCount;
        // Every character takes the class of its fold (the literals hold folded characters only).
        for (int c = 0; c <= Character.MAX_VALUE; c++) classOf[c] = classOf[fold((char) c)];
        // The trie of the literals: goTo.get(state)[class] is the child, 0 for none (the start is no one's child).
        List<int[]> goTo = new ArrayList<>();
        List<int[]> ends = new ArrayList<>();
        goTo.add(new int[classes]);
        ends.add(NONE);
        numbers.forEach((literal, number) -> {
            int state = 0;
            for (char c : literal.toCharArray()) {
                int[] children = goTo.get(state);
                if (children[classOf[c]] == 0) {
                    children[classOf[c]] = goTo.size();
                    goTo.add(new int[classes]);
                    ends.add(NONE);
                }
                state = children[classOf[c]];
            }
            ends.set(state, append(ends.get(state), number));
        });
        // Breadth first, so a state's failure (the longest proper suffix that is a trie state) is
        // complete before its children's: a missing child becomes the failure's transition, and a
        // state's literals include its failure's.
        int[] failure = new int[goTo.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : goTo.get(0)) {
            if (child != 0) queue.add(child);
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            ends.set(state, concat(ends.get(state), ends.get(failure[state])));
            int[] children = goTo.get(state);
            int[] failureChildren = goTo.get(failure[state]);
            for (int c = 0; c < classes; c++) {
                if (children[c] != 0) {
                    failure[children[c]] = failureChildren[c];
                    queue.add(children[c]);
                } else {
                    children[c] = failureChildren[c];
                }
            }
        }
        next = new int[goTo.size() * classes];
        ending = new int[goTo.size()][];
        for (int state = 0; state < goTo.size(); state++) {
            int[] targets = goTo.get(state);
            for (int c = 0; c < classes; c++) {
                next[state * classes + c] = ends.get(targets[c]).length == 0 ? targets[c] * classes : ~targets[c];
            }
            ending[state] = ends.get(state);
        }
    }

    static Literals of(Collection<String> literals) {
        return new Literals(literals);
    }

    /** The number of a literal given when this set was made. */
    int number(String literal) {
        Integer number = numbers.get(literal);
        if (number == null) number = numbers.get(fold(literal));
        if (number == null) throw new IllegalArgumentException("not one of the literals: \"" + literal + "\"");
        return number;
    }

    /** Which literals occur in {@code text}, by number. */
    boolean[] occurring(CharSequence text) {
        boolean[] found = new boolean[lengths.length];
        int row = 0;
        for (int at = 0; at < text.length(); at++) {
            row = next[row + classOf[text.charAt(at)]];
            if (row < 0) {
                int state = ~row;
                for (int literal : ending[state]) found[literal] = true;
                row = state * classes;
            }
        }
        return found;
    }

    /** Where each literal begins in {@code text}, by number: ascending positions, none when it does not occur. */
    int[][] starts(CharSequence text) {
        int[][] starts = new int[lengths.length][];
        int[] counts = new int[lengths.length];
        int row = 0;
        for (int at = 0; at < text.length(); at++) {
            row = next[row + classOf[text.charAt(at)]];
            if (row >= 0) continue;
            int state = ~row;
            row = state * classes;
            for (int literal : ending[state]) {
                int[] places = starts[literal];
                if (places == null) starts[literal] = places = new int[4];
                else if (counts[literal] == places.length) starts[literal] = places = Arrays.copyOf(places, 2 * places.length);
                places[counts[literal]++] = at + 1 - lengths[literal];
            }
        }
        for (int literal = 0; literal < starts.length; literal++) {
            starts[literal] = starts[literal] == null ? NONE : Arrays.copyOf(starts[literal], counts[literal]);
        }
        return starts;
    }

    private static String fold(String literal) {
        char[] folded = literal.toCharArray();
        for (int i = 0; i < folded.length; i++) folded[i] = fold(folded[i]);
        return new String(folded);
    }

    private static char fold(char c) {
        return c == '’' ? '\'' : RequiredLiteral.fold(c);
    }

    private static int[] append(int[] numbers, int number) {
        int[] longer = Arrays.copyOf(numbers, numbers.length + 1);
        longer[numbers.length] = number;
        return longer;
    }

    private static int[] concat(int[] first, int[] second) {
        if (second.length == 0) return first;
        int[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
