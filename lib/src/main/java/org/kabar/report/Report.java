package org.kabar.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.kabar.actors.Actors;
import org.kabar.actors.Mentions;
import org.kabar.actors.People;
import org.kabar.chart.Charts;
import org.kabar.chart.Figure;
import org.kabar.chart.Palette;
import org.kabar.compare.Comparison;
import org.kabar.compare.Keyness;
import org.kabar.compare.PeriodPair;
import org.kabar.context.Quotes;
import org.kabar.context.Sources;
import org.kabar.corpus.Corpus;
import org.kabar.corpus.PeriodUnit;
import org.kabar.terms.Terms;
import org.kabar.text.ItemCounts;
import org.kabar.text.RankedCounts;
import org.kabar.text.TableRows;
import org.kabar.text.Tokens;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A coverage report for any folder of articles: what the report notebook shows, section by
 * section, with every figure and sentence derived from the data. Nothing here knows a story: the
 * periods, the pair compared, the outlets and actors shown, the colours and the captions all come
 * from the corpus and the settings.
 *
 * <p>Conventions, the same in every section: undated articles are kept and listed, and left out
 * of everything over time (time charts, the comparison); outlets beyond the {@value #TOP_OUTLETS}
 * with most articles are drawn together as "other"; a figure with nothing to draw is one line
 * saying why ({@link Figure#nothing}).
 */
public final class Report {
    /** Outlets drawn by name; the rest are drawn together as "other". */
    public static final int TOP_OUTLETS = 8;
    /** With more periods than this, per-period bars would be unreadable and lines are drawn instead. */
    static final int MAX_GROUPED_PERIODS = 4;

    private final Corpus corpus;
    private final Table articles;
    private final Actors actors;
    private final PeriodUnit unit;
    private final PeriodPair pair;
    /** The articles of the main language: keyness compares words within one language only. */
    private final Table compared;
    private Tokens tokens;
    private Mentions mentions;
    private Table found;
    private ItemCounts unigrams;
    private Comparison keyness;

    private Report(Corpus corpus, Actors actors, PeriodUnit unit, List<String> compare) {
        this.corpus = corpus;
        this.articles = corpus.articles();
        this.actors = actors;
        this.unit = unit;
        this.compared = Corpus.mainLanguage(articles);
        this.pair = PeriodPair.of(compared, compare);
    }

    /**
     * The report of a folder: loaded with periods of {@code unit}, actors from the standard
     * dictionary plus the folder's own {@code actors.tsv}, and the pair {@code compare} (two
     * periods, or empty for the earliest and the latest).
     */
    public static Report of(Path folder, PeriodUnit unit, List<String> compare) {
        return of(Corpus.loader().periods(unit).load(folder), Actors.forCorpus(folder), unit, compare);
    }

    /** The report of a corpus already loaded (with periods of {@code unit}). */
    public static Report of(Corpus corpus, Actors actors, PeriodUnit unit, List<String> compare) {
        return new Report(corpus, actors, unit, compare);
    }

    public Corpus corpus() {
        return corpus;
    }

    public Table articles() {
        return articles;
    }

    /** The two periods compared, or why there are none. */
    public PeriodPair pair() {
        return pair;
    }

    /** The corpus in numbers: one row per fact, for the page's opening table. */
    public Table overview() {
        StringColumn what = StringColumn.create("what");
        StringColumn value = StringColumn.create("value");
        int undated = undated().rowCount();
        TreeSet<String> periods = PeriodPair.periods(articles);
        Set<String> outlets = new TreeSet<>(articles.stringColumn("outlet").asList());
        long unknownOutlet = articles.stringColumn("outlet").asList().stream().filter("unknown"::equals).count();
        add(what, value, "articles", String.valueOf(articles.rowCount()));
        add(what, value, "languages", Corpus.describeLanguages(articles));
        add(what, value, "word tokens", String.valueOf((long) articles.intColumn("tokens").sum()));
        add(what, value, "dated articles", (articles.rowCount() - undated) + " (undated: " + undated + ")");
        add(what, value, "outlets", outlets.size() - (unknownOutlet > 0 ? 1 : 0) + " named (articles with outlet unknown: "
                + unknownOutlet + ")");
        add(what, value, "periods (" + unit.name().toLowerCase(Locale.ROOT) + ")", periods.isEmpty() ? "none"
                : periods.size() + ", from " + periods.first() + " to " + periods.last());
        add(what, value, "periods compared", pair + comparedNote());
        long problems = corpus.loadReport().stringColumn("status").asList().stream()
                .filter(status -> !status.equals(Corpus.LOADED)).count();
        add(what, value, "files skipped or loaded with warnings", String.valueOf(problems));
        return Table.create("overview", what, value);
    }

    /** Empty for a corpus in one language; else which language's articles the comparison uses, and why. */
    public String comparedNote() {
        if (compared.rowCount() == articles.rowCount()) return "";
        return " (" + Corpus.describeLanguages(compared) + " articles only: words of two languages are never compared)";
    }

    /** Articles per language: language, name, articles. */
    public Table languages() {
        return Corpus.languages(articles);
    }

    private static void add(StringColumn what, StringColumn value, String name, String text) {
        what.append(name);
        value.append(text);
    }

    /** Articles per period, stacked by outlet: the shape of the coverage over time. */
    public Figure articlesPerPeriod() {
        Table dated = dated(articles);
        if (dated.rowCount() == 0) return Figure.nothing("No article is dated, so there is nothing to place in time.");
        Table counts = countBy(dated, "period", outletsTopN(dated));
        String title = "Articles per " + unitName() + " and outlet";
        // Articles add up: one stacked bar per period shows both the period's total and its outlets.
        return Figure.of(Charts.groupedBar(counts).category("period").group("outlet").value("articles").stacked(true)
                .title(title).xLabel(unitName()).yLabel("articles").build());
    }

    /** Publication dates on a time axis, one lane per outlet (the top outlets, then "other"). */
    public Figure publicationTimeline() {
        Table dated = dated(articles);
        if (dated.rowCount() == 0) return Figure.nothing("No article is dated, so there is no time line to draw.");
        Table lanes = Table.create("publication dates", outletsTopN(dated).setName("outlet"), dated.dateColumn("published"));
        return Figure.of(Charts.timeline(lanes).date("published").lane("outlet")
                .title("Publication dates by outlet").xLabel("publication date").yLabel("outlet").build());
    }

    /** Articles without a date or without a known outlet, with what the loader found: what to curate in metadata.csv. */
    public Table toCurate() {
        Table rows = articles.where(articles.stringColumn("period").isEqualTo("")
                .or(articles.stringColumn("outlet").isEqualTo("unknown")));
        StringColumn missing = StringColumn.create("missing");
        for (int row = 0; row < rows.rowCount(); row++) {
            List<String> what = new ArrayList<>();
            if (rows.stringColumn("period").get(row).isEmpty()) what.add("date");
            if (rows.stringColumn("outlet").get(row).equals("unknown")) what.add("outlet");
            missing.append(String.join(" and ", what));
        }
        Table table = rows.selectColumns("id", "outlet", "published", "headline", "date_evidence");
        table.insertColumn(1, missing);
        table.setName("articles to curate");
        return table;
    }

    /** Every actor mention (dictionary actors), in article order. */
    public Mentions mentions() {
        if (mentions == null) mentions = actors.find(articles);
        return mentions;
    }

    /** The {@code n} actors mentioned most often: actor, type, mentions, articles (how many mention it). */
    public Table leadingActors(int n) {
        return leading(mentions().table(), n, null);
    }

    /** The {@code n} actors of one type ({@code "person"}, {@code "organisation"} ...) mentioned most often. */
    public Table leading(String type, int n) {
        return leading(mentions().table(), n, type);
    }

    /**
     * The {@code n} people mentioned most often, found in the text by the name finder with the
     * dictionary as override ({@link People}): columns {@code actor | source | mentions | articles |
     * evidence | forms | note}, source {@code dictionary} or {@code found}, evidence why each is a
     * person, forms the names as written, note what coreference decided across articles.
     */
    public Table people(int n) {
        return found("person", n, "people");
    }

    /** The {@code n} organisations mentioned most often, found as {@link #people} are. */
    public Table organisations(int n) {
        return found("organisation", n, "organisations");
    }

    private Table found(String type, int n, String name) {
        if (found == null) found = People.of(actors.dictionary()).summary(articles);
        Table ofType = found.where(found.stringColumn("type").isEqualTo(type));
        Table top = ofType.first(n).selectColumns("actor", "source", "mentions", "articles", "evidence", "forms", "note");
        top.setName(name);
        return top;
    }

    /** Mentions per 1,000 word tokens of the leading actors, per period: one line (or bar group) each. */
    public Figure actorsOverTime(int n) {
        List<String> leading = leadingActors(n).stringColumn("actor").asList();
        if (leading.isEmpty()) return Figure.nothing("No article mentions an actor of the dictionary.");
        Table perPeriod = dated(actors.perPeriod(articles));
        Table chosen = perPeriod.where(perPeriod.stringColumn("actor").isIn(leading));
        if (chosen.rowCount() == 0) return Figure.nothing("No dated article mentions an actor, so there is nothing to place in time.");
        String title = "Mentions per 1,000 word tokens, per " + unitName() + ": the "
                + counted(leading.size(), "leading actor", "leading actors");
        return Figure.of(overTime(chosen, "actor", "per_1000", title, "mentions per 1,000 word tokens"));
    }

    /** Mentions of the leading actors in each outlet (the top outlets, then "other"). */
    public Figure actorsByOutlet(int n) {
        List<String> leading = leadingActors(n).stringColumn("actor").asList();
        if (leading.isEmpty()) return Figure.nothing("No article mentions an actor of the dictionary.");
        Map<String, String> outletById = new HashMap<>();
        StringColumn outlets = outletsTopN(articles);
        for (int row = 0; row < articles.rowCount(); row++) outletById.put(articles.stringColumn("id").get(row), outlets.get(row));
        Table all = mentions().table();
        Table chosen = all.where(all.stringColumn("actor").isIn(leading));
        StringColumn outletOfMention = StringColumn.create("outlet");
        for (String id : chosen.stringColumn("id")) outletOfMention.append(outletById.get(id));
        Table counted = Table.create("mentions", chosen.stringColumn("actor").copy(), outletOfMention,
                IntColumn.create("mentions", chosen.rowCount()).setMissingTo(1));
        return Figure.of(Charts.heatMap(sortedBy(counted, leading)).row("actor").column("outlet").value("mentions")
                .title("Mentions of the leading actors by outlet").xLabel("outlet").yLabel("actor").build());
    }

    /** Word tokens of every article, for terms and keyness. */
    public Tokens tokens() {
        if (tokens == null) tokens = Tokens.of(articles);
        return tokens;
    }

    /** The {@code n} most frequent words (stopwords left out) over the whole corpus: term, count, articles. */
    public Table topTerms(int n) {
        return totals(unigrams(), n);
    }

    /** The {@code n} most frequent word pairs over the whole corpus: term, count, articles. */
    public Table topPairs(int n) {
        return totals(Terms.bigrams().perArticle(tokens()), n);
    }

    /** The most frequent words, per 1,000 word tokens of each period. */
    public Figure termsOverTime(int n) {
        List<String> top = topTerms(n).stringColumn("term").asList();
        Table perPeriod = dated(Terms.unigrams().perPeriod(tokens()));
        Table chosen = perPeriod.where(perPeriod.stringColumn("term").isIn(top));
        if (chosen.rowCount() == 0) return Figure.nothing("No dated article has a word to count.");
        String title = "The " + counted(top.size(), "most frequent word", "most frequent words")
                + " per 1,000 word tokens, per " + unitName();
        return Figure.of(overTime(chosen, "term", "per_1000", title, "per 1,000 word tokens"));
    }

    /** Words key to each of the compared periods: G², Log Ratio and document frequencies; empty without a pair. */
    public Table keyness() {
        return pair.exists() ? comparison().table() : Table.create("keyness: " + pair.why());
    }

    /** The words most key to each compared period (G² ≥ 3.84, p < 0.05), by Log Ratio. */
    public Figure keynessChart(int n) {
        if (!pair.exists()) return Figure.nothing("No comparison: " + pair.why() + ".");
        Comparison significant = comparison().significant();
        if (significant.rowCount() == 0) {
            return Figure.nothing("No word differs between " + pair + " beyond chance (no G² reaches 3.84, p < 0.05).");
        }
        return Figure.of(significant.chart(n).build());
    }

    /** Term keyness of the pair, words of the main language only; needs a pair. */
    private Comparison comparison() {
        if (keyness != null) return keyness;
        ItemCounts words = unigrams();
        if (compared.rowCount() < articles.rowCount()) {
            words = words.inArticles(compared.stringColumn("id").asList());
        }
        keyness = Keyness.compare(words, compared, "period", pair.earlier(), pair.later()).minFrequency(3).run();
        return keyness;
    }

    /** Direct quotes and reported statements, with the speaker the rules attribute them to. */
    public Table quotes() {
        return Quotes.standard().find(articles, mentions());
    }

    /** Who is quoted most: the {@code n} speakers with most quotes, per period (undated as "undated"). */
    public Figure voices(int n) {
        Table perPeriod = Quotes.perPeriod(quotes());
        if (perPeriod.rowCount() == 0) return Figure.nothing("The rules find no quote attributed to a speaker.");
        Map<String, Integer> totals = new HashMap<>();
        for (int row = 0; row < perPeriod.rowCount(); row++) {
            totals.merge(perPeriod.stringColumn("speaker").get(row), perPeriod.intColumn("quotes").get(row), Integer::sum);
        }
        List<String> top = totals.keySet().stream()
                .sorted(Comparator.comparing((String s) -> -totals.get(s)).thenComparing(Comparator.naturalOrder()))
                .limit(n).toList();
        Table chosen = sortedBy(perPeriod.where(perPeriod.stringColumn("speaker").isIn(top)), top, "speaker");
        return Figure.of(Charts.groupedBar(chosen).category("speaker").group("period").value("quotes")
                .title("Who is quoted: the " + counted(top.size(), "speaker quoted most", "speakers quoted most")).xLabel("speaker")
                .yLabel("quotes and reported statements").build());
    }

    /** Sources the articles cite (news agencies, outlets), per period. */
    public Table sources() {
        return Sources.perPeriod(Sources.standard().find(articles));
    }

    // ---------------------------------------------------------------------------------------

    private ItemCounts unigrams() {
        if (unigrams == null) unigrams = Terms.unigrams().perArticle(tokens());
        return unigrams;
    }

    private String unitName() {
        return unit.name().toLowerCase(Locale.ROOT);
    }

    private Table undated() {
        return articles.where(articles.stringColumn("period").isEqualTo(""));
    }

    /** The rows with a period: undated articles are left out of everything over time. */
    private static Table dated(Table table) {
        return table.where(table.stringColumn("period").isNotEqualTo(""));
    }

    /** Each row's outlet, or "other" beyond the {@value #TOP_OUTLETS} outlets with most articles (ties by name). */
    private static StringColumn outletsTopN(Table rows) {
        Map<String, Integer> counts = new HashMap<>();
        rows.stringColumn("outlet").forEach(outlet -> counts.merge(outlet, 1, Integer::sum));
        Set<String> top = counts.keySet().stream()
                .sorted(Comparator.comparing((String o) -> -counts.get(o)).thenComparing(Comparator.naturalOrder()))
                .limit(counts.size() <= TOP_OUTLETS + 1 ? counts.size() : TOP_OUTLETS).collect(Collectors.toSet());
        StringColumn outlets = StringColumn.create("outlet");
        rows.stringColumn("outlet").forEach(outlet -> outlets.append(top.contains(outlet) ? outlet : Palette.OTHER_LABEL));
        return outlets;
    }

    private static Table countBy(Table rows, String periodCol, StringColumn outlets) {
        Map<List<String>, Integer> counts = new java.util.TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        for (int row = 0; row < rows.rowCount(); row++) {
            counts.merge(List.of(rows.stringColumn(periodCol).get(row), outlets.get(row)), 1, Integer::sum);
        }
        TableRows table = TableRows.named("articles per period and outlet").strings("period", "outlet").ints("articles");
        counts.forEach((key, count) -> table.add(key.get(0), key.get(1), count));
        return table.table();
    }

    /** Few periods: bars grouped by period; many: one line per item across the periods. */
    private CategoryOrLines overTimeKind(Table rows) {
        return new TreeSet<>(rows.stringColumn("period").asList()).size() <= MAX_GROUPED_PERIODS
                ? CategoryOrLines.BARS : CategoryOrLines.LINES;
    }

    private enum CategoryOrLines { BARS, LINES }

    private org.knowm.xchart.CategoryChart overTime(Table rows, String itemCol, String valueCol, String title, String yLabel) {
        return overTimeKind(rows) == CategoryOrLines.BARS
                ? Charts.groupedBar(rows).category(itemCol).group("period").value(valueCol)
                        .title(title).xLabel(itemCol.equals("term") ? "word" : itemCol).yLabel(yLabel).build()
                : Charts.lines(rows).x("period").series(itemCol).value(valueCol)
                        .title(title).xLabel(unitName()).yLabel(yLabel).build();
    }

    private static Table leading(Table mentions, int n, String type) {
        RankedCounts counts = new RankedCounts();
        Map<String, String> types = new HashMap<>();
        for (int row = 0; row < mentions.rowCount(); row++) {
            String actorType = mentions.stringColumn("type").get(row);
            if (type != null && !type.equals(actorType)) continue;
            String actor = mentions.stringColumn("actor").get(row);
            counts.add(actor, 1, mentions.stringColumn("id").get(row));
            types.put(actor, actorType);
        }
        Table leading = counts.table(type == null ? "leading actors" : "leading actors: " + type, "actor", "mentions", n);
        StringColumn actorType = StringColumn.create("type");
        for (String actor : leading.stringColumn("actor")) actorType.append(types.get(actor));
        return leading.insertColumn(1, actorType);
    }

    /**
     * Term totals over all articles: term, count, articles; the {@code n} most frequent, ties by
     * term; named by what the terms are, e.g. "top 20 of terms (words as written)".
     */
    private static Table totals(ItemCounts perArticle, int n) {
        RankedCounts counts = new RankedCounts();
        for (int row = 0; row < perArticle.rowCount(); row++) {
            counts.add(perArticle.item(row), perArticle.count(row), perArticle.id(row));
        }
        return counts.table("top " + n + " of " + perArticle.description(), "term", "count", n);
    }

    private static Table sortedBy(Table rows, List<String> order) {
        return sortedBy(rows, order, "actor");
    }

    /** Rows in the order of {@code order}'s values in column {@code col} (stable within a value). */
    private static Table sortedBy(Table rows, List<String> order, String col) {
        Table result = rows.emptyCopy();
        for (String value : order) result.append(rows.where(rows.stringColumn(col).isEqualTo(value)));
        return result;
    }

    /** "8 leading actors", or "leading actor" alone when there is one: a title never reads "the 1 leading actors". */
    private static String counted(int n, String one, String many) {
        return n == 1 ? one : n + " " + many;
    }
}
