package org.kabar.count;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kabar.actors.ActorTally;
import org.kabar.actors.Actors;
import org.kabar.corpus.CorpusLoader;
import org.kabar.terms.TermTally;
import org.kabar.terms.Terms;
import org.kabar.text.Stopwords;
import org.kabar.text.TableRows;
import tech.tablesaw.api.Table;

/**
 * Actor and term counts per period of a corpus counted without keeping its text: each article is
 * read once, analysed by {@link ArticleAnalysis} and added to running totals, so a corpus of any
 * size counts in little memory.
 * <pre>{@code
 * CountsByPeriod counts = CountsByPeriod.count(Corpus.loader().threads(2), folder, Actors.forCorpus(folder), Terms.unigrams());
 * counts.actors();   // period | actor | type | mentions | articles | words | per_1000
 * counts.terms();    // period | term | surface | count | per_1000 | df
 * }</pre>
 * Each table is returned as a fresh copy.
 * <ul>
 *   <li>{@link #actors()}: {@code period | actor | type | mentions | articles | words | per_1000},
 *       as {@code Actors.perPeriod(articles)};</li>
 *   <li>{@link #terms()}: {@code period | term | surface | count | per_1000 | df}, as
 *       {@code terms.perPeriod(Tokens.of(articles))};</li>
 *   <li>{@link #periods()}: {@code period | articles | words}, sorted by period: the articles
 *       loaded and their word tokens;</li>
 *   <li>{@link #loadReport()}: as {@code Corpus.loadReport()}.</li>
 * </ul>
 */
public record CountsByPeriod(Table actors, Table terms, Table periods, Table loadReport) {

    /**
     * Counts actors and terms per period in every file of {@code folder}, loaded by {@code loader}
     * as {@code loader.load(folder)} loads them; tokens as {@code Tokens.of(articles)}, with
     * {@code Stopwords.standard()} left out of the terms.
     */
    public static CountsByPeriod count(CorpusLoader loader, Path folder, Actors actors, Terms terms) {
        return count(actors, terms, new ArticleAnalysis(loader, actors, terms),
                (analysis, sum) -> loader.stream(folder, analysis::count, sum::add));
    }

    /** {@link #count(CorpusLoader, Path, Actors, Terms)} over the listed files, each of which must exist. */
    public static CountsByPeriod count(CorpusLoader loader, List<Path> files, Actors actors, Terms terms) {
        return count(actors, terms, new ArticleAnalysis(loader, actors, terms),
                (analysis, sum) -> loader.stream(files, analysis::count, sum::add));
    }

    /** Reads the articles, handing each one's counts to a {@link Sum}; returns the load report. */
    private interface Reading {
        Table read(ArticleAnalysis analysis, Sum sum);
    }

    private static CountsByPeriod count(Actors actors, Terms terms, ArticleAnalysis analysis, Reading reading) {
        Sum sum = new Sum(actors.tally(), terms.tally());
        Table loadReport = reading.read(analysis, sum);
        return new CountsByPeriod(sum.actorTally.perPeriod(), sum.termTally.perPeriod(), sum.periods(), loadReport);
    }

    /** The running totals, fed on one thread in file order. */
    private static final class Sum {
        final ActorTally actorTally;
        final TermTally termTally;
        final Map<String, long[]> periods = new TreeMap<>();

        Sum(ActorTally actorTally, TermTally termTally) {
            this.actorTally = actorTally;
            this.termTally = termTally;
        }

        void add(org.kabar.corpus.LoadedArticle article, ArticleCounts counts) {
            actorTally.add(counts.mentions());
            termTally.add(counts.terms());
            long[] period = periods.computeIfAbsent(counts.mentions().period(), key -> new long[2]);
            period[0]++;
            period[1] += counts.terms().words();
        }

        Table periods() {
            TableRows table = TableRows.named("periods").strings("period").ints("articles").longs("words");
            periods.forEach((period, totals) -> table.add(period, (int) totals[0], totals[1]));
            return table.table();
        }
    }

    // Each table is handed out as a copy, so a caller's changes stay the caller's.

    @Override
    public Table actors() {
        return actors.copy();
    }

    @Override
    public Table terms() {
        return terms.copy();
    }

    @Override
    public Table periods() {
        return periods.copy();
    }

    @Override
    public Table loadReport() {
        return loadReport.copy();
    }
}
