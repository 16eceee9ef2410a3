package org.kabar.terms;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kabar.text.ItemCounts;
import org.kabar.text.Rates;
import org.kabar.text.ResourceFile;
import org.kabar.text.TableRows;
import org.kabar.text.Tokens;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Theme families: editable word lists (talks/diplomacy, military/threat, ...) counted together,
 * so a comparison can ask "how much of each period's coverage speaks of talks?" rather than
 * word by word.
 *
 * <pre>{@code
 * Themes.standard().perPeriod(tokens)   // period | family | count | df | words | per_1000
 * Keyness.compare(Themes.standard().perArticle(tokens), articles, "period", "2021-12", "2022-01").run()
 * }</pre>
 *
 * <p>A family's count is the number of its matches; a term is a lower-cased word or a two-word
 * phrase (a phrase never crosses punctuation or a sentence break, and a phrase match is not
 * counted again as a match of its first word). Rates use all word tokens of the period, as every
 * Kabar rate does; df is the number of the period's articles with at least one match.
 */
public final class Themes {

    private static final String RESOURCE = "themes.tsv";

    private final Map<String, Set<String>> termsByFamily;

    private Themes(Map<String, Set<String>> termsByFamily) {
        this.termsByFamily = termsByFamily;
    }

    /** The families shipped with Kabar ({@code org/kabar/terms/themes.tsv}). */
    public static Themes standard() {
        return parse(ResourceFile.resource(Themes.class, RESOURCE));
    }

    /** Families from a user's file: {@code family <TAB> term} per line, {@code #} comments. */
    public static Themes load(Path file) {
        return parse(ResourceFile.load(file));
    }

    /** These families plus one more term (a new family if the name is new). */
    public Themes with(String family, String term) {
        Map<String, Set<String>> copy = new TreeMap<>();
        termsByFamily.forEach((name, terms) -> copy.put(name, new TreeSet<>(terms)));
        copy.computeIfAbsent(family, k -> new TreeSet<>()).add(term.strip().toLowerCase(java.util.Locale.ROOT));
        return new Themes(copy);
    }

    /** Columns {@code family | term}, sorted. */
    public Table table() {
        StringColumn families = StringColumn.create("family");
        StringColumn terms = StringColumn.create("term");
        termsByFamily.forEach((family, words) -> words.forEach(word -> {
            families.append(family);
            terms.append(word);
        }));
        return Table.create("theme families", families, terms);
    }

    /**
     * Matches per article and family, the input of a comparison ({@code Keyness.compare(counts, ...)}).
     *
     * @return counts of item "family", described as "theme families (N families)", columns
     *     {@code id | period | family | count | words | per_1000} (every family of every article,
     *     zero counts included), by article id then family
     */
    public ItemCounts perArticle(Tokens tokens) {
        return ItemCounts.of(countTable(tokens), "family", description());
    }

    /** What these families count, in words: "theme families (4 families)". */
    public String description() {
        int n = termsByFamily.size();
        return "theme families (" + n + (n == 1 ? " family)" : " families)");
    }

    private Table countTable(Tokens tokens) {
        Map<String, String> periodOf = new TreeMap<>();
        Map<String, Integer> wordsOf = new HashMap<>();
        countWords(tokens, periodOf, wordsOf);
        Map<String, Map<String, Integer>> counts = familyCounts(tokens);

        StringColumn ids = StringColumn.create("id");
        StringColumn periods = StringColumn.create("period");
        StringColumn families = StringColumn.create("family");
        IntColumn countColumn = IntColumn.create("count");
        IntColumn words = IntColumn.create("words");
        DoubleColumn rates = DoubleColumn.create("per_1000");
        periodOf.forEach((id, period) -> termsByFamily.keySet().forEach(family -> {
            int n = counts.getOrDefault(id, Map.of()).getOrDefault(family, 0);
            ids.append(id);
            periods.append(period);
            families.append(family);
            countColumn.append(n);
            words.append(wordsOf.get(id));
            rates.append(Rates.perThousand(n, wordsOf.get(id)));
        }));
        return Table.create("themes per article", ids, periods, families, countColumn, words, rates);
    }

    /** Columns {@code period | family | count | df | words | per_1000}, by period then family. */
    public Table perPeriod(Tokens tokens) {
        Table byArticle = countTable(tokens);
        Map<String, Integer> wordsOfPeriod = new TreeMap<>();
        Map<String, int[]> countAndDf = new TreeMap<>();
        Set<String> seenArticles = new java.util.HashSet<>();
        for (int row = 0; row < byArticle.rowCount(); row++) {
            String id = byArticle.stringColumn("id").get(row);
            String period = byArticle.stringColumn("period").get(row);
            int n = byArticle.intColumn("count").get(row);
            if (seenArticles.add(id)) {
                wordsOfPeriod.merge(period, byArticle.intColumn("words").get(row), Integer::sum);
            }
            int[] cell = countAndDf.computeIfAbsent(period + "\t" + byArticle.stringColumn("family").get(row),
                    k -> new int[2]);
            cell[0] += n;
            cell[1] += n > 0 ? 1 : 0;
        }
        TableRows table = TableRows.named("themes per period").strings("period", "family").ints("count", "df", "words")
                .doubles("per_1000");
        countAndDf.forEach((key, cell) -> {
            String period = key.substring(0, key.indexOf('\t'));
            int words = wordsOfPeriod.get(period);
            table.add(period, key.substring(key.indexOf('\t') + 1), cell[0], cell[1], words, Rates.perThousand(cell[0], words));
        });
        return table.table();
    }

    /**
     * Counts per article and family, scanning each sentence's words left to right and preferring
     * a family's two-word phrase to its single words, so "sanksi ekonomi" is one match of a family
     * that lists both "sanksi" and "sanksi ekonomi", not two.
     */
    private Map<String, Map<String, Integer>> familyCounts(Tokens tokens) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        int rows = tokens.rowCount();
        for (Map.Entry<String, Set<String>> family : termsByFamily.entrySet()) {
            Set<String> terms = family.getValue();
            for (int row = 0; row < rows; row++) {
                if (!tokens.isWord(row)) continue;
                String word = tokens.norm(row);
                int next = row + 1;
                boolean phrase = next < rows && continuesPhrase(tokens, row, next)
                        && terms.contains(word + " " + tokens.norm(next));
                if (phrase || terms.contains(word)) {
                    counts.computeIfAbsent(tokens.id(row), k -> new HashMap<>())
                            .merge(family.getKey(), 1, Integer::sum);
                    if (phrase) row = next;
                }
            }
        }
        return counts;
    }

    /** Two rows form a phrase when both are words of the same sentence of the same article. */
    private static boolean continuesPhrase(Tokens tokens, int row, int next) {
        return tokens.isWord(next) && tokens.sentence(next) == tokens.sentence(row)
                && tokens.id(next).equals(tokens.id(row));
    }

    private static void countWords(Tokens tokens, Map<String, String> periodOf, Map<String, Integer> wordsOf) {
        for (int row = 0; row < tokens.rowCount(); row++) {
            String id = tokens.id(row);
            periodOf.putIfAbsent(id, tokens.period(row));
            wordsOf.merge(id, tokens.isWord(row) ? 1 : 0, Integer::sum);
        }
    }

    private static Themes parse(List<ResourceFile.Line> lines) {
        Map<String, Set<String>> families = new TreeMap<>();
        for (ResourceFile.Line line : lines) {
            String[] fields = line.text().split("\t");
            if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
                throw line.error("expected 'family<TAB>term'");
            }
            String term = fields[1].strip().toLowerCase(java.util.Locale.ROOT);
            if (term.split(" +").length > 2) {
                throw line.error("a term is one word or a two-word phrase, not '" + fields[1].strip() + "'");
            }
            families.computeIfAbsent(fields[0].strip(), k -> new TreeSet<>()).add(term.replaceAll(" +", " "));
        }
        return new Themes(families);
    }
}
