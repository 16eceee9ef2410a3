package org.kabar.corpus;

/**
 * Told how far a {@link CorpusLoader} has got, e.g. to draw a progress bar in a notebook:
 * <pre>{@code
 * Corpus.loader().progress((done, total) -> display.update(Progress.of("Loading", total).at(done).html()))
 * }</pre>
 * Calls come one at a time, from one thread, with {@code done} increasing: first {@code (0, total)},
 * then about one a percent, last {@code (total, total)}; {@code total} is the number of files seen.
 */
@FunctionalInterface
public interface ProgressListener {

    void progress(long done, long total);
}
