package org.kabar.chart;

import java.util.Map;
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

    DispersionPlot(Table occurrences, Map<String, String> options, Labels labels, Theme theme) {
        super(occurrences, options, labels, theme);
    }

    /** The column naming each occurrence's document (its lane). */
    public DispersionPlot document(String column) {
        return set("document", column);
    }

    /** The numeric column of each occurrence's relative position, 0 to 1. */
    public DispersionPlot position(String column) {
        return set("position", column);
    }

    /** The column naming each occurrence's term (its series). */
    public DispersionPlot term(String column) {
        return set("term", column);
    }

    @Override
    public XYChart build() {
        return Charts.drawDispersion(table, required("document"), required("position"), required("term"),
                labels, theme);
    }

    @Override
    DispersionPlot with(Map<String, String> options, Labels labels, Theme theme) {
        return new DispersionPlot(table, options, labels, theme);
    }
}
