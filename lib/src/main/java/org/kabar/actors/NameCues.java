package org.kabar.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kabar.text.ResourceFile;
import org.kabar.text.TextPipeline;

/**
 * The word lists of the {@link NameFinder}: the cues of {@code name-cues.tsv} (plus the role titles
 * of {@code titles.txt}), compared case-insensitively, and the gazetteer {@code gazetteer.tsv} of
 * capitalised forms that are never people, compared case-sensitively. Phrases are tokenized by the
 * same pipeline as the text, so "Jl." or "Kepala Pusat" match as the text's tokens do.
 */
final class NameCues {

    /** Kinds of cue, as labelled in {@code name-cues.tsv}. */
    enum Kind {
        TITLE, HONORIFIC, DEGREE, VERB_AFTER, VERB_BEFORE, ORGANISATION_HEAD, PLACE_HEAD, CREDIT, NOT_THE_PERSON, ROLE, INTRODUCER, REGION_TITLE;

        static Kind ofLabel(String label) {
            for (Kind kind : values()) {
                if (kind.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(label)) return kind;
            }
            return null;
        }
    }

    /** Kinds of gazetteer entry. */
    enum Place { PLACE, COUNTRY, ORGANISATION, TIME, WORD }

    private static NameCues standard;

    private final Map<Kind, Phrases> cues = new EnumMap<>(Kind.class);
    private final Phrases gazetteer = new Phrases(false);
    private final Map<List<String>, Place> gazetteerKinds = new HashMap<>();

    private NameCues(List<ResourceFile.Line> cueLines, List<ResourceFile.Line> titleLines,
            List<ResourceFile.Line> gazetteerLines, TextPipeline pipeline) {
        for (Kind kind : Kind.values()) cues.put(kind, new Phrases(true));
        for (ResourceFile.Line line : titleLines) cues.get(Kind.TITLE).add(pipeline.tokenize(line.text()));
        for (ResourceFile.Line line : cueLines) {
            String[] fields = line.text().split("\t");
            if (fields.length != 2) throw line.error("expected 2 tab-separated fields (cue, kind), found " + fields.length);
            Kind kind = Kind.ofLabel(fields[1].strip());
            if (kind == null) throw line.error("unknown cue kind '" + fields[1].strip() + "'");
            cues.get(kind).add(pipeline.tokenize(fields[0].strip()));
        }
        for (ResourceFile.Line line : gazetteerLines) {
            String[] fields = line.text().split("\t");
            if (fields.length != 2) throw line.error("expected 2 tab-separated fields (form, kind), found " + fields.length);
            Place kind;
            try {
                kind = Place.valueOf(fields[1].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw line.error("unknown gazetteer kind '" + fields[1].strip() + "'");
            }
            String[] tokens = pipeline.tokenize(fields[0].strip());
            gazetteer.add(tokens);
            gazetteerKinds.putIfAbsent(List.of(tokens), kind);
        }
        cues.values().forEach(Phrases::sort);
        gazetteer.sort();
    }

    /** The shipped cues and gazetteer, tokenized by the standard pipeline. */
    static synchronized NameCues standard() {
        if (standard == null) {
            standard = new NameCues(ResourceFile.resource(NameCues.class, "name-cues.tsv"),
                    ResourceFile.resource(NameCues.class, "titles.txt"),
                    ResourceFile.resource(NameCues.class, "gazetteer.tsv"), TextPipeline.standard());
        }
        return standard;
    }

    /** Length of the longest cue of this kind starting at {@code start}, 0 if none. */
    int at(Kind kind, String[] tokens, int start) {
        return cues.get(kind).longestAt(tokens, start);
    }

    /** Length of the longest cue of this kind ending right before {@code end}, 0 if none. */
    int endingAt(Kind kind, String[] tokens, int end) {
        return cues.get(kind).longestEndingAt(tokens, end);
    }

    boolean is(Kind kind, String token) {
        return cues.get(kind).longestAt(new String[] {token}, 0) == 1;
    }

    /** Length of the longest gazetteer form starting at {@code start}, 0 if none. */
    int gazetteerAt(String[] tokens, int start) {
        return gazetteer.longestAt(tokens, start);
    }

    /** The kind of the gazetteer form {@code tokens[start, start + length)}. */
    Place gazetteerKind(String[] tokens, int start, int length) {
        return gazetteerKinds.get(Arrays.asList(tokens).subList(start, start + length));
    }

    /** A set of phrases (token sequences), indexed by first token. */
    private static final class Phrases {
        private final boolean ignoreCase;
        private final Map<String, List<String[]>> byFirst = new HashMap<>();
        private final Map<String, List<String[]>> byLast = new HashMap<>();

        Phrases(boolean ignoreCase) {
            this.ignoreCase = ignoreCase;
        }

        void add(String[] tokens) {
            if (tokens.length == 0) return;
            String[] keyed = Arrays.stream(tokens).map(this::key).toArray(String[]::new);
            byFirst.computeIfAbsent(keyed[0], k -> new ArrayList<>()).add(keyed);
            byLast.computeIfAbsent(keyed[keyed.length - 1], k -> new ArrayList<>()).add(keyed);
        }

        void sort() {
            Comparator<String[]> longestFirst = Comparator.comparingInt((String[] p) -> p.length).reversed();
            byFirst.values().forEach(list -> list.sort(longestFirst));
            byLast.values().forEach(list -> list.sort(longestFirst));
        }

        private String key(String token) {
            return ignoreCase ? token.toLowerCase(Locale.ROOT) : token;
        }

        int longestAt(String[] tokens, int start) {
            if (start < 0 || start >= tokens.length) return 0;
            List<String[]> phrases = byFirst.get(key(tokens[start]));
            if (phrases == null) return 0;
            for (String[] phrase : phrases) {
                if (matches(phrase, tokens, start)) return phrase.length;
            }
            return 0;
        }

        int longestEndingAt(String[] tokens, int end) {
            if (end <= 0 || end > tokens.length) return 0;
            List<String[]> phrases = byLast.get(key(tokens[end - 1]));
            if (phrases == null) return 0;
            for (String[] phrase : phrases) {
                if (end - phrase.length >= 0 && matches(phrase, tokens, end - phrase.length)) return phrase.length;
            }
            return 0;
        }

        private boolean matches(String[] phrase, String[] tokens, int start) {
            if (start + phrase.length > tokens.length) return false;
            for (int k = 0; k < phrase.length; k++) {
                if (!phrase[k].equals(key(tokens[start + k]))) return false;
            }
            return true;
        }
    }
}
