package org.kabar.context;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kabar.text.LanguageProfile;
import org.kabar.text.ResourceFile;
import org.kabar.text.Whitespace;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Source attribution: the wires and outlets an article says it relays ("seperti dilansir Straits
 * Times", "Sumber : Kompas TV/France24", a photo credit "(AFP)").
 *
 * <pre>{@code
 * Table sources = Sources.standard().find(articles);
 * Sources.perPeriod(sources)
 * }</pre>
 *
 * <p>Cues and outlet names are editable files: {@code source-cues.txt} (templates such as
 * {@code dilansir dari {source}}) and {@code outlets.tsv} (canonical name, origin, aliases), both
 * beside this class; {@link #load(Path, Path)} reads a user's own copies.
 */
public final class Sources {

    private static final String PLACEHOLDER = "{source}";

    private final List<Cue> cues;
    private final Map<String, Outlet> outletsByAlias;
    private final Pattern outletName;

    private record Outlet(String name, String origin) {}

    private record Cue(String template, Pattern pattern) {}

    private record Attribution(int start, int matchStart, Outlet outlet, String cue, String evidence) {}

    private Sources(List<ResourceFile.Line> cueLines, List<ResourceFile.Line> outletLines) {
        this.outletsByAlias = parseOutlets(outletLines);
        // Longest alias first, so "Kompas TV" wins over "Kompas".
        String name = outletsByAlias.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|", "(?<![\\p{L}\\p{N}])(?:", ")(?![\\p{L}\\p{N}])"));
        this.outletName = Pattern.compile(name, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.cues = cueLines.stream().map(line -> parseCue(line, name)).toList();
    }

    /** The bundled cue lists of every language ({@code context/source-cues.txt} of each {@link LanguageProfile}) and the outlet list. */
    public static Sources standard() {
        return new Sources(LanguageProfile.allResources("context", "source-cues.txt"),
                ResourceFile.resource(Sources.class, "outlets.tsv"));
    }

    /** Cue and outlet lists from files in the bundled formats. */
    public static Sources load(Path cueFile, Path outletFile) {
        return new Sources(ResourceFile.load(cueFile), ResourceFile.load(outletFile));
    }

    /**
     * Every source an article names, from its {@code raw_text} (photo credits and "Sumber" lines
     * survive there, while the cleaned text drops them). The articles table ({@code id | period |
     * raw_text}) is not changed.
     *
     * <p>Columns: {@code id | period | source | origin | cue | evidence}: the canonical outlet, its
     * origin ("foreign" or "domestic"), the cue template that announced it, and the matched text.
     * One row per announcement (a caption printed twice counts twice), sorted by id, then place in
     * the text.
     *
     * @throws IllegalArgumentException if {@code id}, {@code period} or {@code raw_text} is missing
     */
    public Table find(Table articles) {
        for (String column : List.of("id", "period", "raw_text")) {
            if (!articles.containsColumn(column)) {
                throw new IllegalArgumentException("articles table '" + articles.name() + "' has no column '" + column
                        + "' (Sources reads the uncleaned text, where credits and 'Sumber' lines survive; it has "
                        + String.join(", ", articles.columnNames()) + ")");
            }
        }
        Table table = Table.create("sources named in articles", StringColumn.create("id"),
                StringColumn.create("period"), StringColumn.create("source"), StringColumn.create("origin"),
                StringColumn.create("cue"), StringColumn.create("evidence"));
        Map<String, Integer> rowsById = new TreeMap<>();
        for (int row = 0; row < articles.rowCount(); row++) {
            rowsById.put(articles.getString(row, "id"), row);
        }
        rowsById.forEach((id, row) -> {
            for (Attribution found : attributions(articles.getString(row, "raw_text"))) {
                table.stringColumn("id").append(id);
                table.stringColumn("period").append(articles.getString(row, "period"));
                table.stringColumn("source").append(found.outlet().name());
                table.stringColumn("origin").append(found.outlet().origin());
                table.stringColumn("cue").append(found.cue());
                table.stringColumn("evidence").append(found.evidence());
            }
        });
        return table;
    }

    /**
     * Sources per period, from {@link #find}'s table: {@code period | source | origin | articles |
     * mentions}: how many articles name the source and how often it is named. Sorted by period,
     * then articles and mentions (descending), then source.
     */
    public static Table perPeriod(Table sources) {
        Map<List<String>, Set<String>> articles = new HashMap<>();
        Map<List<String>, Integer> mentions = new HashMap<>();
        for (int row = 0; row < sources.rowCount(); row++) {
            List<String> key = List.of(sources.getString(row, "period"), sources.getString(row, "source"),
                    sources.getString(row, "origin"));
            articles.computeIfAbsent(key, k -> new HashSet<>()).add(sources.getString(row, "id"));
            mentions.merge(key, 1, Integer::sum);
        }
        Table table = Table.create("sources per period", StringColumn.create("period"),
                StringColumn.create("source"), StringColumn.create("origin"),
                IntColumn.create("articles"), IntColumn.create("mentions"));
        articles.forEach((key, ids) -> {
            table.stringColumn("period").append(key.get(0));
            table.stringColumn("source").append(key.get(1));
            table.stringColumn("origin").append(key.get(2));
            table.intColumn("articles").append(ids.size());
            table.intColumn("mentions").append(mentions.get(key));
        });
        return table.sortOn("period", "-articles", "-mentions", "source");
    }

    private List<Attribution> attributions(String text) {
        // Several cues can announce the same name ("seperti dilansir X" and "dilansir X"):
        // each name occurrence keeps the cue that starts earliest, i.e. the longest.
        Map<Integer, Attribution> byNameStart = new HashMap<>();
        for (Cue cue : cues) {
            Matcher matcher = cue.pattern().matcher(text);
            while (matcher.find()) {
                Matcher names = outletName.matcher(matcher.group("names"));
                while (names.find()) {
                    int start = matcher.start("names") + names.start();
                    Outlet outlet = outletsByAlias.get(names.group().toLowerCase(Locale.ROOT));
                    Attribution candidate = new Attribution(start, matcher.start(), outlet, cue.template(),
                            Whitespace.collapseSpaces(matcher.group().strip()));
                    byNameStart.merge(start, candidate, (a, b) -> a.matchStart() <= b.matchStart() ? a : b);
                }
            }
        }
        return byNameStart.values().stream().sorted(Comparator.comparingInt(Attribution::start)).toList();
    }

    private static Map<String, Outlet> parseOutlets(List<ResourceFile.Line> lines) {
        Map<String, Outlet> byAlias = new HashMap<>();
        for (ResourceFile.Line line : lines) {
            String[] fields = line.text().split("\t");
            if (fields.length != 3) {
                throw line.error("expected name, origin and aliases separated by tabs");
            }
            Outlet outlet = new Outlet(fields[0].strip(), fields[1].strip());
            byAlias.put(outlet.name().toLowerCase(Locale.ROOT), outlet);
            for (String alias : fields[2].split("\\|")) {
                byAlias.put(alias.strip().toLowerCase(Locale.ROOT), outlet);
            }
        }
        return byAlias;
    }

    private static Cue parseCue(ResourceFile.Line line, String name) {
        String template = line.text();
        int at = template.indexOf(PLACEHOLDER);
        if (at < 0) {
            throw line.error("a cue needs " + PLACEHOLDER + " where the outlet's name stands");
        }
        String names = "(?<names>" + name + "(?:\\s*(?:/|,|&|\\bdan\\b)\\s*" + name + ")*)";
        String prefix = template.substring(0, at).strip();
        String suffix = template.substring(at + PLACEHOLDER.length()).strip();
        String wordStart = !prefix.isEmpty() && Character.isLetter(prefix.charAt(0)) ? "(?<![\\p{L}\\p{N}])" : "";
        String regex = wordStart + literal(prefix) + "\\s*" + names + (suffix.isEmpty() ? "" : "\\s*" + literal(suffix));
        return new Cue(template, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** A template's literal text as a pattern: spaces match any whitespace, ":" and "/" any spacing around them. */
    private static String literal(String text) {
        StringBuilder regex = new StringBuilder();
        for (String word : text.replaceAll("\\s*([:/])\\s*", "$1").split("\\s+")) {
            if (!regex.isEmpty()) {
                regex.append("\\s+");
            }
            regex.append(Pattern.quote(word).replace(":", "\\E\\s*:\\s*\\Q").replace("/", "\\E\\s*/\\s*\\Q"));
        }
        return regex.toString();
    }
}
