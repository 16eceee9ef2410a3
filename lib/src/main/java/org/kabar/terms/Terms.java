package org.kabar.terms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kabar.text.ItemCounts;
import org.kabar.text.Roots;
import org.kabar.text.Stopwords;
import org.kabar.text.Tokens;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Unigram and bigram frequencies from the tokens of a corpus ({@link org.kabar.text.Tokens#of}).
 *
 * <pre>{@code
 * Tokens tokens = Tokens.of(articles);
 * Terms.unigrams().perPeriod(tokens);                  // period | term | surface | count | per_1000 | df
 * Terms.bigrams().roots(Roots.sastrawi()).perArticle(tokens);   // counts: id | period | term | surface | count
 * }</pre>
 *
 * <p>Defaults: words counted as written (the term is the lower-cased {@code norm}), stopwords
 * left out. With {@link #roots(Roots)} the term is the word's root by that reducer, names and
 * acronyms kept as written (see {@link Roots}); {@link #stemmed()} is {@code roots(Roots.snowball())}.
 * Only word tokens count; the {@code surface} column shows the most frequent written form of the
 * term (ties: alphabetical), so stems stay readable.
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
    private final Roots roots;
    private final boolean keepStopwords;

    private Terms(int length, Roots roots, boolean keepStopwords) {
        this.length = length;
        this.roots = roots;
        this.keepStopwords = keepStopwords;
    }

    /** Single words. */
    public static Terms unigrams() {
        return new Terms(1, Roots.none(), false);
    }

    /** Pairs of adjacent words. */
    public static Terms bigrams() {
        return new Terms(2, Roots.none(), false);
    }

    /** Count each word's root by {@code roots}: {@link Roots#sastrawi()}, {@link Roots#snowball()} or {@link Roots#none()}. */
    public Terms roots(Roots roots) {
        return new Terms(length, roots, keepStopwords);
    }

    /** Count Snowball stems: {@code roots(Roots.snowball())}, the {@code stem} column of the tokens table. */
    public Terms stemmed() {
        return roots(Roots.snowball());
    }

    /** Count lower-cased words as written (the default): {@code roots(Roots.none())}. */
    public Terms unstemmed() {
        return roots(Roots.none());
    }

    /** The reducer the terms are counted with. */
    public Roots roots() {
        return roots;
    }

    /** Count stopwords too. */
    public Terms withStopwords() {
        return new Terms(length, roots, true);
    }

    /** Leave stopwords out (the default). */
    public Terms withoutStopwords() {
        return new Terms(length, roots, false);
    }

    /**
     * A tally to feed article by article, for corpora too large for a token table; each article's
     * stopwords are its language's, as {@link org.kabar.text.Tokens#of(Table)} flags them.
     */
    public TermTally tally() {
        return new TermTally(this, null);
    }

    /** A tally to feed article by article, leaving out the given stopwords in every article (unless {@link #withStopwords()}). */
    public TermTally tally(Stopwords stopwords) {
        return new TermTally(this, java.util.Objects.requireNonNull(stopwords, "stopwords"));
    }

    /**
     * Term counts per article, the input of a comparison ({@code Keyness.compare(counts, ...)}).
     *
     * @return counts of item "term", described by {@link #description()}, columns
     *     {@code id | period | term | surface | count}; rows by article order, then count
     *     descending, then term
     */
    public ItemCounts perArticle(Tokens tokens) {
        StringColumn ids = StringColumn.create("id");
        StringColumn periods = StringColumn.create("period");
        StringColumn terms = StringColumn.create("term");
        StringColumn surfaces = StringColumn.create("surface");
        IntColumn counts = IntColumn.create("count");
        for (TermTally.ArticleTerms article : articles(tokens)) {
            for (Map.Entry<String, TermTally.Term> entry : TermTally.byCount(article.terms)) {
                ids.append(article.id);
                periods.append(article.period);
                terms.append(entry.getKey());
                surfaces.append(entry.getValue().readable());
                counts.append(entry.getValue().count);
            }
        }
        return ItemCounts.of(Table.create("terms", ids, periods, terms, surfaces, counts), "term", description());
    }

    /**
     * What these terms are, in words, e.g. "terms (Snowball stems)", "two-word terms (words as
     * written; stopwords counted)": the description of their counts.
     */
    public String description() {
        return (length == 1 ? "terms" : "two-word terms") + " (" + roots.description()
                + (keepStopwords ? "; stopwords counted" : "") + ")";
    }

    /**
     * Term counts per period.
     *
     * @return columns {@code period | term | surface | count | per_1000 | df}; rows by period, then
     *     count descending, then term
     */
    public Table perPeriod(Tokens tokens) {
        TermTally tally = new TermTally(this, Stopwords.none());
        articles(tokens).forEach(tally::add);
        return tally.perPeriod();
    }

    boolean keepsStopwords() {
        return keepStopwords;
    }

    TermTally.ArticleTerms newArticle(String id, String period) {
        return new TermTally.ArticleTerms(id, period, length);
    }

    /** The counts of each article of the tokens, in their order. */
    private List<TermTally.ArticleTerms> articles(Tokens tokens) {
        String[] keys = tokens.keys(roots);
        Map<String, TermTally.ArticleTerms> articles = new LinkedHashMap<>();
        for (int row = 0; row < tokens.rowCount(); row++) {
            String period = tokens.period(row);
            TermTally.ArticleTerms article = articles.computeIfAbsent(tokens.id(row), id -> newArticle(id, period));
            boolean word = tokens.isWord(row);
            boolean counts = word && (keepStopwords || !tokens.isStopword(row));
            article.token(tokens.sentence(row), tokens.token(row), keys[row], word, counts);
        }
        return new ArrayList<>(articles.values());
    }
}
