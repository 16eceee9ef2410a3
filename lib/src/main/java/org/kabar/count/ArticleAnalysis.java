package org.kabar.count;

import java.util.List;
import org.kabar.actors.ActorTally;
import org.kabar.actors.Actors;
import org.kabar.corpus.CorpusLoader;
import org.kabar.corpus.LoadedArticle;
import org.kabar.corpus.PeriodUnit;
import org.kabar.corpus.Prepared;
import org.kabar.terms.TermTally;
import org.kabar.terms.Terms;
import org.kabar.text.LanguageProfile;
import org.kabar.text.TextPipeline;
import org.kabar.text.TokenizedArticle;

/**
 * The per-article analysis of every counting route: one article tokenized once, its actors and
 * terms counted. The single-machine route ({@link CountsByPeriod#count}) runs it on the loader's
 * threads; the Spark module runs it on its executors, on one input at a time ({@link #input}).
 * Safe to call from several threads at once; build it once and share it, since it holds the
 * dictionary's and the terms' resources.
 */
public final class ArticleAnalysis {

    private final CorpusLoader loader;
    private final Actors actors;
    private final TextPipeline pipeline = TextPipeline.standard();
    private final ActorTally actorTally;
    private final TermTally termTally;

    /**
     * The analysis with {@code loader}'s period unit, {@code actors}' dictionary and pipeline, and
     * {@code terms} with each article's language's stopwords left out (tokens as {@code Tokens.of}).
     */
    public ArticleAnalysis(CorpusLoader loader, Actors actors, Terms terms) {
        this.loader = loader;
        this.actors = actors;
        this.actorTally = actors.tally();
        this.termTally = terms.tally();
    }

    /** One article's counts. */
    public ArticleCounts count(LoadedArticle article) {
        String period = loader.periodUnit().label(article.published());
        TokenizedArticle tokenized = new TokenizedArticle(article.id(), period, pipeline.tokenizedSentences(article.text()));
        TokenizedArticle forActors = actors.pipeline() == pipeline ? tokenized
                : new TokenizedArticle(article.id(), period, actors.pipeline().tokenizedSentences(article.text()));
        return new ArticleCounts(tokenized.sentences().size(), tokenized.wordCount(), actorTally.count(forActors),
                termTally.count(tokenized, language(article)));
    }

    /** The language the loader read the article in (its {@code language} column), Indonesian without one. */
    private static LanguageProfile language(LoadedArticle article) {
        return LanguageProfile.find(article.variables().getOrDefault("language", "")).orElse(LanguageProfile.standard());
    }

    /**
     * Input {@code index} of {@code inputs} (a file, or each row of a file that holds many
     * articles) read and analysed on its own: its load-report rows and articles, each with its counts.
     */
    public List<Prepared<ArticleCounts>> input(CorpusLoader.Inputs inputs, int index) {
        return loader.prepare(inputs, index, this::count);
    }
}
