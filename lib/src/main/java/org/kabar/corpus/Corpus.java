package org.kabar.corpus;

import java.util.ArrayList;
import java.util.List;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kabar.text.LanguageProfile;
import org.kabar.text.TableRows;
import tech.tablesaw.api.Table;

/**
 * A folder of news articles (text files, saved pages, CSV and JSON exports; see {@link CorpusLoader}) as Tablesaw tables, with an account of everything the
 * loading did. {@code Corpus.load(folder)} loads with the default settings ({@code .articles()} are the
 * articles); {@link #loader()} sets size limit, rules and curated metadata.
 *
 * <p>Tables (each returned as a fresh copy, so a caller's changes stay the caller's):
 * <ul>
 *   <li>{@link #articles()}, one row per article, sorted by {@code id}: {@code id} (the file's path below the folder without its ending,
 *       or a row's id), {@code file} (the path below the folder), {@code outlet}, {@code outlet_evidence}, {@code headline},
 *       {@code published} (date, missing when unknown), {@code period} (yyyy-MM, empty when
 *       unknown), {@code date_basis} (column, page, url, dateline, reporting, event,
 *       curated or none, with ", year from the corpus" when the year came from the other articles;
 *       see {@link DateFinder}), {@code date_evidence}, {@code text} (cleaned body, headline
 *       excluded), {@code raw_text} (the decoded original with line ends normalised: photo
 *       credits and "Sumber :" lines the cleaner removes still name sources), {@code raw_chars}, {@code clean_chars}, {@code sentences}, {@code tokens}
 *       (word tokens, as {@code org.kabar.text.TextPipeline} counts them); then, when any article has
 *       them, {@code folder} (its subfolder), {@code url}, then always {@code language} (the code of
 *       the {@link org.kabar.text.LanguageProfile} the article is read with: curated, an export's
 *       column, or detected), then every other column of an export, as text.</li>
 *   <li>{@link #removed()}, the cleaning audit, sorted by {@code id} then {@code line_no}:
 *       {@code id}, {@code line_no} (1-based line in the file), {@code line} (the text removed:
 *       the whole line, or the part of it a rule matched), {@code rule} (see {@link Cleaner}).</li>
 *   <li>{@link #loadReport()}, one row per file seen in the folder and per rejected (or
 *       warned) row of an export, sorted by {@code file}: {@code file} ({@code name} or
 *       {@code name:line}), {@code id}, {@code status} ({@value #LOADED}, {@value #LOADED_WITH_WARNINGS}
 *       or {@value #SKIPPED}), {@code reason}, {@code bytes}.</li>
 *   <li>{@link #metadataDisagreements()}, where inference and the curated {@code metadata.csv}
 *       differ, sorted by {@code id} then {@code field}: {@code id}, {@code field} (outlet,
 *       published or headline), {@code inferred}, {@code curated}.</li>
 * </ul>
 */
public final class Corpus {

    public static final String LOADED = "loaded";
    public static final String LOADED_WITH_WARNINGS = "loaded with warnings";
    public static final String SKIPPED = "skipped";

    private final Table articles;
    private final Table removed;
    private final Table loadReport;
    private final Table metadataDisagreements;

    Corpus(Table articles, Table removed, Table loadReport, Table metadataDisagreements) {
        this.articles = articles;
        this.removed = removed;
        this.loadReport = loadReport;
        this.metadataDisagreements = metadataDisagreements;
    }

    /** Everything loading a folder produced, with the default settings. */
    public static Corpus load(Path folder) {
        return loader().load(folder);
    }

    /** A loader whose settings can be changed before loading. */
    public static CorpusLoader loader() {
        return new CorpusLoader();
    }

    public Table articles() {
        return articles.copy();
    }

    public Table removed() {
        return removed.copy();
    }

    /** The columns of {@link #articles()} that analyze writes: all but the texts and their lengths. */
    public static final List<String> ARTICLE_COLUMNS =
            List.of("id", "file", "outlet", "headline", "published", "period", "sentences", "tokens", "date_evidence");

    /**
     * The articles without their text: {@link #ARTICLE_COLUMNS}, then the document variables (folder,
     * url, columns kept from a table file), as {@code articles.csv} holds them.
     */
    public Table articlesWithoutText() {
        List<String> columns = new ArrayList<>(ARTICLE_COLUMNS);
        int variablesStart = articles.columnNames().indexOf("tokens") + 1;
        columns.addAll(articles.columnNames().subList(variablesStart, articles.columnCount()));
        return articles.selectColumns(columns.toArray(String[]::new)).copy();
    }

    public Table loadReport() {
        return loadReport.copy();
    }

    public Table metadataDisagreements() {
        return metadataDisagreements.copy();
    }

    /**
     * Articles per language of an articles table: columns {@code language | name | articles}, most
     * articles first, then in the order of {@code languages.tsv}. Without a {@code language} column
     * every article is in the default language.
     */
    public static Table languages(Table articles) {
        Map<String, Integer> counts = languageCounts(articles);
        TableRows table = TableRows.named("languages").strings("language", "name").ints("articles");
        counts.forEach((code, count) -> table.add(code, LanguageProfile.find(code).map(LanguageProfile::name).orElse(code), count));
        return table.table();
    }

    /** The articles per language in a few words, most first: "24 English", "3 Indonesian, 3 English". */
    public static String describeLanguages(Table articles) {
        Table languages = languages(articles);
        List<String> parts = new ArrayList<>();
        for (int row = 0; row < languages.rowCount(); row++) {
            parts.add(languages.intColumn("articles").getInt(row) + " " + languages.stringColumn("name").get(row));
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    /**
     * The articles of the language most of them are in (ties: the earlier in {@code languages.tsv}):
     * what a comparison of word frequencies may use, since words of two languages never match and a
     * period written more in one language would look key for that language's function words.
     */
    public static Table mainLanguage(Table articles) {
        Map<String, Integer> counts = languageCounts(articles);
        if (counts.size() <= 1) return articles;
        String main = counts.keySet().iterator().next();
        return articles.where(articles.stringColumn("language").isEqualTo(main));
    }

    private static Map<String, Integer> languageCounts(Table articles) {
        Map<String, Integer> counts = new HashMap<>();
        for (int row = 0; row < articles.rowCount(); row++) {
            String code = articles.containsColumn("language") ? articles.stringColumn("language").get(row)
                    : LanguageProfile.standard().code();
            counts.merge(code, 1, Integer::sum);
        }
        List<String> order = new ArrayList<>();
        for (LanguageProfile language : LanguageProfile.all()) order.add(language.code());
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(e -> order.contains(e.getKey()) ? order.indexOf(e.getKey()) : order.size())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
