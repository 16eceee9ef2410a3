package org.kabar.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
 */
public final class Tokens {

    private Tokens() {}

    /**
     * Tokens of an articles table (columns {@code id}, {@code period}, {@code text}, and
     * {@code language} when there is one) with the defaults: each article's stopwords and stems are
     * those of its language.
     */
    public static Table of(Table articles) {
        return of(articles, TextPipeline.standard(), null);
    }

    /** Tokens of an articles table, with a chosen pipeline and one stopword list for every article (stems still by language). */
    public static Table of(Table articles, TextPipeline pipeline, Stopwords stopwords) {
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
        return Table.create("tokens", ids, periods, sentenceNumbers, positions, starts, ends, surfaces, norms, stems, words,
                stopwordFlags);
    }

    /**
     * The counting key of every row of a tokens table by {@code roots}, found sentence by sentence
     * as {@link Roots#keys} finds them (the name rule needs each token's place in its sentence).
     */
    public static String[] keys(Table tokens, Roots roots) {
        StringColumn ids = tokens.stringColumn("id");
        IntColumn sentences = tokens.intColumn("sentence");
        StringColumn surfaces = tokens.stringColumn("token");
        String[] keys = new String[tokens.rowCount()];
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
