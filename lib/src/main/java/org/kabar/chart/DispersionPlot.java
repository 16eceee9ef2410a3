package org.kabar.chart;

import org.knowm.xchart.XYChart;
import tech.tablesaw.api.Table;

/**
 * Lexical dispersion: one mark per occurrence at its relative position in the document
 * ({@code position}, 0 = start, 1 = end), one lane per {@code document} (sorted by name, first
 * at the top) and one series per {@code term} (sorted, in palette colours). When several terms
 * share a lane, each is nudged up or down a little so their marks stay apart. Made by
 * {@link Charts#dispersion}.
 */
public final class DispersionPlot extends Plot<DispersionPlot, XYChart> {
    private final String document;
    private final String position;
    private final String term;

    DispersionPlot(Table occurrences) {
        this(occurrences, Labels.NONE, Theme.standard(), null, null, null);
    }

    private DispersionPlot(Table occurrences, Labels labels, Theme theme, String document, String position,
            String term) {
        super(occurrences, labels, theme);
        this.document = document;
        this.position = position;
        this.term = term;
    }

    /** The column naming each occurrence's document (its lane). */
    public DispersionPlot document(String column) {
        return new DispersionPlot(table, labels, theme, column, position, term);
    }

    /** The numeric column of each occurrence's relative position, 0 to 1. */
    public DispersionPlot position(String column) {
        return new DispersionPlot(table, labels, theme, document, column, term);
    }

    /** The column naming each occurrence's term (its series). */
    public DispersionPlot term(String column) {
        return new DispersionPlot(table, labels, theme, document, position, column);
    }

    @Override
    public XYChart build() {
        return Charts.drawDispersion(table, required(document, "document"), required(position, "position"),
                required(term, "term"), labels, theme);
    }

    @Override
    DispersionPlot with(Labels labels, Theme theme) {
        return new DispersionPlot(table, labels, theme, document, position, term);
    }
}
