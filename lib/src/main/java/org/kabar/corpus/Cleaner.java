package org.kabar.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kabar.text.Whitespace;

/**
 * Removes from an article what is not reporting (cross-links, photo captions, social prompts,
 * comment boxes, site widgets, bylines, datelines, sign-offs) and records every removal.
 *
 * <p>The rules are an editable table, {@code cleaning_rules.txt} beside this class: a rule name,
 * a tab, a regular expression. Each rule is searched for in each line in file order; what it
 * matches is removed, and a line left with only spaces and punctuation goes whole. One rule is
 * built in because no single-line pattern can see it: a line printed again on the next
 * non-blank line (a photo caption repeated) is removed in every copy, as {@code repeated-line}.
 */
public final class Cleaner {

    /** Name under which repeated lines are recorded. */
    public static final String REPEATED_LINE = "repeated-line";

    private static final Pattern NOTHING_LEFT = Pattern.compile("[\\s\\p{P}]*", Pattern.UNICODE_CHARACTER_CLASS);

    private static final Cleaner STANDARD = new Cleaner(RuleFile.resource("cleaning_rules.txt"));

    /**
     * A rule; the sets of literals ({@link Literals} numbers) of which every match holds one of
     * each, the characters of which one ends it before trailing spaces, if known, and whether it
     * starts with {@code ^} (see {@link RequiredLiteral}): within a line that holds no line break
     * such a rule can match only at the line's start, so it need not be tried at every position.
     */
    private record Rule(String name, Pattern pattern, int[][] requiredSets, String lastCharacters, boolean anchored) {

        /**
         * Whether the rule can match in a line, given the line, the literals it holds, and whether
         * it holds line breaks.
         */
        boolean mayMatch(String line, boolean[] held, boolean oneLine) {
            for (int[] set : requiredSets) {
                if (!holdsAny(held, set)) return false;
            }
            return lastCharacters == null || !oneLine || lastCharacters.indexOf(RequiredLiteral.fold(lastVisible(line))) >= 0;
        }

        /** A plain loop, not a stream: asked of every rule on every line of every article. */
        private static boolean holdsAny(boolean[] held, int[] literals) {
            for (int literal : literals) {
                if (held[literal]) return true;
            }
            return false;
        }

        private static char lastVisible(String text) {
            int i = text.length() - 1;
            while (i >= 0 && Whitespace.isUnicodeSpace(text.charAt(i))) i--;
            return i < 0 ? '\n' : text.charAt(i);
        }
    }


    /** One removal: the 1-based line number in the article, the text removed, and why. */
    public record Removal(int lineNumber, String removed, String rule) implements java.io.Serializable {}

    /** The lines of an article that were kept, in order, their 1-based line numbers, and the removals. */
    public record Result(List<String> keptLines, List<Integer> keptLineNumbers, List<Removal> removals) {}

    private final List<Rule> rules;
    /** Every literal the rules require, searched for in a line in one pass. */
    private final Literals literals;

    private Cleaner(List<RuleFile.Entry> entries) {
        List<RequiredLiteral> readings = entries.stream().map(entry -> RequiredLiteral.of(entry.keyAndValue()[1])).toList();
        literals = Literals.of(readings.stream().flatMap(reading -> reading.sets().stream()).flatMap(List::stream).toList());
        List<Rule> parsed = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String[] nameAndRegex = entries.get(i).keyAndValue();
            RequiredLiteral reading = readings.get(i);
            parsed.add(new Rule(nameAndRegex[0], entries.get(i).compile(nameAndRegex[1]),
                    reading.sets().stream().map(set -> set.stream().mapToInt(literals::number).toArray()).toArray(int[][]::new),
                    reading.lastCharacters(), reading.anchored()));
        }
        this.rules = List.copyOf(parsed);
    }

    /** The rules shipped with Kabar. */
    public static Cleaner standard() {
        return STANDARD;
    }

    /** Rules from a user's own file, in the format of {@code cleaning_rules.txt}. */
    public static Cleaner load(Path rulesFile) {
        return new Cleaner(RuleFile.file(rulesFile));
    }

    /**
     * Cleans text whose lines end in {@code \n}. A line removed whole leaves no blank behind, so
     * a paragraph that held a cross-link stays one paragraph; blank lines of the input are kept.
     */
    public Result clean(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        List<String> kept = new ArrayList<>();
        List<Integer> keptNumbers = new ArrayList<>();
        List<Removal> removals = new ArrayList<>();
        boolean[] repeated = repeatedLines(lines);
        for (int i = 0; i < lines.size(); i++) {
            if (repeated[i]) {
                removals.add(new Removal(i + 1, lines.get(i).strip(), REPEATED_LINE));
                continue;
            }
            String line = applyRules(lines.get(i), i + 1, removals);
            if (line != null) {
                kept.add(line);
                keptNumbers.add(i + 1);
            }
        }
        return new Result(List.copyOf(kept), List.copyOf(keptNumbers), List.copyOf(removals));
    }

    /** The line with what the rules match removed, or null when nothing of it is left. */
    private String applyRules(String line, int lineNumber, List<Removal> removals) {
        if (line.isBlank()) return line;
        String current = line;
        boolean[] held = literals.occurring(current);
        boolean oneLine = !hasLineSeparator(line);
        for (Rule rule : rules) {
            if (!rule.mayMatch(current, held, oneLine)) continue;
            Matcher match = rule.pattern().matcher(current);
            if (!(rule.anchored() && oneLine ? match.lookingAt() : match.find())) {
                continue;
            }
            String rest = current.substring(0, match.start()) + current.substring(match.end());
            if (NOTHING_LEFT.matcher(rest).matches()) {
                removals.add(new Removal(lineNumber, current.strip(), rule.name()));
                return null;
            }
            removals.add(new Removal(lineNumber, match.group().strip(), rule.name()));
            current = rest.stripTrailing();
            held = literals.occurring(current);
        }
        return current;
    }

    /** Whether the line holds a line terminator besides {@code \n} (on which lines are split): a multi-line {@code ^} also matches after one. */
    private static boolean hasLineSeparator(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') return true;
        }
        return false;
    }

    /** Marks every copy of a non-blank line that is repeated on the next non-blank line. */
    private static boolean[] repeatedLines(List<String> lines) {
        boolean[] repeated = new boolean[lines.size()];
        int previous = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            if (previous >= 0 && lines.get(i).strip().equals(lines.get(previous).strip())) {
                repeated[previous] = true;
                repeated[i] = true;
            }
            previous = i;
        }
        return repeated;
    }
}
