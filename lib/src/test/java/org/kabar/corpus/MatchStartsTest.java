package org.kabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MatchStartsTest {

    private static final Pattern DATE = Pattern.compile(
            "(?:\\b(senin|selasa|jum['’]at)\\b,?\\s+)?\\b(\\d{1,2})\\s+(januari|desember)\\b(?:\\s+(\\d{4}))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final MatchStarts STARTS =
            new MatchStarts().digitsAtWordStart().wordsAtWordStart(List.of("senin", "selasa", "jum'at"));

    @Test
    void findsWhatFindFinds() {
        for (String text : List.of("Pada SELASA, 21 Desember 2021 dan Jum’at 7 januari, lalu x12 Januari",
                "sen 3 Januari; senin, 4 desember; 1234 Januari; ١٢ Januari 2022", "", "Selasa", "(10 Januari)")) {
            assertEquals(spans(findAll(text)), spans(STARTS.all(DATE, text)), text);
        }
    }

    @Test
    void lettersAfterALetterDoNotStartAWord() {
        assertEquals(List.of("13 Januari"), STARTS.all(DATE, "Kemarinsenin 13 Januari").stream().map(MatchResult::group).toList());
    }

    @Test
    void firstMatchOrNull() {
        assertEquals("Senin 3 Januari", STARTS.first(DATE, "x Senin 3 Januari, 4 Januari").group());
        assertNull(STARTS.first(DATE, "tidak ada tanggal"));
    }

    private static List<MatchResult> findAll(String text) {
        List<MatchResult> all = new ArrayList<>();
        for (Matcher m = DATE.matcher(text); m.find(); ) all.add(m.toMatchResult());
        return all;
    }

    private static List<String> spans(List<MatchResult> matches) {
        return matches.stream().map(m -> m.start() + "-" + m.end() + ":" + m.group(1) + "/" + m.group(4)).toList();
    }
}
