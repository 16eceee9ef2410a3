/**
 * Counting a corpus too large to hold as tables, a stage above {@code actors} and {@code terms}:
 * {@link org.kabar.count.ArticleAnalysis} is the one per-article analysis (an article tokenized
 * once, its actors and terms counted), run by the streaming route
 * {@link org.kabar.count.CountsByPeriod#count} on the loader's threads and by the Spark module on
 * its executors; {@link org.kabar.count.CountsByPeriod} holds the per-period tables.
 */
package org.kabar.count;
