package org.kabar.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabar.actors.Actors;
import org.kabar.corpus.Corpus;
import org.kabar.corpus.CorpusLoader;
import org.kabar.corpus.Prepared;
import org.kabar.terms.TermTally;
import org.kabar.terms.Terms;

/** {@link ArticleAnalysis}: one input analysed on its own, as both counting routes analyse each. */
class ArticleAnalysisTest {

    private static final Path SEEDS = Path.of("..", "seeds");

    @Test
    void aWrittenArticleIsCountedByHand(@TempDir Path folder) throws Exception {
        // "Rusia" twice and "Ukraina" once in one sentence: 2 + 1 mentions; 9 word tokens, 5 of them stopwords.
        Files.writeString(folder.resolve("x.txt"), "Rusia dan Ukraina bertemu lagi, kata Rusia kepada wartawan.\n",
                StandardCharsets.UTF_8);
        CorpusLoader loader = Corpus.loader();
        ArticleAnalysis analysis = new ArticleAnalysis(loader, Actors.forCorpus(SEEDS), Terms.unigrams());
        List<Prepared<ArticleCounts>> prepared = analysis.input(loader.inputs(folder), 0);
        assertEquals(1, prepared.size());
        assertEquals("x", prepared.get(0).id());
        assertNull(prepared.get(0).skip());
        ArticleCounts counts = prepared.get(0).result();
        assertEquals(1, counts.sentences());
        assertEquals(9, counts.tokens());
        assertEquals("", counts.mentions().period(), "no date in the text, no curated entry");
        assertEquals(9, counts.mentions().words());
        assertEquals(2, mentions(counts, "Russia"));
        assertEquals(1, mentions(counts, "Ukraine"));
        List<TermTally.Counted> terms = counts.terms().counted();
        assertEquals(new TermTally.Counted("rusia", "Rusia", 2), terms.get(0));
        assertEquals(List.of("rusia", "bertemu", "ukraina", "wartawan"), terms.stream().map(TermTally.Counted::term).toList(),
                "count descending, then term; 'dan', 'lagi', 'kata', 'kepada' are stopwords");
    }

    @Test
    void aTableFileGivesOneResultPerRowAndItsOwnReportRow(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("export.csv"), "id,text\nr1,Rusia bertemu AS.\nr2,\nr3,Ukraina menolak.\n",
                StandardCharsets.UTF_8);
        CorpusLoader loader = Corpus.loader();
        ArticleAnalysis analysis = new ArticleAnalysis(loader, Actors.standard(), Terms.unigrams());
        List<Prepared<ArticleCounts>> prepared = analysis.input(loader.inputs(folder), 0);
        // The file's own row, the rejected row 3 (r2 has no text), then r1 (line 2) and r3 (line 4).
        assertEquals(List.of("export.csv", "export.csv:3", "export.csv:2", "export.csv:4"),
                prepared.stream().map(Prepared::where).toList());
        assertNull(prepared.get(0).result());
        assertEquals(3, prepared.get(2).result().tokens(), "Rusia, bertemu, AS");
        assertEquals(2, prepared.get(3).result().tokens(), "Ukraina, menolak");
    }

    private static int mentions(ArticleCounts counts, String actor) {
        return counts.mentions().byActor().entrySet().stream().filter(e -> e.getKey().name().equals(actor))
                .findFirst().orElseThrow().getValue();
    }
}
