package org.kabar.text;

/**
 * The one rate every Kabar count table gives beside its counts: occurrences per 1,000 word tokens
 * ({@code per_1000}), so articles and periods of different lengths compare.
 */
public final class Rates {

    private Rates() {}

    /** 1000 · count / words; 0 for no words (an empty article or period mentions nothing, so its rate is 0, not undefined). */
    public static double perThousand(long count, long words) {
        return words == 0 ? 0.0 : 1000.0 * count / words;
    }
}
