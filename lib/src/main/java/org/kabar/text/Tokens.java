package org.kabar.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The token stream of a corpus, one row per token: the shared input of term counts, keyness,
 * concordances and co-occurrence.
 *
 * <p>Columns: {@code id | period | sentence | position | start | end | token | norm | stem | word | stopword}.
 * <ul>
 *   <li>{@code sentence}: 1-based within the article;</li>
 *   <li>{@code position}: 0-based over all of the article's tokens, punctuation included;</li>
 *   <li>{@code start}, {@code end}: where the token stands in the article's {@code text}, end
 *       exclusive as OpenNLP's {@link opennlp.tools.util.Span} ({@link TextPipeline#sentenceTokens});</li>
 *   <li>{@code token}: the surface form as written;</li>
 *   <li>{@code norm}: lower-cased, typographic apostrophe ’ as ';</li>
 *   <li>{@code stem}: the Snowball stem of the article's language ({@link Roots#snowball(LanguageProfile)},
 *       names and acronyms kept as written) for word tokens, else {@code norm}: the key of
 *       {@code Terms...stemmed()};</li>
 *   <li>{@code word}: the token has a letter or digit ({@link TextPipeline#isWord(String)});</li>
 *   <li>{@code stopword}: {@code norm} is on the stopword list (by default the list of the
 *       article's language: the articles table's {@code language} column, Indonesian without one).</li>
 * </ul>
 * Rows are in article order (as in the articles table), then by position.
 *
 * <pre>{@code
 * Tokens tokens = Tokens.of(articles);
 * Terms.unigrams().perPeriod(tokens)     // what the next stages take
 * tokens.table()                         // the Tablesaw table, to select or join
 * }</pre>
 *
 * <p>Immutable: the tokens record how they were made (the pipeline, the stopword list, the
 * languages whose stems and stopwords were used), so the stages after need none of it restated,
 * and {@link #table()} gives a copy. A notebook shows tokens as their table, captioned by
 * {@link #caption()}.
 */
public final class Tokens {

    private final Table table;
    // The table's columns, for the row accessors: the stages after read tokens through them
    // rather than through a copy of the table (a corpus has millions of tokens).
    private final StringColumn ids;
    private final StringColumn periods;
    private final IntColumn sentences;
    private final IntColumn positions;
    private final IntColumn starts;
    private final IntColumn ends;
    private final StringColumn surfaces;
    private final StringColumn norms;
    private final StringColumn stems;
    private final BooleanColumn words;
    private final BooleanColumn stopwordFlags;
    private final TextPipeline pipeline;
    /** The one list given for every article, or null: each article's language's list. */
    private final Stopwords givenStopwords;
    private final List<LanguageProfile> languages;

    private Tokens(Table table, TextPipeline pipeline, Stopwords givenStopwords, List<LanguageProfile> languages) {
        this.pipeline = pipeline;
        this.givenStopwords = givenStopwords;
        this.languages = List.copyOf(languages);
        // The table is new (made by of()), so naming it changes no one else's.
        this.table = table;
        this.table.setName(caption());
        this.ids = table.stringColumn("id");
        this.periods = table.stringColumn("period");
        this.sentences = table.intColumn("sentence");
        this.positions = table.intColumn("position");
        this.starts = table.intColumn("start");
        this.ends = table.intColumn("end");
        this.surfaces = table.stringColumn("token");
        this.norms = table.stringColumn("norm");
        this.stems = table.stringColumn("stem");
        this.words = table.booleanColumn("word");
        this.stopwordFlags = table.booleanColumn("stopword");
    }

    /**
     * Tokens of an articles table (columns {@code id}, {@code period}, {@code text}, and
     * {@code language} when there is one) with the defaults: the standard text pipeline, and each
     * article's stopwords and stems those of its language.
     */
    public static Tokens of(Table articles) {
        return read(articles, TextPipeline.standard(), null);
    }

    /** Tokens of an articles table, with a chosen pipeline and one stopword list for every article (stems still by language). */
    public static Tokens of(Table articles, TextPipeline pipeline, Stopwords stopwords) {
        return read(articles, Objects.requireNonNull(pipeline, "pipeline"), Objects.requireNonNull(stopwords, "stopwords"));
    }

    /** The token table (a copy: changing it leaves these tokens as they are), named by its {@link #caption()}. */
    public Table table() {
        return table.copy();
    }

    /** How many tokens, punctuation included. */
    public int rowCount() {
        return table.rowCount();
    }

    // One token's fields by row (0 to rowCount() - 1), as the table's columns hold them: how the
    // stages after read the tokens without a copy of the table.

    /** The {@code id} of the row's article. */
    public String id(int row) {
        return ids.get(row);
    }

    /** The {@code period} of the row's article. */
    public String period(int row) {
        return periods.get(row);
    }

    /** The row's {@code sentence}, 1-based within the article. */
    public int sentence(int row) {
        return sentences.getInt(row);
    }

    /** The row's {@code position}, 0-based over the article's tokens. */
    public int position(int row) {
        return positions.getInt(row);
    }

    /** Where the row's token starts in the article's text. */
    public int start(int row) {
        return starts.getInt(row);
    }

    /** Where the row's token ends in the article's text (exclusive). */
    public int end(int row) {
        return ends.getInt(row);
    }

    /** The row's {@code token}, as written. */
    public String token(int row) {
        return surfaces.get(row);
    }

    /** The row's {@code norm}. */
    public String norm(int row) {
        return norms.get(row);
    }

    /** The row's {@code stem}. */
    public String stem(int row) {
        return stems.get(row);
    }

    /** Whether the row's token is a word ({@code word}). */
    public boolean isWord(int row) {
        return words.get(row);
    }

    /** Whether the row's token is a stopword ({@code stopword}). */
    public boolean isStopword(int row) {
        return stopwordFlags.get(row);
    }

    /** The pipeline that split the articles into sentences and tokens. */
    public TextPipeline pipeline() {
        return pipeline;
    }

    /**
     * The stopword list given for every article ({@link #of(Table, TextPipeline, Stopwords)}); empty
     * when each article's {@code stopword} flags come from its language's list.
     */
    public Optional<Stopwords> stopwords() {
        return Optional.ofNullable(givenStopwords);
    }

    /**
     * The languages the articles were read in, by code: each article's {@code stem} is the Snowball
     * stem of its language, and unless a list was given its stopwords are its language's.
     */
    public List<LanguageProfile> languages() {
        return languages;
    }

    /**
     * How the tokens were made, in one line: whose stopwords, which stems, and the pipeline when it
     * is not the standard one, e.g. "tokens (Indonesian stopwords and Snowball stems)". In brackets,
     * so that the names Tablesaw derives from it ("tokens (...) summary") still read.
     */
    public String caption() {
        List<String> how = new ArrayList<>();
        String names = languages.stream().map(LanguageProfile::name).collect(Collectors.joining(", "));
        if (givenStopwords != null) {
            how.add("a given list of " + givenStopwords.words().size() + " stopwords");
            if (!languages.isEmpty()) how.add(languages.size() == 1 ? "Snowball stems of " + names
                    : "Snowball stems of each article's language: " + names);
        } else if (!languages.isEmpty()) {
            how.add(languages.size() == 1 ? names + " stopwords and Snowball stems"
                    : "each article's language's stopwords and Snowball stems: " + names);
        }
        if (pipeline != TextPipeline.standard()) how.add("own text pipeline");
        return how.isEmpty() ? "tokens" : "tokens (" + String.join("; ", how) + ")";
    }

    @Override
    public String toString() {
        return caption();
    }

    private static Tokens read(Table articles, TextPipeline pipeline, Stopwords stopwords) {
        TextPipeline.requireArticleColumns(articles);
        Map<String, LanguageProfile> languageById = new HashMap<>();
        if (articles.containsColumn("language")) {
            for (int row = 0; row < articles.rowCount(); row++) {
                String id = articles.column("id").getString(row);
                LanguageProfile.find(articles.column("language").getString(row))
                        .ifPresent(language -> languageById.put(id, language));
            }
        }
        StringColumn ids = StringColumn.create("id");
        StringColumn periods = StringColumn.create("period");
        IntColumn sentenceNumbers = IntColumn.create("sentence");
        IntColumn positions = IntColumn.create("position");
        IntColumn starts = IntColumn.create("start");
        IntColumn ends = IntColumn.create("end");
        StringColumn surfaces = StringColumn.create("token");
        StringColumn norms = StringColumn.create("norm");
        StringColumn stems = StringColumn.create("stem");
        BooleanColumn words = BooleanColumn.create("word");
        BooleanColumn stopwordFlags = BooleanColumn.create("stopword");
        Map<LanguageProfile, Roots> snowballs = new HashMap<>();
        for (int row = 0; row < articles.rowCount(); row++) {
            String id = articles.column("id").getString(row);
            String period = articles.column("period").getString(row);
            LanguageProfile language = languageById.getOrDefault(id, LanguageProfile.standard());
            Roots snowball = snowballs.computeIfAbsent(language, Roots::snowball);
            Stopwords articleStopwords = stopwords != null ? stopwords : language.stopwords();
            int position = 0;
            int sentenceNumber = 0;
            for (SentenceTokens sentence : pipeline.sentenceTokens(articles.column("text").getString(row))) {
                sentenceNumber++;
                String[] keys = snowball.keys(sentence.tokens());
                for (int i = 0; i < sentence.tokens().length; i++) {
                    String token = sentence.tokens()[i];
                    String norm = normalize(token);
                    boolean word = TextPipeline.isWord(token);
                    ids.append(id);
                    periods.append(period);
                    sentenceNumbers.append(sentenceNumber);
                    positions.append(position++);
                    starts.append(sentence.tokenSpans()[i].getStart());
                    ends.append(sentence.tokenSpans()[i].getEnd());
                    surfaces.append(token);
                    norms.append(norm);
                    stems.append(keys[i]);
                    words.append(word);
                    stopwordFlags.append(articleStopwords.contains(norm));
                }
            }
        }
        Table table = Table.create("tokens", ids, periods, sentenceNumbers, positions, starts, ends, surfaces, norms,
                stems, words, stopwordFlags);
        List<LanguageProfile> languages = snowballs.keySet().stream()
                .sorted(Comparator.comparing(LanguageProfile::code)).toList();
        return new Tokens(table, pipeline, stopwords, languages);
    }

    /**
     * The counting key of every token (in table order) by {@code roots}, found sentence by sentence
     * as {@link Roots#keys} finds them (the name rule needs each token's place in its sentence).
     */
    public String[] keys(Roots roots) {
        String[] keys = new String[table.rowCount()];
        int start = 0;
        while (start < keys.length) {
            int end = start + 1;
            while (end < keys.length && ids.get(end).equals(ids.get(start))
                    && sentences.getInt(end) == sentences.getInt(start)) {
                end++;
            }
            String[] sentence = new String[end - start];
            for (int row = start; row < end; row++) sentence[row - start] = surfaces.get(row);
            System.arraycopy(roots.keys(sentence), 0, keys, start, sentence.length);
            start = end;
        }
        return keys;
    }

    /** The {@code norm} of a token: lower case, with the typographic apostrophe folded to ASCII. */
    public static String normalize(String token) {
        return token.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
