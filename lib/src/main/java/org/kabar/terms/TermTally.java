package org.kabar.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kabar.text.LanguageProfile;
import org.kabar.text.Rates;
import org.kabar.text.Roots;
import org.kabar.text.Stopwords;
import org.kabar.text.TableRows;
import org.kabar.text.TextPipeline;
import org.kabar.text.TokenizedArticle;
import org.kabar.text.Tokens;
import tech.tablesaw.api.Table;

/**
 * {@link Terms#perPeriod} fed one article at a time, so a corpus too large for a token table can
 * still be counted: {@link #count} turns an article into its term counts (on any thread),
 * {@link #add} sums them into the running per-period totals (on one thread), and
 * {@link #perPeriod()} gives the same table as {@link Terms#perPeriod}.
 *
 * <p>Every total is a sum of whole numbers, so the table does not depend on the order in which
 * articles are added.
 */
public final class TermTally {

    private final Terms terms;
    /** One list for every article, or null: each article's language's list, as {@link Tokens#of(tech.tablesaw.api.Table)} flags them. */
    private final Stopwords stopwords;
    private final Map<String, Period> periods = new TreeMap<>();

    TermTally(Terms terms, Stopwords stopwords) {
        this.terms = terms;
        this.stopwords = stopwords;
    }

    /** {@link #count(TokenizedArticle, LanguageProfile)} of an Indonesian article. */
    public ArticleTerms count(TokenizedArticle article) {
        return count(article, LanguageProfile.standard());
    }

    /**
     * The term counts of one article in {@code language}, its tokens normalised, reduced and
     * flagged as {@link Tokens#of} and {@link Terms#roots} do: the stopwords left out are the
     * article's language's unless the tally was given one list. Safe to call from several threads at once.
     */
    public ArticleTerms count(TokenizedArticle article, LanguageProfile language) {
        Stopwords stopwords = this.stopwords != null ? this.stopwords : language.stopwords();
        ArticleTerms counted = terms.newArticle(article.id(), article.period());
        Roots roots = terms.roots();
        int sentenceNumber = 0;
        for (String[] sentence : article.sentences()) {
            sentenceNumber++;
            String[] keys = roots.isNone() ? null : roots.keys(sentence);
            for (int i = 0; i < sentence.length; i++) {
                String token = sentence[i];
                String norm = Tokens.normalize(token);
                boolean word = TextPipeline.isWord(token);
                boolean counts = word && (terms.keepsStopwords() || !stopwords.contains(norm));
                counted.token(sentenceNumber, token, keys == null ? norm : keys[i], word, counts);
            }
        }
        return counted;
    }

    /** Adds one article's counts to its period. */
    public void add(ArticleTerms article) {
        periods.computeIfAbsent(article.period, key -> new Period()).add(article);
    }

    /**
     * The totals so far.
     *
     * @return columns {@code period | term | surface | count | per_1000 | df}, as {@link Terms#perPeriod}
     */
    public Table perPeriod() {
        TableRows table = TableRows.named("terms per period").strings("period", "term", "surface").ints("count")
                .doubles("per_1000").ints("df");
        periods.forEach((name, period) -> {
            for (Map.Entry<String, Term> entry : byCount(period.terms)) {
                Term term = entry.getValue();
                table.add(name, entry.getKey(), term.readable(), term.count, Rates.perThousand(term.count, period.words), term.df);
            }
        });
        return table.table();
    }

    /** Terms by count descending, then alphabetically. */
    static List<Map.Entry<String, Term>> byCount(Map<String, Term> terms) {
        List<Map.Entry<String, Term>> entries = new ArrayList<>(terms.entrySet());
        entries.sort(Comparator.comparingInt((Map.Entry<String, Term> e) -> -e.getValue().count)
                .thenComparing(Map.Entry::getKey));
        return entries;
    }

    /** The term counts of one article; made by {@link TermTally#count}, summed by {@link TermTally#add}. */
    public static final class ArticleTerms {
        final String id;
        final String period;
        int words;
        final Map<String, Term> terms = new HashMap<>();
        private final int length;
        private final String[] keys;
        private final String[] surfaces;
        private int filled;
        private int sentence = -1;

        ArticleTerms(String id, String period, int length) {
            this.id = id;
            this.period = period;
            this.length = length;
            this.keys = new String[length];
            this.surfaces = new String[length];
        }

        /**
         * The next token of the article. A term is {@code length} counted tokens in a row within
         * one sentence: a token that does not count, or a new sentence, starts afresh.
         */
        void token(int sentenceNumber, String surface, String key, boolean word, boolean counts) {
            if (word) words++;
            if (!counts || sentenceNumber != sentence) filled = 0;
            sentence = sentenceNumber;
            if (!counts) return;
            if (filled == length) {
                System.arraycopy(keys, 1, keys, 0, length - 1);
                System.arraycopy(surfaces, 1, surfaces, 0, length - 1);
                filled--;
            }
            keys[filled] = key;
            surfaces[filled] = surface;
            filled++;
            if (filled == length) {
                terms.computeIfAbsent(joined(keys), k -> new Term()).add(joined(surfaces), 1);
            }
        }

        /** Word tokens of the article, stopwords included: the denominator of its rates. */
        public int words() {
            return words;
        }

        /**
         * The article's terms as the rows of {@link Terms#perArticle}: count descending, then
         * term; the surface is the term's most frequent written form in the article.
         */
        public List<Counted> counted() {
            List<Counted> rows = new ArrayList<>(terms.size());
            for (Map.Entry<String, Term> entry : byCount(terms)) {
                rows.add(new Counted(entry.getKey(), entry.getValue().readable(), entry.getValue().count));
            }
            return rows;
        }

        /**
         * Every written form of every term with its count: what {@link TermTally#perPeriod()}
         * needs to choose a period's readable form. Rows by term, then surface.
         */
        public List<Counted> surfaces() {
            List<Counted> rows = new ArrayList<>();
            new TreeMap<>(terms).forEach((key, term) -> {
                if (term.surfaceCounts == null) {
                    rows.add(new Counted(key, term.firstSurface, term.firstSurfaceCount));
                } else {
                    new TreeMap<>(term.surfaceCounts).forEach((surface, count) -> rows.add(new Counted(key, surface, count)));
                }
            });
            return rows;
        }

        private static String joined(String[] parts) {
            return parts.length == 1 ? parts[0] : String.join(" ", parts);
        }
    }

    /** One term of an article: the term, a written form of it, and a count. */
    public record Counted(String term, String surface, int count) {}

    /** The totals of one period. */
    private static final class Period {
        int words;
        final Map<String, Term> terms = new HashMap<>();

        void add(ArticleTerms article) {
            words += article.words;
            article.terms.forEach((key, counted) -> {
                Term term = terms.computeIfAbsent(key, k -> new Term());
                term.addAll(counted);
                term.df++;
            });
        }
    }

    /** How often a term occurred, in how many articles, and in which written forms. */
    static final class Term {
        int count;
        int df;
        // Most terms are written one way only: a map is made for the second form.
        private String firstSurface;
        private int firstSurfaceCount;
        private Map<String, Integer> surfaceCounts;

        void add(String surface, int times) {
            count += times;
            if (firstSurface == null) {
                firstSurface = surface;
                firstSurfaceCount = times;
            } else if (surfaceCounts == null && firstSurface.equals(surface)) {
                firstSurfaceCount += times;
            } else {
                if (surfaceCounts == null) {
                    surfaceCounts = new HashMap<>();
                    surfaceCounts.put(firstSurface, firstSurfaceCount);
                }
                surfaceCounts.merge(surface, times, Integer::sum);
            }
        }

        void addAll(Term other) {
            if (other.surfaceCounts == null) {
                add(other.firstSurface, other.firstSurfaceCount);
            } else {
                other.surfaceCounts.forEach(this::add);
            }
        }

        /** The most frequent written form; ties go to the alphabetically first. */
        String readable() {
            if (surfaceCounts == null) return firstSurface;
            return surfaceCounts.entrySet().stream()
                    .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow().getKey();
        }
    }
}
