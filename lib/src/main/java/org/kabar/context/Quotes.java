package org.kabar.context;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.kabar.actors.Mentions;
import org.kabar.text.LanguageProfile;
import org.kabar.text.ResourceFile;
import org.kabar.text.TextPipeline;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Quote attribution: who is given a voice. Finds direct quotes ("…", “…”, also the mismatched
 * “…") and reported speech marked by a reporting verb, and links each to a speaker.
 *
 * <pre>{@code
 * Table quotes = Quotes.standard().find(articles, actors.find(articles));
 * Quotes.perPeriod(quotes)
 * }</pre>
 *
 * <p>How the speaker is found ({@code resolved_by}):
 * <ul>
 *   <li>{@code name}: a reporting verb next to the quote (“…,” kata Blinken; Donfried
 *       memperingatkan, “…”) and a named actor in the phrase it points to: after the verb the first
 *       person named ("kata Blinken kepada Lavrov"), before it the person nearest the verb; an
 *       institution ("kata juru bicara Gedung Putih") when no person is named;</li>
 *   <li>{@code pronoun}: "ujarnya", "tegasnya", "ia menambahkan", "lanjut dia" name the last speaker again;</li>
 *   <li>{@code anaphor}: "juru bicara itu" names the last speaker introduced as "juru bicara ...";</li>
 *   <li>{@code continuation}: a quote with no verb of its own continues the speaker of the same or
 *       the preceding sentence;</li>
 *   <li>{@code none}: the speaker is "unknown" (an unnamed official with no earlier mention).</li>
 * </ul>
 * Quoted phrases shorter than {@link #minimumWords(int)} words ("jaminan keamanan", "berat") are
 * read as scare quotes, not speech. The verb and attribution-word lists are editable
 * ({@code reporting-verbs.tsv}, {@code attribution-words.tsv} beside this class).
 */
public final class Quotes {

    private final QuoteLexicon lexicon;
    private final int minimumWords;

    private Quotes(QuoteLexicon lexicon, int minimumWords) {
        this.lexicon = lexicon;
        this.minimumWords = minimumWords;
    }

    /**
     * The bundled verb and word lists of every language ({@code context/reporting-verbs.tsv} and
     * {@code attribution-words.tsv} of each {@link LanguageProfile}; English news quotes Indonesian
     * speakers and the reverse, so a corpus of both reads with all). Sentences are numbered as the
     * mentions' text pipeline splits them.
     */
    public static Quotes standard() {
        return new Quotes(new QuoteLexicon(LanguageProfile.allResources("context", "reporting-verbs.tsv"),
                LanguageProfile.allResources("context", "attribution-words.tsv")), 4);
    }

    /** Verb and word lists from files in the bundled formats. */
    public static Quotes load(Path reportingVerbs, Path attributionWords) {
        return new Quotes(new QuoteLexicon(ResourceFile.load(reportingVerbs), ResourceFile.load(attributionWords)), 4);
    }

    /** The same finder counting a quoted passage as a direct quote from {@code words} words on (default 4); this one is unchanged. */
    public Quotes minimumWords(int words) {
        return new Quotes(lexicon, words);
    }

    /**
     * The quotes of every article. {@code articles}: {@code id | period | text}, not changed;
     * {@code found}: the mentions, as {@code Actors.find} or {@code People.find} give them (type "person" marks
     * people; start and end are the mention's characters in the text, and a mention whose
     * {@code part} is "headline" is not in the text).
     *
     * <p>Columns: {@code id | period | sentence | speaker | kind | verb | resolved_by | quote}:
     * {@code sentence} is the 1-based sentence where the quote starts (as the text pipeline splits
     * the text), {@code kind} "direct" or "reported", {@code verb} the reporting verb ("" when
     * none), {@code speaker} an actor name or "unknown". Sorted by id, then place in the text.
     */
    public Table find(Table articles, Mentions found) {
        // Sentences as the finder split them: the mentions' sentences and positions are its pipeline's.
        TextPipeline pipeline = found.pipeline();
        Table mentions = found.table();
        Table table = Table.create("quotes", StringColumn.create("id"), StringColumn.create("period"),
                IntColumn.create("sentence"), StringColumn.create("speaker"), StringColumn.create("kind"),
                StringColumn.create("verb"), StringColumn.create("resolved_by"), StringColumn.create("quote"));
        Map<String, Integer> rowsById = new TreeMap<>();
        for (int row = 0; row < articles.rowCount(); row++) {
            rowsById.put(articles.getString(row, "id"), row);
        }
        Map<String, List<Integer>> mentionRowsById = mentions.isEmpty() ? Map.of()
                : IntStream.range(0, mentions.rowCount()).boxed()
                        .collect(Collectors.groupingBy(r -> mentions.getString(r, "id")));
        rowsById.forEach((id, row) -> {
            String text = articles.getString(row, "text");
            Attributor attributor = new Attributor(lexicon, text, pipeline.sentenceTokens(text),
                    inText(mentions, mentionRowsById.getOrDefault(id, List.of())));
            for (Attributor.Quote quote : attributor.quotes(minimumWords)) {
                table.stringColumn("id").append(id);
                table.stringColumn("period").append(articles.getString(row, "period"));
                table.intColumn("sentence").append(quote.sentence());
                table.stringColumn("speaker").append(quote.speaker());
                table.stringColumn("kind").append(quote.kind());
                table.stringColumn("verb").append(quote.verb());
                table.stringColumn("resolved_by").append(quote.resolvedBy());
                table.stringColumn("quote").append(quote.text());
            }
        });
        return table;
    }

    /**
     * Who is quoted per period, from {@link #find}'s table: {@code period | speaker | direct |
     * reported | quotes}, sorted by period, then quotes (descending), then speaker.
     */
    public static Table perPeriod(Table quotes) {
        Map<List<String>, int[]> counts = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        for (int row = 0; row < quotes.rowCount(); row++) {
            int[] byKind = counts.computeIfAbsent(
                    List.of(quotes.getString(row, "period"), quotes.getString(row, "speaker")), k -> new int[2]);
            byKind[quotes.getString(row, "kind").equals("direct") ? 0 : 1]++;
        }
        Table table = Table.create("quotes per period", StringColumn.create("period"), StringColumn.create("speaker"),
                IntColumn.create("direct"), IntColumn.create("reported"), IntColumn.create("quotes"));
        counts.forEach((key, byKind) -> {
            table.stringColumn("period").append(key.get(0));
            table.stringColumn("speaker").append(key.get(1));
            table.intColumn("direct").append(byKind[0]);
            table.intColumn("reported").append(byKind[1]);
            table.intColumn("quotes").append(byKind[0] + byKind[1]);
        });
        return table.sortOn("period", "-quotes", "speaker");
    }

    /** An article's mentions in its text (not its headline), in text order. */
    private static List<Attributor.Mention> inText(Table mentions, List<Integer> rows) {
        boolean withParts = mentions.containsColumn("part");
        List<Attributor.Mention> located = new ArrayList<>();
        for (int row : rows) {
            if (withParts && mentions.getString(row, "part").equals("headline")) continue;
            located.add(new Attributor.Mention(mentions.getString(row, "actor"),
                    mentions.getString(row, "type").equalsIgnoreCase("person"),
                    mentions.intColumn("start").getInt(row), mentions.intColumn("end").getInt(row)));
        }
        located.sort(Comparator.comparingInt(Attributor.Mention::start));
        return located;
    }
}
