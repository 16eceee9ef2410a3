package org.kabar.text;

import java.util.List;

/**
 * One article as tokenized sentences. Token positions in Kabar's tables number the tokens of
 * the whole article from 0, punctuation included, sentence after sentence.
 *
 * @param id the article's id
 * @param period its period, yyyy-MM
 * @param sentences the tokens of each sentence, in order
 */
public record TokenizedArticle(String id, String period, List<String[]> sentences) {

    /** Number of word tokens (see {@link TextPipeline#isWord(String)}). */
    public int wordCount() {
        return TextPipeline.countWords(sentences);
    }
}
