package org.kabar.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kabar.text.Rates;
import org.kabar.text.TableRows;
import org.kabar.text.TokenizedArticle;
import tech.tablesaw.api.Table;

/**
 * {@link Actors#perPeriod} fed one article at a time, so a corpus too large to hold as a table can
 * still be counted: {@link #count} finds an article's mentions (on any thread), {@link #add} sums
 * them into the running per-period totals (on one thread), and {@link #perPeriod()} gives the
 * table. {@link Actors#perPeriod} itself is this tally fed with every article of a table.
 *
 * <p>Every total is a sum of whole numbers, so the table does not depend on the order in which
 * articles are added.
 */
public final class ActorTally {

    private final MentionFinder finder;
    private final Map<String, Period> periods = new TreeMap<>();

    ActorTally(MentionFinder finder) {
        this.finder = finder;
    }

    /**
     * The mentions of one article, tokenized by the pipeline of the {@link Actors} this tally came
     * from. Safe to call from several threads at once.
     */
    public ArticleMentions count(TokenizedArticle article) {
        ArticleMentions counted = new ArticleMentions(article.period(), article.wordCount());
        for (String[] tokens : article.sentences()) {
            for (MentionFinder.Found mention : finder.find(tokens)) {
                counted.mentions.merge(mention.actor(), 1, Integer::sum);
            }
        }
        return counted;
    }

    /** Adds one article's mentions to its period. */
    public void add(ArticleMentions article) {
        Period period = periods.computeIfAbsent(article.period, key -> new Period());
        period.words += article.words;
        article.mentions.forEach((actor, count) -> {
            int[] totals = period.byActor.computeIfAbsent(actor, key -> new int[2]);
            totals[0] += count;
            totals[1]++;
        });
    }

    /**
     * The totals so far.
     *
     * @return columns {@code period | actor | type | mentions | articles | words | per_1000}, as
     *     {@link Actors#perPeriod}: sorted by period, then mentions descending, then actor
     */
    public Table perPeriod() {
        TableRows table = TableRows.named("actors per period").strings("period", "actor", "type")
                .ints("mentions", "articles", "words").doubles("per_1000");
        periods.forEach((name, period) -> {
            List<Map.Entry<Actor, int[]>> rows = new ArrayList<>(period.byActor.entrySet());
            rows.sort(Comparator.comparingInt((Map.Entry<Actor, int[]> e) -> -e.getValue()[0])
                    .thenComparing(e -> e.getKey().name()));
            for (Map.Entry<Actor, int[]> row : rows) {
                int mentions = row.getValue()[0];
                table.add(name, row.getKey().name(), row.getKey().type().label(), mentions, row.getValue()[1], period.words,
                        Rates.perThousand(mentions, period.words));
            }
        });
        return table.table();
    }

    /** The mentions of one article, per actor; made by {@link ActorTally#count}, summed by {@link ActorTally#add}. */
    public static final class ArticleMentions {
        final String period;
        final int words;
        final Map<Actor, Integer> mentions = new HashMap<>();

        ArticleMentions(String period, int words) {
            this.period = period;
            this.words = words;
        }

        /** The article's period, as in the {@code period} column. */
        public String period() {
            return period;
        }

        /** Word tokens of the article: the denominator of its rates. */
        public int words() {
            return words;
        }

        /** Mentions per actor. */
        public Map<Actor, Integer> byActor() {
            return java.util.Collections.unmodifiableMap(mentions);
        }
    }

    /** The totals of one period: its words, and per actor its mentions and the articles mentioning it. */
    private static final class Period {
        int words;
        final Map<Actor, int[]> byActor = new HashMap<>();
    }
}
