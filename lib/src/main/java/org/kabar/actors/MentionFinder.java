package org.kabar.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.Span;
import org.kabar.text.TextPipeline;

/**
 * Finds actor mentions in the tokens of one sentence.
 *
 * <ol>
 *   <li>Greedy longest match on whole tokens over all names (and metonyms, when counted),
 *       case-sensitively, as OpenNLP's {@code DictionaryNameFinder} matches a case-sensitive
 *       {@code Dictionary}: "Uni Eropa" wins over "Eropa" and "AS" never matches "as". Forms are
 *       indexed by their first token, because the OpenNLP finder builds and interns a token list
 *       for every token and length, which dominated counting a large corpus.</li>
 *   <li>An abbreviation gloss is one mention, not two: a name directly followed by another name
 *       of the same actor, bare, in brackets or after "atau" ("Amerika Serikat (AS)",
 *       "Pakta Pertahanan Atlantik Utara NATO", "... di Eropa atau OSCE").</li>
 *   <li>A country or organisation inside a person's title is part of that person's mention: it
 *       follows a title ({@code titles.txt}, optionally with a bracketed abbreviation, "Menteri
 *       Luar Negeri (Menlu) Rusia") and is followed by the person's name ("... AS Antony Blinken",
 *       "... Gedung Putih, Jen Psaki"), or the title stands in apposition after the name
 *       ("Sergei Ryabkov, Wakil Menteri Luar Negeri Rusia").</li>
 * </ol>
 */
final class MentionFinder {

    /** A mention: tokens {@code [start, end)} of a sentence name {@code actor}. */
    record Found(int start, int end, Actor actor) {}

    /** A form's tokens and the actor it names. */
    private record Form(String[] tokens, Actor actor) {}

    /** Every form, by first token, longest first. */
    private final Map<String, List<Form>> formsByFirstToken = new HashMap<>();
    /** Title phrases, lower-cased tokens, by their last token: a title is looked for where its last word is. */
    private final Map<String, List<List<String>>> titlesByLastToken = new HashMap<>();

    MentionFinder(ActorDictionary dictionary, List<String> titles, boolean countMetonyms, TextPipeline pipeline) {
        Map<List<String>, Actor> actorsByForm = new HashMap<>();
        Map<String, List<String[]>> formTokensByFirstToken = new HashMap<>();
        for (Actor actor : dictionary.actors()) {
            List<String> forms = new ArrayList<>(actor.names());
            if (countMetonyms) forms.addAll(actor.metonyms());
            for (String form : forms) {
                String[] tokens = pipeline.tokenize(form);
                if (tokens.length == 0 || actorsByForm.put(List.of(tokens), actor) != null) continue;
                formTokensByFirstToken.computeIfAbsent(tokens[0], first -> new ArrayList<>()).add(tokens);
            }
        }
        formTokensByFirstToken.forEach((first, list) -> formsByFirstToken.put(first, list.stream()
                .sorted(Comparator.comparingInt((String[] f) -> f.length).reversed())
                .map(tokens -> new Form(tokens, actorsByForm.get(List.of(tokens))))
                .toList()));
        for (String title : titles) {
            List<String> tokens = Arrays.stream(pipeline.tokenize(title)).map(MentionFinder::lower).toList();
            // A title with no token would make every country before a name part of a title.
            if (!tokens.isEmpty()) {
                titlesByLastToken.computeIfAbsent(tokens.get(tokens.size() - 1), last -> new ArrayList<>()).add(tokens);
            }
        }
    }

    List<Found> find(String[] tokens) {
        List<Found> found = new ArrayList<>();
        int start = 0;
        while (start < tokens.length) {
            Form form = longestFormAt(tokens, start);
            if (form == null) {
                start++;
                continue;
            }
            Found mention = new Found(start, start + form.tokens().length, form.actor());
            if (found.isEmpty() || !isGloss(tokens, found.get(found.size() - 1), mention)) found.add(mention);
            start += form.tokens().length;
        }
        if (found.isEmpty()) return found;
        List<Found> kept = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Found previous = i > 0 ? found.get(i - 1) : null;
            Found next = i + 1 < found.size() ? found.get(i + 1) : null;
            if (!isInPersonTitle(tokens, found.get(i), previous, next)) kept.add(found.get(i));
        }
        return kept;
    }

    /** Spans of every dictionary match, before gloss and title rules: what the discovery helper treats as known. */
    Span[] knownSpans(String[] tokens) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        while (start < tokens.length) {
            Form form = longestFormAt(tokens, start);
            if (form != null) {
                spans.add(new Span(start, start + form.tokens().length));
                start += form.tokens().length;
            } else {
                start++;
            }
        }
        return spans.toArray(Span[]::new);
    }

    /** The longest form starting at {@code start}, or null. */
    private Form longestFormAt(String[] tokens, int start) {
        List<Form> forms = formsByFirstToken.get(tokens[start]);
        if (forms == null) return null;
        for (Form form : forms) {
            String[] formTokens = form.tokens();
            if (start + formTokens.length <= tokens.length
                    && Arrays.equals(formTokens, 0, formTokens.length, tokens, start, start + formTokens.length)) {
                return form;
            }
        }
        return null;
    }

    private static boolean isGloss(String[] tokens, Found first, Found second) {
        if (first.actor() != second.actor()) return false;
        int gap = second.start() - first.end();
        if (gap == 0) return true;
        return gap == 1 && (tokens[first.end()].equals("(") || tokens[first.end()].equals("atau"));
    }

    private boolean isInPersonTitle(String[] tokens, Found mention, Found previous, Found next) {
        if (mention.actor().type() == Actor.Type.PERSON) return false;
        int titleEnd = mention.start();
        if (titleEnd >= 3 && tokens[titleEnd - 1].equals(")") && tokens[titleEnd - 3].equals("(")) titleEnd -= 3;
        boolean personFollows = next != null && next.actor().type() == Actor.Type.PERSON
                && (next.start() == mention.end()
                    || next.start() == mention.end() + 1 && tokens[mention.end()].equals(","));
        for (int titleStart : titleStarts(tokens, titleEnd)) {
            boolean personBefore = previous != null && previous.actor().type() == Actor.Type.PERSON
                    && titleStart >= 1 && tokens[titleStart - 1].equals(",") && previous.end() == titleStart - 1;
            if (personFollows || personBefore) return true;
        }
        return false;
    }

    /** Start indices of every title phrase that ends right before {@code end}. */
    private List<Integer> titleStarts(String[] tokens, int end) {
        List<Integer> starts = new ArrayList<>();
        if (end == 0) return starts;
        List<List<String>> titles = titlesByLastToken.get(lower(tokens[end - 1]));
        if (titles == null) return starts;
        for (List<String> title : titles) {
            int start = end - title.size();
            if (start < 0) continue;
            boolean matches = true;
            for (int k = 0; k < title.size() - 1 && matches; k++) {
                matches = lower(tokens[start + k]).equals(title.get(k));
            }
            if (matches) starts.add(start);
        }
        return starts;
    }

    private static String lower(String token) {
        return token.toLowerCase(Locale.ROOT);
    }
}
