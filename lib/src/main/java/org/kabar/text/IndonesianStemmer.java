package org.kabar.text;

import opennlp.tools.stemmer.Stemmer;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * OpenNLP's Snowball Indonesian stemmer, plus reduplication: a hyphenated word whose halves share
 * a stem ("negara-negara", "berminggu-minggu", "sekutu-sekutunya") stems to that stem. Snowball
 * treats the hyphenated form as one opaque word, yet reduplication is the commonest Indonesian
 * plural. Other hyphenated words ("timbal-balik") go to Snowball whole.
 *
 * <p>Expects lower-case input. Snowball strips affixes by rule, without a lexicon, so it
 * over-strips some words ("diplomatik" → "plomatik", "mengatakan" → "ata"): show stems beside a
 * readable surface form. Not thread-safe (Snowball keeps state), so make one per thread.
 */
public final class IndonesianStemmer implements Stemmer {

    private final SnowballStemmer snowball = new SnowballStemmer(SnowballStemmer.ALGORITHM.INDONESIAN);

    @Override
    public CharSequence stem(CharSequence word) {
        String text = word.toString();
        int hyphen = text.indexOf('-');
        if (hyphen > 0 && hyphen == text.lastIndexOf('-')) {
            String first = snowball.stem(text.substring(0, hyphen)).toString();
            String second = snowball.stem(text.substring(hyphen + 1)).toString();
            if (first.equals(second)) return first;
        }
        return snowball.stem(text).toString();
    }
}
