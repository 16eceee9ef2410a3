package org.kabar.count;

import org.kabar.actors.ActorTally;
import org.kabar.terms.TermTally;

/**
 * What {@link ArticleAnalysis} makes of one article: its sentences and word tokens (the articles
 * table's {@code sentences} and {@code tokens}), its actor mentions and its term counts.
 */
public record ArticleCounts(int sentences, int tokens, ActorTally.ArticleMentions mentions, TermTally.ArticleTerms terms) {}
