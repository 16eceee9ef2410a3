package org.kabar.cli;

import java.util.Arrays;
import java.util.List;
import org.kabar.actors.Actors;
import org.kabar.actors.Mentions;
import org.kabar.actors.People;
import org.kabar.compare.Keyness;
import org.kabar.compare.PeriodPair;
import org.kabar.context.Quotes;
import org.kabar.context.Sources;
import org.kabar.corpus.Corpus;
import org.kabar.terms.Terms;
import org.kabar.text.ItemCounts;
import org.kabar.text.Roots;
import org.kabar.text.Tokens;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** One run of {@code analyze}: the loaded corpus, the options, and each shared table computed once. */
final class Analysis {

    static final List<String> KEYNESS_COLUMNS = List.of("term", "surface", "a", "b", "per_1000_a", "per_1000_b",
            "df_a", "df_b", "g2", "p_level", "log_ratio", "direction", "g2_form");

    private final Corpus corpus;
    private final Options options;
    private final Actors actors;
    private final Roots roots;
    private Table articles;
    private Tokens tokens;
    private Mentions mentions;
    private ItemCounts unigrams;
    private People.Result people;

    Analysis(Corpus corpus, Options options, Roots roots) {
        this.corpus = corpus;
        this.options = options;
        Actors storyActors = Actors.forCorpus(options.folder());
        this.actors = options.metonyms() ? storyActors.withMetonyms() : storyActors;
        this.roots = roots;
    }

    Corpus corpus() {
        return corpus;
    }

    Table articles() {
        if (articles == null) articles = corpus.articles();
        return articles;
    }

    Mentions mentions() {
        if (mentions == null) mentions = actors.find(articles());
        return mentions;
    }

    /** One row per article and actor mentioned: id, actor, type, mentions (the file's name for the count). */
    Table actorsPerArticle() {
        Table counts = mentions().perArticle().table().selectColumns("id", "actor", "type", "count");
        counts.column("count").setName("mentions");
        return counts;
    }

    /** Every actor's mentions, the dictionary's and those found without it, with evidence. */
    Table peopleMentions() {
        return people().mentions().table();
    }

    /** One row per actor (dictionary and found): mentions, articles, evidence, forms, coreference note. */
    Table peopleSummary() {
        return people().summary();
    }

    private People.Result people() {
        if (people == null) people = actors.withFinder().run(articles());
        return people;
    }

    ItemCounts unigrams() {
        if (unigrams == null) unigrams = terms(Terms.unigrams()).perArticle(tokens());
        return unigrams;
    }

    ItemCounts bigrams() {
        return terms(Terms.bigrams()).perArticle(tokens());
    }

    Table quotes() {
        return Quotes.standard().find(articles(), mentions());
    }

    Table sources() {
        return Sources.standard().find(articles());
    }

    /**
     * The two periods compared: those of {@code --compare}, else the earliest and the latest period
     * that have articles; empty when there is nothing to compare.
     */
    List<String> comparedGroups() {
        return PeriodPair.of(Corpus.mainLanguage(articles()), options.compare()).asList();
    }

    /** Why {@link #comparedGroups()} is empty, for a one-line warning. */
    String whyNoComparison() {
        return PeriodPair.of(Corpus.mainLanguage(articles()), options.compare()).why();
    }

    /** Term keyness between the compared groups, with the G² form named in a column; empty without groups. */
    Table keyness() {
        List<String> groups = comparedGroups();
        if (groups.isEmpty()) {
            Table empty = Table.create("keyness");
            KEYNESS_COLUMNS.forEach(name -> empty.addColumns(StringColumn.create(name)));
            return empty;
        }
        Table compared = Corpus.mainLanguage(articles());
        ItemCounts words = unigrams();
        if (compared.rowCount() < articles().rowCount()) {
            words = words.inArticles(compared.stringColumn("id").asList());
        }
        Table result = Keyness.compare(words, compared, "period", groups.get(0), groups.get(1))
                .form(options.g2Form()).run().table();
        String[] form = new String[result.rowCount()];
        Arrays.fill(form, options.g2Form().label());
        return result.addColumns(StringColumn.create("g2_form", form));
    }

    private Tokens tokens() {
        if (tokens == null) tokens = Tokens.of(articles());
        return tokens;
    }

    private Terms terms(Terms terms) {
        return terms.roots(roots);
    }
}
