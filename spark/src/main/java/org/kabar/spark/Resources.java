package org.kabar.spark;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kabar.actors.Actors;
import org.kabar.corpus.Corpus;
import org.kabar.corpus.CorpusLoader;
import org.kabar.count.ArticleAnalysis;
import org.kabar.terms.Terms;
import org.kabar.text.Roots;

/**
 * What a JVM needs to analyse a run's inputs, built once per JVM and {@link Settings} and shared by
 * every task there, as the single-machine route's threads share theirs: the loader with its rules
 * and signatures, the folder's inputs and curated metadata, the actor dictionary (the library's
 * merged with the corpus's {@code actors.tsv}), stopwords and the term reducer, all read by the
 * library's own calls, as {@code analyze} reads them.
 */
final class Resources {

    private static final Map<Settings, Resources> BY_SETTINGS = new ConcurrentHashMap<>();

    final CorpusLoader loader;
    final CorpusLoader.Inputs inputs;
    final ArticleAnalysis analysis;

    private Resources(Settings settings) {
        loader = Corpus.loader().periods(settings.period());
        settings.columns().forEach(loader::column);
        Path folder = Path.of(settings.folder());
        inputs = loader.inputs(folder);
        Actors actors = Actors.forCorpus(folder);
        if (settings.metonyms()) actors = actors.withMetonyms();
        analysis = new ArticleAnalysis(loader, actors, Terms.unigrams().roots(Roots.named(settings.root())));
    }

    static Resources of(Settings settings) {
        return BY_SETTINGS.computeIfAbsent(settings, Resources::new);
    }
}
