package org.kabar.corpus;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One loaded article before it becomes a row of {@link Corpus#articles()}: what a later stage's
 * per-article function reads ({@link CorpusLoader#stream}). {@code sentences} and {@code tokens}
 * are -1 until counted.
 */
public record LoadedArticle(String id, String file, String outlet, String outletEvidence, String headline,
                            LocalDate published, String dateBasis, String dateEvidence, String text,
                            String rawText, List<Cleaner.Removal> removals, Map<String, String> variables,
                            int sentences, int tokens) implements Serializable {

    LoadedArticle counted(int sentenceCount, int tokenCount) {
        return new LoadedArticle(id, file, outlet, outletEvidence, headline, published, dateBasis, dateEvidence, text,
                rawText, removals, variables, sentenceCount, tokenCount);
    }

    LoadedArticle dated(DateFinder.Publication found) {
        return new LoadedArticle(id, file, outlet, outletEvidence, headline, found.date(), found.basis(), found.evidence(),
                text, rawText, removals, variables, sentences, tokens);
    }

    /**
     * The article counted, without its text and cleaning record: the raw text is kept only when
     * the article is undated and not curated, since the corpus's years may yet date it.
     */
    LoadedArticle withoutText(int sentenceCount, int tokenCount) {
        return new LoadedArticle(id, file, outlet, outletEvidence, headline, published, dateBasis, dateEvidence, "",
                mayTakeCorpusYear() ? rawText : "", List.of(), variables, sentenceCount, tokenCount);
    }

    /** Undated and not curated: a yearless date in the text may take a year from the rest of the corpus. */
    boolean mayTakeCorpusYear() {
        return published == null && !"curated".equals(dateBasis);
    }
}
