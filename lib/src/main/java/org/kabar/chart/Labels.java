package org.kabar.chart;

/** A chart's title and axis titles; empty until a plot names them. */
record Labels(String title, String x, String y) {
    static final Labels NONE = new Labels("", "", "");
}
