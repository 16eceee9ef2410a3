package org.kabar.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kabar.corpus.Corpus;
import org.kabar.text.TextPipeline;
import org.kabar.text.Tokens;
import tech.tablesaw.api.Table;

/**
 * Every mention's {@code start} and {@code end} point at its words in the text (the headline for
 * a headline mention), for every mention the dictionary and the name finder make in the seeds and
 * in a test corpus of another story. The surface joins the mention's tokens with one space, so the
 * text between start and end, tokenized and joined the same way, must be the surface, and it must
 * begin and end with those tokens (no space at either edge).
 */
class MentionSpansTest {

    @ParameterizedTest
    @ValueSource(strings = {"../seeds", "../tests/corpora/bbm-2022"})
    void everyMentionsSpanSpellsItsSurface(String folder) {
        Table articles = Corpus.load(Path.of(folder)).articles();
        Actors actors = Actors.forCorpus(Path.of(folder));
        Table dictionaryMentions = actors.find(articles).table();
        Table allMentions = actors.withFinder().find(articles).table();
        assertTrue(dictionaryMentions.rowCount() > 50 && allMentions.rowCount() > dictionaryMentions.rowCount(),
                "too few mentions to test: " + dictionaryMentions.rowCount() + ", " + allMentions.rowCount());
        List<String> wrong = new ArrayList<>();
        wrong.addAll(misplaced(articles, dictionaryMentions));
        wrong.addAll(misplaced(articles, allMentions));
        assertEquals(List.of(), wrong);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../seeds", "../tests/corpora/bbm-2022"})
    void everyTokensSpanSpellsTheToken(String folder) {
        Table articles = Corpus.load(Path.of(folder)).articles();
        Map<String, String> texts = new HashMap<>();
        for (int row = 0; row < articles.rowCount(); row++) {
            texts.put(articles.getString(row, "id"), articles.getString(row, "text"));
        }
        Table tokens = Tokens.of(articles).table();
        assertTrue(tokens.rowCount() > 1000, "too few tokens to test: " + tokens.rowCount());
        List<String> wrong = new ArrayList<>();
        for (int row = 0; row < tokens.rowCount(); row++) {
            String text = texts.get(tokens.getString(row, "id"));
            String token = tokens.getString(row, "token");
            int start = tokens.intColumn("start").getInt(row);
            int end = tokens.intColumn("end").getInt(row);
            if (start < 0 || end > text.length() || !text.substring(start, end).equals(token)) {
                wrong.add(tokens.getString(row, "id") + " " + start + "-" + end + ": " + token);
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** "id start-end: found ≠ surface" for every mention whose span does not spell its surface. */
    private static List<String> misplaced(Table articles, Table mentions) {
        Map<String, String> texts = new HashMap<>();
        Map<String, String> headlines = new HashMap<>();
        for (int row = 0; row < articles.rowCount(); row++) {
            texts.put(articles.getString(row, "id"), articles.getString(row, "text"));
            headlines.put(articles.getString(row, "id"), articles.getString(row, "headline"));
        }
        boolean withParts = mentions.containsColumn("part");
        List<String> wrong = new ArrayList<>();
        for (int row = 0; row < mentions.rowCount(); row++) {
            String id = mentions.getString(row, "id");
            String text = withParts && mentions.getString(row, "part").equals("headline") ? headlines.get(id) : texts.get(id);
            int start = mentions.intColumn("start").getInt(row);
            int end = mentions.intColumn("end").getInt(row);
            String surface = mentions.getString(row, "surface");
            String found = 0 <= start && start < end && end <= text.length() ? text.substring(start, end) : "";
            String tokens = String.join(" ", TextPipeline.standard().tokenize(found));
            if (!tokens.equals(surface) || found.isEmpty() || found.strip().length() != found.length()) {
                wrong.add(id + " " + start + "-" + end + ": '" + found + "' ≠ '" + surface + "'");
            }
        }
        return wrong;
    }
}
