package org.kabar.corpus;

import tech.tablesaw.api.Table;

/**
 * Actor and term counts per period of a corpus counted without keeping its text
 * ({@link CorpusLoader#count}). Each table is returned as a fresh copy.
 * <ul>
 *   <li>{@link #actors()}: {@code period | actor | type | mentions | articles | words | per_1000},
 *       as {@code Actors.perPeriod(articles)};</li>
 *   <li>{@link #terms()}: {@code period | term | surface | count | per_1000 | df}, as
 *       {@code terms.perPeriod(Tokens.of(articles))};</li>
 *   <li>{@link #periods()}: {@code period | articles | words}, sorted by period: the articles
 *       loaded and their word tokens;</li>
 *   <li>{@link #loadReport()}: as {@link Corpus#loadReport()}.</li>
 * </ul>
 */
public final class CountsByPeriod {

    private final Table actors;
    private final Table terms;
    private final Table periods;
    private final Table loadReport;

    CountsByPeriod(Table actors, Table terms, Table periods, Table loadReport) {
        this.actors = actors;
        this.terms = terms;
        this.periods = periods;
        this.loadReport = loadReport;
    }

    public Table actors() {
        return actors.copy();
    }

    public Table terms() {
        return terms.copy();
    }

    public Table periods() {
        return periods.copy();
    }

    public Table loadReport() {
        return loadReport.copy();
    }
}
