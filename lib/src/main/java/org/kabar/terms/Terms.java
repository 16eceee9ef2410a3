package org.kabar.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Unigram and bigram frequencies from a token stream ({@link org.kabar.text.Tokens#of}).
 *
 * <pre>{@code
 * Table tokens = Tokens.of(articles);
 * Terms.unigrams().perPeriod(tokens);                  // period | term | surface | count | per_1000 | df
 * Terms.bigrams().stemmed().perArticle(tokens);        // id | period | term | surface | count
 * }</pre>
 *
 * <p>Defaults: unstemmed (the term is the lower-cased {@code norm}), stopwords left out. With
 * {@link #stemmed()} the term is the Snowball {@code stem}. Only word tokens count; the
 * {@code surface} column shows the most frequent written form of the term (ties: alphabetical),
 * so stems stay readable.
 *
 * <p>A bigram is two word tokens next to each other in one sentence: it never crosses a sentence
 * boundary or punctuation ("Rusia, Ukraina" is no bigram), and while stopwords are left out it
 * never spans or includes one ("jaminan keamanan" counts, "jaminan dari keamanan" does not), so
 * bigrams stay phrases that were written, not pairs that deleting words created.
 *
 * <p>Rates: per_1000 = 1000 · count / word tokens of the period (all word tokens, stopwords
 * included, the denominator used everywhere in Kabar); df = number of the period's articles
 * containing the term.
 */
public final class Terms {

    private final int length;
    private final boolean stemmed;
    private final boolean keepStopwords;

    private Terms(int length, boolean stemmed, boolean keepStopwords) {
        this.length = length;
        this.stemmed = stemmed;
        this.keepStopwords = keepStopwords;
    }

    /** Single words. */
    public static Terms unigrams() {
        return new Terms(1, false, false);
    }

    /** Pairs of adjacent words. */
    public static Terms bigrams() {
        return new Terms(2, false, false);
    }

    /** Count stems instead of lower-cased words. */
    public Terms stemmed() {
        return new Terms(length, true, keepStopwords);
    }

    /** Count lower-cased words (the default). */
    public Terms unstemmed() {
        return new Terms(length, false, keepStopwords);
    }

    /** Count stopwords too. */
    public Terms withStopwords() {
        return new Terms(length, stemmed, true);
    }

    /** Leave stopwords out (the default). */
    public Terms withoutStopwords() {
        return new Terms(length, stemmed, false);
    }

    /**
     * Term counts per article.
     *
     * @return columns {@code id | period | term | surface | count}; rows by article order, then
     *     count descending, then term
     */
    public Table perArticle(Table tokens) {
        StringColumn ids = StringColumn.create("id");
        StringColumn periods = StringColumn.create("period");
        StringColumn terms = StringColumn.create("term");
        StringColumn surfaces = StringColumn.create("surface");
        IntColumn counts = IntColumn.create("count");
        for (Article article : articles(tokens).values()) {
            for (String term : byCount(article.counts)) {
                ids.append(article.id);
                periods.append(article.period);
                terms.append(term);
                surfaces.append(article.surfaces.readable(term));
                counts.append(article.counts.get(term));
            }
        }
        return Table.create("terms per article", ids, periods, terms, surfaces, counts);
    }

    /**
     * Term counts per period.
     *
     * @return columns {@code period | term | surface | count | per_1000 | df}; rows by period, then
     *     count descending, then term
     */
    public Table perPeriod(Table tokens) {
        Map<String, Period> periods = new TreeMap<>();
        for (Article article : articles(tokens).values()) {
            Period period = periods.computeIfAbsent(article.period, key -> new Period());
            period.words += article.words;
            article.counts.forEach((term, count) -> {
                period.counts.merge(term, count, Integer::sum);
                period.df.merge(term, 1, Integer::sum);
            });
            period.surfaces.addAll(article.surfaces);
        }
        StringColumn periodColumn = StringColumn.create("period");
        StringColumn terms = StringColumn.create("term");
        StringColumn surfaces = StringColumn.create("surface");
        IntColumn counts = IntColumn.create("count");
        DoubleColumn rates = DoubleColumn.create("per_1000");
        IntColumn df = IntColumn.create("df");
        periods.forEach((name, period) -> {
            for (String term : byCount(period.counts)) {
                periodColumn.append(name);
                terms.append(term);
                surfaces.append(period.surfaces.readable(term));
                counts.append(period.counts.get(term));
                rates.append(1000.0 * period.counts.get(term) / period.words);
                df.append(period.df.get(term));
            }
        });
        return Table.create("terms per period", periodColumn, terms, surfaces, counts, rates, df);
    }

    private Map<String, Article> articles(Table tokens) {
        for (String column : List.of("id", "period", "sentence", "token", "norm", "stem", "word", "stopword")) {
            if (!tokens.containsColumn(column)) {
                throw new IllegalArgumentException("tokens table '" + tokens.name() + "' has no column '" + column
                        + "'; make it with Tokens.of(articles)");
            }
        }
        Map<String, Article> articles = new LinkedHashMap<>();
        List<Integer> window = new ArrayList<>();
        String previousKey = null;
        for (int row = 0; row < tokens.rowCount(); row++) {
            String id = tokens.stringColumn("id").get(row);
            String period = tokens.stringColumn("period").get(row);
            Article article = articles.computeIfAbsent(id, key -> new Article(key, period));
            boolean word = tokens.booleanColumn("word").get(row);
            if (word) article.words++;
            String sentenceKey = id + "#" + tokens.intColumn("sentence").get(row);
            boolean counts = word && (keepStopwords || !tokens.booleanColumn("stopword").get(row));
            if (!counts || !sentenceKey.equals(previousKey)) window.clear();
            previousKey = sentenceKey;
            if (!counts) continue;
            window.add(row);
            if (window.size() > length) window.remove(0);
            if (window.size() == length) {
                article.count(join(tokens, window, stemmed ? "stem" : "norm"), join(tokens, window, "token"));
            }
        }
        return articles;
    }

    private static String join(Table tokens, List<Integer> rows, String column) {
        return String.join(" ", rows.stream().map(row -> tokens.stringColumn(column).get(row)).toList());
    }

    private static List<String> byCount(Map<String, Integer> counts) {
        List<String> terms = new ArrayList<>(counts.keySet());
        terms.sort(Comparator.comparing((String term) -> -counts.get(term)).thenComparing(Comparator.naturalOrder()));
        return terms;
    }

    /** Counts of one article. */
    private static final class Article {
        final String id;
        final String period;
        int words;
        final Map<String, Integer> counts = new HashMap<>();
        final Surfaces surfaces = new Surfaces();

        Article(String id, String period) {
            this.id = id;
            this.period = period;
        }

        void count(String term, String surface) {
            counts.merge(term, 1, Integer::sum);
            surfaces.add(term, surface, 1);
        }
    }

    /** Counts of one period. */
    private static final class Period {
        int words;
        final Map<String, Integer> counts = new HashMap<>();
        final Map<String, Integer> df = new HashMap<>();
        final Surfaces surfaces = new Surfaces();
    }

    /** How often each written form realised each term. */
    private static final class Surfaces {
        private final Map<String, Map<String, Integer>> byTerm = new HashMap<>();

        void add(String term, String surface, int count) {
            byTerm.computeIfAbsent(term, key -> new TreeMap<>()).merge(surface, count, Integer::sum);
        }

        void addAll(Surfaces other) {
            other.byTerm.forEach((term, forms) -> forms.forEach((form, count) -> add(term, form, count)));
        }

        /** The most frequent form; ties go to the alphabetically first. */
        String readable(String term) {
            return byTerm.get(term).entrySet().stream()
                    .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow().getKey();
        }
    }
}
