/**
 * From a folder of plain-text news articles to Tablesaw tables: {@link org.kabar.corpus.Corpus}
 * (the tables), {@link org.kabar.corpus.CorpusLoader} (settings and bad-input handling),
 * {@link org.kabar.corpus.Cleaner} (what is removed, and the audit of it),
 * {@link org.kabar.corpus.DateFinder} (dates and the publication-date rule) and
 * {@link org.kabar.corpus.OutletSignatures} (the outlet from its own signature).
 *
 * <p>The word lists and rules are editable files in this package's resources:
 * {@code cleaning_rules.txt}, {@code outlet_signatures.txt}, {@code months.txt},
 * {@code weekdays.txt}, {@code date_cues.txt}. Metadata is always read from the raw text (a
 * dateline or byline is evidence before cleaning removes it); counts are of the cleaned text.
 */
package org.kabar.corpus;
