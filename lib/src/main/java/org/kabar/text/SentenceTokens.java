package org.kabar.text;

import opennlp.tools.util.Span;

/**
 * One sentence of a text with its tokens, each located by an OpenNLP {@link Span} (start
 * inclusive, end exclusive, as {@link String#substring(int, int)}) in the text the sentence came
 * from: the common currency of every stage that points back into the text (mentions,
 * concordances, quotes).
 *
 * @param span where the sentence stands in the text
 * @param tokens the sentence's tokens, punctuation included
 * @param tokenSpans where each token stands in the text, one per token
 */
public record SentenceTokens(Span span, String[] tokens, Span[] tokenSpans) {}
