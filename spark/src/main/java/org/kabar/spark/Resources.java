package org.kabar.spark;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.kabar.actors.ActorDictionary;
import org.kabar.actors.Actors;
import org.kabar.corpus.Corpus;
import org.kabar.corpus.CorpusLoader;
import org.kabar.count.ArticleAnalysis;
import org.kabar.terms.Terms;
import org.kabar.text.Roots;

/**
 * What a JVM needs to analyse a run's inputs, built once per JVM and {@link Settings} and shared by
 * every task there, as the single-machine route's threads share theirs: the loader with its rules
 * and signatures, the folder's inputs (listed once, on the driver) and curated metadata, the actor
 * dictionary (the library's merged with the corpus's {@code actors.tsv}, read through the inputs),
 * stopwords and the term reducer, all read by the library's own calls, as {@code analyze} reads them.
 */
final class Resources {

    /** A run: its settings and its inputs (the same object for every task of the run in a JVM: Spark's broadcast value). */
    private record Run(Settings settings, CorpusLoader.Inputs inputs) {}

    private static final Map<Run, Resources> BY_RUN = new ConcurrentHashMap<>();

    final CorpusLoader loader;
    final CorpusLoader.Inputs inputs;
    final ArticleAnalysis analysis;

    private Resources(Settings settings, CorpusLoader.Inputs inputs) {
        loader = loader(settings);
        this.inputs = inputs;
        Actors actors = Actors.of(ActorDictionary.forCorpus(inputs));
        if (settings.metonyms()) actors = actors.withMetonyms();
        analysis = new ArticleAnalysis(loader, actors, Terms.unigrams().roots(Roots.named(settings.root())));
    }

    /** The loader of a run's settings: its period unit and column names. */
    static CorpusLoader loader(Settings settings) {
        CorpusLoader loader = Corpus.loader().periods(settings.period());
        settings.columns().forEach(loader::column);
        return loader;
    }

    /**
     * The folder's inputs, listed on the driver: a path through the library's own listing (every
     * executor must see the folder at that path), a URL through Hadoop ({@link HadoopFolder}).
     */
    static CorpusLoader.Inputs list(Settings settings, Configuration hadoop) {
        CorpusLoader loader = loader(settings);
        return HadoopFolder.isUrl(settings.folder())
                ? loader.inputs(settings.folder(), HadoopFolder.list(settings.folder(), hadoop))
                : loader.inputs(Path.of(settings.folder()));
    }

    /** This JVM's resources for a run, built from its settings and inputs the first time. */
    static Resources of(Settings settings, CorpusLoader.Inputs inputs) {
        return BY_RUN.computeIfAbsent(new Run(settings, inputs), run -> new Resources(run.settings(), run.inputs()));
    }
}
