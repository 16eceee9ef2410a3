package org.kabar.actors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import org.junit.jupiter.api.Test;
import org.kabar.text.SeedArticles;
import org.kabar.text.TextPipeline;
import org.kabar.text.TokenizedArticle;

class MentionFinderTest {

    private final TextPipeline pipeline = TextPipeline.standard();

    @Test
    void longerNameIsPreferred() {
        ActorDictionary dictionary = ActorDictionary.empty()
                .with("European Union", Actor.Type.ORGANISATION, "EU", "Uni Eropa")
                .with("Europe", Actor.Type.PLACE, "continent", "Eropa");
        MentionFinder finder = new MentionFinder(dictionary, List.of(), false, pipeline);
        Span[] spans = finder.knownSpans(pipeline.tokenize("Uni Eropa dan Eropa"));
        assertArrayEquals(new Span[] {new Span(0, 2), new Span(3, 4)}, spans);
    }

    @Test
    void matchesAsOpenNlpsDictionaryNameFinderOnTheSeeds() {
        for (boolean metonyms : new boolean[] {false, true}) {
            Dictionary names = new Dictionary(true);
            for (Actor actor : ActorDictionary.forCorpus(java.nio.file.Path.of("..", "seeds")).actors()) {
                List<String> forms = new ArrayList<>(actor.names());
                if (metonyms) forms.addAll(actor.metonyms());
                forms.forEach(form -> names.put(new StringList(pipeline.tokenize(form))));
            }
            DictionaryNameFinder openNlp = new DictionaryNameFinder(names);
            MentionFinder finder = new MentionFinder(ActorDictionary.forCorpus(java.nio.file.Path.of("..", "seeds")), List.of(), metonyms, pipeline);
            int spans = 0;
            for (TokenizedArticle article : pipeline.tokenizeArticles(SeedArticles.table())) {
                for (String[] tokens : article.sentences()) {
                    Span[] expected = openNlp.find(tokens);
                    spans += expected.length;
                    assertEquals(List.of(spansWithoutType(expected)), List.of(finder.knownSpans(tokens)));
                }
            }
            assertEquals(true, spans > 100, "spans found: " + spans);
        }
    }

    private static Span[] spansWithoutType(Span[] spans) {
        Span[] plain = new Span[spans.length];
        for (int i = 0; i < spans.length; i++) plain[i] = new Span(spans[i].getStart(), spans[i].getEnd());
        return plain;
    }
}
