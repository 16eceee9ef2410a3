package org.kabar.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void textShowsLabelBarAndCounts() {
        assertEquals("Loading articles ████████░░ 800/1000 (80%)",
                Progress.of("Loading articles", 1000).cells(10).at(800).text());
    }

    @Test
    void partialCellsAndPercentRoundDown() {
        Progress third = Progress.of("x", 3).cells(4).at(1);
        assertEquals(33, third.percent());
        assertEquals("x █░░░ 1/3 (33%)", third.text());
        assertEquals(99, Progress.of("x", 1000).at(999).percent());
    }

    @Test
    void jobWithoutStepsIsDone() {
        assertEquals("empty ██ 0/0 (100%)", Progress.of("empty", 0).cells(2).text());
    }

    @Test
    void htmlEscapesLabelAndSizesBarByPercent() {
        String html = Progress.of("<b>$5</b>", 4).at(1).html();
        assertTrue(html.contains("&lt;b&gt;&#36;5&lt;/b&gt;"));
        assertTrue(html.contains("width:25%"));
        assertTrue(html.contains("1/4 (25%)"));
    }

    @Test
    void doneOutsideTheJobIsRejected() {
        assertEquals("done must be between 0 and 5, was 6",
                assertThrows(IllegalArgumentException.class, () -> Progress.of("x", 5).at(6)).getMessage());
    }
}
