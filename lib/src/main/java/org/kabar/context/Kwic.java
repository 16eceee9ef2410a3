package org.kabar.context;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.kabar.actors.Mentions;
import org.kabar.text.Roots;
import org.kabar.text.Tokens;
import org.kabar.text.Whitespace;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Keyword in context: every occurrence of a term, a stem or an actor with the tokens around it.
 *
 * <pre>{@code
 * Kwic.of(tokens).window(6).sortBy(Kwic.Order.RIGHT).term("sanksi")
 * Kwic.of(tokens).root(Roots.sastrawi(), "dialog")            // dialog, berdialog, ...
 * Kwic.of(tokens).actor(mentions, "Sergey Lavrov")
 * }</pre>
 *
 * <p>Input: the tokens of a corpus ({@link Tokens#of}).
 * The window counts tokens, punctuation included, and stays within the article (it crosses
 * sentence boundaries, as concordancers do).
 *
 * <p>Result columns: {@code id | period | sentence | position | left | node | right}, where
 * {@code position} is the node's first token and the contexts are the surface tokens joined with
 * spaces (none before closing punctuation or after an opening parenthesis).
 */
public final class Kwic {

    /** How concordance lines are ordered; ties always fall back to text order (id, position). */
    public enum Order {
        /** Article id, then position: the order of reading. */
        TEXT,
        /** Alphabetically by the word just left of the node, then the one before it, ...: shows what precedes. */
        LEFT,
        /** Alphabetically by the word just right of the node, then the next, ...: shows what follows. */
        RIGHT
    }

    private final Tokens tokens;
    private final Map<String, List<Token>> tokensById;
    private final int window;
    private final Order order;

    private record Token(int row, String period, int sentence, int position, int end, String surface, String norm,
            String stem) {}

    private record Line(String id, Token first, List<Token> left, List<Token> node, List<Token> right) {}

    private Kwic(Tokens tokens, Map<String, List<Token>> tokensById, int window, Order order) {
        this.tokens = tokens;
        this.tokensById = tokensById;
        this.window = window;
        this.order = order;
    }

    /** A concordancer over the tokens of a corpus ({@link Tokens#of}). */
    public static Kwic of(Tokens tokens) {
        Map<String, List<Token>> byId = new LinkedHashMap<>();
        for (int row = 0; row < tokens.rowCount(); row++) {
            byId.computeIfAbsent(tokens.id(row), id -> new ArrayList<>()).add(new Token(row, tokens.period(row),
                    tokens.sentence(row), tokens.position(row), tokens.end(row), tokens.token(row),
                    tokens.norm(row), tokens.stem(row)));
        }
        byId.values().forEach(list -> list.sort(Comparator.comparingInt(Token::position)));
        return new Kwic(tokens, byId, 5, Order.TEXT);
    }

    /** The same concordancer showing {@code tokens} on each side of the node (default 5); this one is unchanged. */
    public Kwic window(int tokens) {
        if (tokens < 0) {
            throw new IllegalArgumentException("window must be 0 or more tokens, was " + tokens);
        }
        return new Kwic(this.tokens, tokensById, tokens, order);
    }

    /** The same concordancer with lines in {@code order} (default {@link Order#TEXT}); this one is unchanged. */
    public Kwic sortBy(Order order) {
        return new Kwic(tokens, tokensById, window, order);
    }

    /** Occurrences of a term, matched on {@code norm}; several words ("jaminan keamanan") match consecutive tokens. */
    public Table term(String term) {
        return matching(term, Token::norm);
    }

    /**
     * Occurrences of every token whose {@code stem} column equals {@code stem}, taken as a stem
     * already: Snowball stems "dialog" to "alog", so {@code stem("dialog")} finds "berdialog" and
     * not "dialog". To find the words counted together with a word, use {@link #root}.
     */
    public Table stem(String stem) {
        return matching(stem, Token::stem);
    }

    /**
     * Occurrences of every word that {@code roots} reduces to the root of {@code word}: exactly the
     * tokens that {@code Terms.unigrams().roots(roots)} counts under the same term as {@code word}
     * (names and acronyms kept as written, as there). With Sastrawi, "dialog" finds "dialog" and
     * "berdialog"; with Snowball, which stems them apart (alog, dialog), only "dialog".
     */
    public Table root(Roots roots, String word) {
        String root = roots.of(word.strip());
        String[] keys = tokens.keys(roots);
        List<Line> lines = new ArrayList<>();
        tokensById.forEach((id, tokens) -> {
            for (int i = 0; i < tokens.size(); i++) {
                if (keys[tokens.get(i).row()].equals(root)) lines.add(line(id, tokens, i, 1));
            }
        });
        return toTable(lines, "KWIC of " + word.strip() + " by its " + roots.name() + " root " + root);
    }

    /**
     * Mentions of an actor ({@code Actors.find}, {@code People.find}); the node is the mention's tokens, from
     * the one at its position to the last that ends by the mention's end. Mentions in a headline
     * ({@code part} "headline") are not lines: the tokens table reads the text only.
     */
    public Table actor(Mentions found, String actor) {
        // A mention's position counts the tokens of the pipeline that found it; other tokens would misplace it.
        if (!found.pipeline().equals(tokens.pipeline())) {
            throw new IllegalArgumentException("the mentions were found with another text pipeline than these tokens were"
                    + " split with: find them with actors.withPipeline(tokens.pipeline())");
        }
        Table mentions = found.table();
        boolean withParts = mentions.containsColumn("part");
        List<Line> lines = new ArrayList<>();
        for (int row = 0; row < mentions.rowCount(); row++) {
            if (!mentions.getString(row, "actor").equals(actor)
                    || withParts && mentions.getString(row, "part").equals("headline")) {
                continue;
            }
            List<Token> tokens = tokensById.getOrDefault(mentions.getString(row, "id"), List.of());
            int start = indexOfPosition(tokens, mentions.intColumn("position").getInt(row));
            if (start >= 0) {
                int mentionEnd = mentions.intColumn("end").getInt(row);
                int end = start + 1;
                while (end < tokens.size() && tokens.get(end).end() <= mentionEnd) end++;
                lines.add(line(mentions.getString(row, "id"), tokens, start, end - start));
            }
        }
        return toTable(lines, "KWIC of actor " + actor);
    }

    private Table matching(String query, Function<Token, String> field) {
        String[] words = Whitespace.words(query.toLowerCase(Locale.ROOT).strip());
        List<Line> lines = new ArrayList<>();
        tokensById.forEach((id, tokens) -> {
            for (int start = 0; start + words.length <= tokens.size(); start++) {
                if (matchesAt(tokens, start, words, field)) {
                    lines.add(line(id, tokens, start, words.length));
                }
            }
        });
        return toTable(lines, "KWIC of " + query);
    }

    private static boolean matchesAt(List<Token> tokens, int start, String[] words,
                                     Function<Token, String> field) {
        for (int i = 0; i < words.length; i++) {
            if (!words[i].equals(field.apply(tokens.get(start + i)))) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfPosition(List<Token> tokens, int position) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).position() == position) {
                return i;
            }
        }
        return -1;
    }

    private Line line(String id, List<Token> tokens, int start, int length) {
        int end = start + length;
        return new Line(id, tokens.get(start),
                tokens.subList(Math.max(0, start - window), start),
                tokens.subList(start, end),
                tokens.subList(end, Math.min(tokens.size(), end + window)));
    }

    private Table toTable(List<Line> lines, String name) {
        Comparator<Line> textOrder = Comparator.comparing(Line::id).thenComparingInt(l -> l.first().position());
        Comparator<Line> comparator = switch (order) {
            case TEXT -> textOrder;
            case LEFT -> Comparator.comparing((Line l) -> sortKey(reversed(l.left()))).thenComparing(textOrder);
            case RIGHT -> Comparator.comparing((Line l) -> sortKey(l.right())).thenComparing(textOrder);
        };
        lines.sort(comparator);
        Table table = Table.create(name, StringColumn.create("id"), StringColumn.create("period"),
                IntColumn.create("sentence"), IntColumn.create("position"),
                StringColumn.create("left"), StringColumn.create("node"), StringColumn.create("right"));
        for (Line line : lines) {
            table.stringColumn("id").append(line.id());
            table.stringColumn("period").append(line.first().period());
            table.intColumn("sentence").append(line.first().sentence());
            table.intColumn("position").append(line.first().position());
            table.stringColumn("left").append(join(line.left()));
            table.stringColumn("node").append(join(line.node()));
            table.stringColumn("right").append(join(line.right()));
        }
        return table;
    }

    /** Norms joined by a separator below every character, so lines compare word by word. */
    private static String sortKey(List<Token> tokens) {
        StringBuilder key = new StringBuilder();
        for (Token token : tokens) {
            key.append(token.norm()).append('\u0001');
        }
        return key.toString();
    }

    private static List<Token> reversed(List<Token> tokens) {
        List<Token> copy = new ArrayList<>(tokens);
        Collections.reverse(copy);
        return copy;
    }

    private static String join(List<Token> tokens) {
        StringBuilder text = new StringBuilder();
        for (Token token : tokens) {
            String surface = token.surface();
            boolean attachToPrevious = surface.matches("[,.;:!?)\\]%]+") || text.toString().endsWith("(");
            if (!text.isEmpty() && !attachToPrevious) {
                text.append(' ');
            }
            text.append(surface);
        }
        return text.toString();
    }
}
