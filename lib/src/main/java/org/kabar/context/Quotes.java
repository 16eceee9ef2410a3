package org.kabar.context;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
 * Table quotes = Quotes.standard().find(articles, mentions);
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
    private final TextPipeline pipeline;
    private int minimumWords = 4;

    private Quotes(QuoteLexicon lexicon, TextPipeline pipeline) {
        this.lexicon = lexicon;
        this.pipeline = pipeline;
    }

    /**
     * The bundled verb and word lists of every language ({@code context/reporting-verbs.tsv} and
     * {@code attribution-words.tsv} of each {@link LanguageProfile}; English news quotes Indonesian
     * speakers and the reverse, so a corpus of both reads with all), with the standard text pipeline
     * for sentence numbers.
     */
    public static Quotes standard() {
        return new Quotes(new QuoteLexicon(LanguageProfile.allResources("context", "reporting-verbs.tsv"),
                LanguageProfile.allResources("context", "attribution-words.tsv")), TextPipeline.standard());
    }

    /** Verb and word lists from files in the bundled formats. */
    public static Quotes from(Path reportingVerbs, Path attributionWords) {
        return new Quotes(new QuoteLexicon(ResourceFile.read(reportingVerbs), ResourceFile.read(attributionWords)),
                TextPipeline.standard());
    }

    /** The fewest words a quoted passage needs to count as a direct quote (default 4). */
    public Quotes minimumWords(int words) {
        this.minimumWords = words;
        return this;
    }

    /**
     * The quotes of every article. {@code articles}: {@code id | period | text}; {@code mentions}:
     * {@code id | actor | type | position | surface} (type "person" marks people). Neither is changed.
     *
     * <p>Columns: {@code id | period | sentence | speaker | kind | verb | resolved_by | quote}:
     * {@code sentence} is the 1-based sentence where the quote starts (as the text pipeline splits
     * the text), {@code kind} "direct" or "reported", {@code verb} the reporting verb ("" when
     * none), {@code speaker} an actor name or "unknown". Sorted by id, then place in the text.
     */
    public Table find(Table articles, Table mentions) {
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
            List<Attributor.Mention> located = locate(text, mentions, mentionRowsById.getOrDefault(id, List.of()));
            Attributor attributor = new Attributor(lexicon, text, pipeline.sentences(text), located);
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

    /** Character spans of an article's mentions, found in order of position from their surface forms. */
    private static List<Attributor.Mention> locate(String text, Table mentions, List<Integer> rows) {
        List<Integer> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparingInt(r -> mentions.intColumn("position").getInt(r)));
        List<Attributor.Mention> located = new ArrayList<>();
        int cursor = 0;
        for (int row : ordered) {
            // Tokens may have been re-spaced ("Menteri Luar Negeri (Menlu)"): match the surface's pieces with any spacing.
            String surface = Pattern.quote(mentions.getString(row, "surface").strip())
                    .replaceAll("\\s+", "\\\\E\\\\s*\\\\Q");
            Matcher matcher = Pattern.compile(surface).matcher(text);
            if (matcher.find(cursor)) {
                located.add(new Attributor.Mention(mentions.getString(row, "actor"),
                        mentions.getString(row, "type").equalsIgnoreCase("person"), matcher.start(), matcher.end()));
                cursor = matcher.end();
            }
        }
        return located;
    }
}
