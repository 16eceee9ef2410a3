package org.kabar.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.util.Span;
import org.kabar.text.RankedCounts;
import org.kabar.text.ResourceFile;
import org.kabar.text.SentenceTokens;
import org.kabar.text.Stopwords;
import org.kabar.text.TableRows;
import org.kabar.text.TextPipeline;
import org.kabar.text.TokenizedArticle;
import tech.tablesaw.api.Table;

/**
 * Actor mentions in an {@code articles} table (columns {@code id}, {@code period}, {@code text}),
 * found with an {@link ActorDictionary}; see {@link MentionFinder} for the matching rules.
 *
 * <p><b>Counting choice.</b> {@link #standard()} counts strictly: only names and aliases.
 * {@link #withMetonyms()} also counts a dictionary's metonyms as the actor they stand for
 * ("Washington" = United States, "Moskow"/"Kremlin" = Russia, "Kiev" = Ukraine). Analysts
 * disagree on metonymy, and a plain place ("bertemu di Kiev") cannot be told apart by a dictionary,
 * so strict is the default and a notebook should say which one a chart shows.
 *
 * <p>Positions number an article's tokens exactly as {@link org.kabar.text.Tokens} does, so a
 * mention joins the token stream on {@code id} and {@code position}; its {@code start} and
 * {@code end} are character offsets into the article's text, as the tokens' are.
 */
public final class Actors {

    private static final List<String> STANDARD_TITLES = ResourceFile.resource(Actors.class, "titles.txt").stream()
            .map(ResourceFile.Line::text).toList();
    private static final Set<String> NAME_CONNECTORS = Set.of("of", "the", "for", "de", "van", "von", "der", "al", "bin");

    /** How mentions are found: the dictionary, whether metonyms count, the text pipeline; {@link People} reads with the same. */
    record Settings(ActorDictionary dictionary, boolean countMetonyms, TextPipeline pipeline) {

        Settings withDictionary(ActorDictionary other) {
            return new Settings(other, countMetonyms, pipeline);
        }

        Settings withMetonyms(boolean count) {
            return new Settings(dictionary, count, pipeline);
        }

        MentionFinder finder() {
            return new MentionFinder(dictionary, STANDARD_TITLES, countMetonyms, pipeline);
        }
    }

    private final Settings settings;
    private final MentionFinder finder;

    private Actors(Settings settings) {
        this.settings = settings;
        this.finder = settings.finder();
    }

    /**
     * The dictionary's actors plus the people and organisations found without it, with evidence and
     * coreference (see {@link People}); same dictionary, metonym choice and pipeline as this.
     */
    public People withFinder() {
        return People.of(settings);
    }

    /** Strict counting with the standard dictionary and text pipeline. */
    public static Actors standard() {
        return of(ActorDictionary.standard());
    }

    /** Strict counting with the dictionary of a corpus folder: the standard one plus the folder's {@code actors.tsv}. */
    public static Actors forCorpus(java.nio.file.Path folder) {
        return of(ActorDictionary.forCorpus(folder));
    }

    /** Strict counting with a chosen dictionary. */
    public static Actors of(ActorDictionary dictionary) {
        return new Actors(new Settings(dictionary, false, TextPipeline.standard()));
    }

    /** The same finder, also counting metonyms as the actors they stand for. */
    public Actors withMetonyms() {
        return new Actors(settings.withMetonyms(true));
    }

    /** The same finder, counting names only (the default). */
    public Actors strict() {
        return new Actors(settings.withMetonyms(false));
    }

    /** The same finder over another text pipeline (e.g. one on trained OpenNLP models). */
    public Actors withPipeline(TextPipeline textPipeline) {
        return new Actors(new Settings(settings.dictionary(), settings.countMetonyms(), textPipeline));
    }

    /** The dictionary in use. */
    public ActorDictionary dictionary() {
        return settings.dictionary();
    }

    /**
     * Every mention, with how it was found (this finder's dictionary, metonym choice and pipeline).
     *
     * @return the mentions; their table's columns {@code id | period | actor | type | sentence | position | start | end |
     *     surface}: sentence 1-based in the article, position of the mention's first token (0-based
     *     over the article, punctuation included), start and end the mention's characters in the
     *     article's {@code text} (end exclusive, as OpenNLP's {@link Span}: from its first token's
     *     start to its last token's end), surface the tokens as written, joined by one space; rows
     *     by article order, then position
     */
    public Mentions find(Table articles) {
        TextPipeline.requireArticleColumns(articles);
        TableRows table = TableRows.named("mentions").strings("id", "period", "actor", "type")
                .ints("sentence", "position", "start", "end").strings("surface");
        List<Mentions.Article> read = new ArrayList<>(articles.rowCount());
        for (int row = 0; row < articles.rowCount(); row++) {
            String id = articles.column("id").getString(row);
            String period = articles.column("period").getString(row);
            int offset = 0;
            int sentenceNumber = 0;
            int words = 0;
            for (SentenceTokens sentence : settings.pipeline().sentenceTokens(articles.column("text").getString(row))) {
                sentenceNumber++;
                String[] tokens = sentence.tokens();
                for (MentionFinder.Found mention : finder.find(tokens)) {
                    table.add(id, period, mention.actor().name(), mention.actor().type().label(), sentenceNumber,
                            offset + mention.start(), sentence.tokenSpans()[mention.start()].getStart(),
                            sentence.tokenSpans()[mention.end() - 1].getEnd(),
                            String.join(" ", List.of(tokens).subList(mention.start(), mention.end())));
                }
                offset += tokens.length;
                words += TextPipeline.countWords(tokens);
            }
            read.add(new Mentions.Article(id, period, words));
        }
        return new Mentions(table.table(), read, settings, false);
    }

    /**
     * Mentions per period and actor (only actors mentioned at least once).
     *
     * @return columns {@code period | actor | type | mentions | articles | words | per_1000}, where
     *     articles counts the period's articles that mention the actor, words is the period's
     *     word-token count and per_1000 = 1000 · mentions / words; sorted by period, then mentions
     *     descending, then actor
     */
    public Table perPeriod(Table articles) {
        ActorTally tally = tally();
        for (TokenizedArticle article : settings.pipeline().tokenizeArticles(articles)) {
            tally.add(tally.count(article));
        }
        return tally.perPeriod();
    }

    /** A tally to feed article by article, for corpora too large to hold as a table. */
    public ActorTally tally() {
        return new ActorTally(finder);
    }

    /** The text pipeline whose tokens the mentions are found in. */
    public TextPipeline pipeline() {
        return settings.pipeline();
    }

    /**
     * Candidate actors the dictionary does not know: runs of two or more capitalised tokens
     * (joined at most by "of", "the", "von" and the like) that no dictionary name covers, with
     * leading stopwords dropped (a capital after a full stop is no evidence) and runs that are
     * only a role title ("Menteri Luar Negeri") left out.
     *
     * @return columns {@code candidate | count | articles}, sorted by count descending, then candidate
     */
    public Table candidates(Table articles) {
        RankedCounts counts = new RankedCounts();
        Set<String> titles = new HashSet<>(STANDARD_TITLES);
        for (TokenizedArticle article : settings.pipeline().tokenizeArticles(articles)) {
            for (String[] tokens : article.sentences()) {
                for (String candidate : capitalisedRuns(tokens, finder.knownSpans(tokens))) {
                    if (titles.contains(candidate.toLowerCase(Locale.ROOT))) continue;
                    counts.add(candidate, 1, article.id());
                }
            }
        }
        return counts.table("candidate actors", "candidate", "count", Integer.MAX_VALUE);
    }

    private static List<String> capitalisedRuns(String[] tokens, Span[] known) {
        boolean[] covered = new boolean[tokens.length];
        for (Span span : known) {
            for (int i = span.getStart(); i < span.getEnd(); i++) covered[i] = true;
        }
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            if (covered[i] || !isCapitalised(tokens[i])) {
                i++;
                continue;
            }
            List<String> run = new ArrayList<>();
            int j = i;
            while (j < tokens.length && !covered[j]) {
                if (isCapitalised(tokens[j])) {
                    run.add(tokens[j]);
                } else if (NAME_CONNECTORS.contains(tokens[j]) && j + 1 < tokens.length && !covered[j + 1]
                        && isCapitalised(tokens[j + 1])) {
                    run.add(tokens[j]);
                } else {
                    break;
                }
                j++;
            }
            while (!run.isEmpty() && Stopwords.standard().contains(run.get(0))) run.remove(0);
            if (run.size() >= 2) runs.add(String.join(" ", run));
            i = j;
        }
        return runs;
    }

    private static boolean isCapitalised(String token) {
        return Character.isUpperCase(token.codePointAt(0));
    }
}
