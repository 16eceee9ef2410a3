package org.kabar.text;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * What Kabar knows of one language: its stopwords, its Snowball stemmer, and the word lists the
 * other stages read through {@link #resource(String, String)} (abbreviations, month and weekday
 * names, date cues). The languages are listed in {@code languages.tsv}; Indonesian is the first and
 * the default, English the second. A third language needs only a line there and its files.
 *
 * <pre>{@code
 * LanguageProfile.of("en").stopwords().contains("the");   // true
 * LanguageProfile.detect(text).code();                    // "id" or "en"
 * }</pre>
 */
public final class LanguageProfile {

    private static final String LIST = "languages.tsv";
    private static final Map<String, LanguageProfile> ALL = readList();

    private final String code;
    private final String name;
    private final SnowballStemmer.ALGORITHM snowball;
    private final String folder;
    private volatile Stopwords stopwords;

    private LanguageProfile(String code, String name, SnowballStemmer.ALGORITHM snowball, String folder) {
        this.code = code;
        this.name = name;
        this.snowball = snowball;
        this.folder = folder;
    }

    private static Map<String, LanguageProfile> readList() {
        Map<String, LanguageProfile> all = new LinkedHashMap<>();
        for (ResourceFile.Line line : ResourceFile.resource(LanguageProfile.class, LIST)) {
            String[] fields = line.text().split("\t");
            if (fields.length != 4) {
                throw line.error("expected code<TAB>name<TAB>snowball algorithm<TAB>folder, found " + fields.length + " field(s)");
            }
            SnowballStemmer.ALGORITHM algorithm;
            try {
                algorithm = SnowballStemmer.ALGORITHM.valueOf(fields[2].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw line.error("OpenNLP has no Snowball stemmer called \"" + fields[2].strip() + "\"");
            }
            String code = fields[0].strip().toLowerCase(Locale.ROOT);
            if (all.containsKey(code)) throw line.error("language " + code + " is listed twice");
            all.put(code, new LanguageProfile(code, fields[1].strip(), algorithm, fields[3].strip()));
        }
        if (all.isEmpty()) throw new IllegalStateException(LIST + " lists no language");
        return all;
    }

    /** Every language Kabar reads, the default first. */
    public static List<LanguageProfile> all() {
        return List.copyOf(ALL.values());
    }

    /** The default language, Indonesian: the one an article is read with when its language cannot be told. */
    public static LanguageProfile standard() {
        return ALL.values().iterator().next();
    }

    /** Indonesian. */
    public static LanguageProfile indonesian() {
        return of("id");
    }

    /** English. */
    public static LanguageProfile english() {
        return of("en");
    }

    /** The language of that code ("id", "en"; case is ignored), or an exception naming the known codes. */
    public static LanguageProfile of(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException(
                "unknown language \"" + code + "\"; Kabar reads " + String.join(", ", ALL.keySet())));
    }

    /** The language of that code or name ("en", "English", "EN"), if Kabar reads it. */
    public static Optional<LanguageProfile> find(String codeOrName) {
        String key = codeOrName.strip().toLowerCase(Locale.ROOT);
        LanguageProfile byCode = ALL.get(key);
        if (byCode != null) return Optional.of(byCode);
        return ALL.values().stream().filter(p -> p.name.toLowerCase(Locale.ROOT).equals(key)).findFirst();
    }

    /** The language the text is written in, by {@link LanguageDetector#standard()}; the default when it cannot tell. */
    public static LanguageProfile detect(String text) {
        return LanguageDetector.standard().detect(text).orElse(standard());
    }

    /** ISO 639-1 code: {@code id}, {@code en}. */
    public String code() {
        return code;
    }

    /** English name: Indonesian, English. */
    public String name() {
        return name;
    }

    /** The language's stopword list ({@code text/stopwords.txt} of its folder). */
    public Stopwords stopwords() {
        Stopwords list = stopwords;
        if (list == null) {
            list = Stopwords.parse(resource("text", "stopwords.txt"));
            stopwords = list;
        }
        return list;
    }

    /** OpenNLP's Snowball stemmer of the language; not thread-safe, so one per thread. */
    public SnowballStemmer snowballStemmer() {
        return new SnowballStemmer(snowball);
    }

    /** Whether the language has the file {@code org/kabar/AREA/<its folder>/NAME}. */
    public boolean hasResource(String area, String name) {
        return LanguageProfile.class.getResource(path(area, name)) != null;
    }

    /**
     * The content lines of the language's file {@code NAME} in resource area {@code AREA}
     * ({@code text}, {@code corpus}, ...): for Indonesian {@code org/kabar/AREA/NAME}, for the others
     * {@code org/kabar/AREA/<code folder>/NAME}.
     */
    public List<ResourceFile.Line> resource(String area, String name) {
        String path = path(area, name);
        InputStream in = LanguageProfile.class.getResourceAsStream(path);
        if (in == null) throw new IllegalStateException("missing resource " + path + " of language " + code);
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return ResourceFile.read(reader, path.substring(1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path + ": " + e.getMessage(), e);
        }
    }

    /** The content lines of that file of every language that has it, the default language's first. */
    public static List<ResourceFile.Line> allResources(String area, String name) {
        List<ResourceFile.Line> lines = new java.util.ArrayList<>();
        for (LanguageProfile language : all()) {
            if (language.hasResource(area, name)) lines.addAll(language.resource(area, name));
        }
        return lines;
    }

    private String path(String area, String name) {
        return "/org/kabar/" + area + "/" + (folder.equals(".") ? "" : folder + "/") + name;
    }

    @Override
    public String toString() {
        return code;
    }
}
