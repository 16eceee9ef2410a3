package org.kabar.corpus;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A list of literal names as one regular expression that matches what the plain alternation of
 * them, longest first, matches, but written as a tree of shared beginnings:
 * {@code Kompas.com|Kompas TV|Kumparan} becomes {@code K(?:ompas(?:\.com| TV)|umparan)}.
 *
 * <p>Why: {@link Pattern} tries the alternatives of a group one after the other. The outlet forms
 * try every listed outlet name (hundreds of them) at every line start of every article, so a flat
 * alternation cost most of the time spent naming an article's outlet; the tree tries a few dozen
 * first characters and follows only the branch that matches.
 *
 * <p>Same matches: the names that match at one position are beginnings of each other, and each
 * branch point tries the longer names before the name that ends there (an empty last
 * alternative), so the names are tried longest first, as in the flat alternation. Ignoring case,
 * characters share a branch when they fold alike ({@link RequiredLiteral#fold(char)}), which is
 * how a case-insensitive Unicode pattern compares a literal character. One exception in the
 * Basic Multilingual Plane: {@link Pattern} compares a lone ß exactly but folds it in a longer
 * run, where it also matches ẞ; so where a branch leaves ß alone, ẞ in the text no longer
 * matches there (no listed outlet name holds either).
 */
final class Alternation {

    private Alternation() {}

    /**
     * The names as one expression (no group around it when it is a single name; empty for no names); with
     * {@code ignoreCase}, for use where the pattern compares case-insensitively with Unicode case.
     */
    static String of(Collection<String> names, boolean ignoreCase) {
        if (names.isEmpty()) return "";
        Node root = new Node();
        for (String name : names) {
            if (name.isEmpty()) throw new IllegalArgumentException("an empty name in an alternation");
            Node node = root;
            for (char c : name.toCharArray()) node = node.child(c, ignoreCase);
            node.ends = true;
        }
        return root.regex();
    }

    private static final class Node {
        /** Children by the character (or its fold, ignoring case), each with the character as first written. */
        private final Map<Character, Node> children = new TreeMap<>();
        private char written;
        private boolean ends;

        Node child(char c, boolean ignoreCase) {
            char key = ignoreCase ? RequiredLiteral.fold(c) : c;
            return children.computeIfAbsent(key, k -> {
                Node node = new Node();
                node.written = c;
                return node;
            });
        }

        String regex() {
            List<String> branches = children.values().stream().map(Node::branch).toList();
            if (branches.size() == 1 && !ends) return branches.get(0);
            // The name that ends here is tried after every longer one: an empty alternative, last.
            return "(?:" + String.join("|", branches) + (ends ? "|" : "") + ")";
        }

        /** This node's characters up to the next branch point, quoted, and what follows. */
        private String branch() {
            StringBuilder run = new StringBuilder().append(written);
            Node node = this;
            while (!node.ends && node.children.size() == 1) {
                node = node.children.values().iterator().next();
                run.append(node.written);
            }
            String rest = node.children.isEmpty() ? "" : node.regex();
            return Pattern.quote(run.toString()) + rest;
        }
    }
}
