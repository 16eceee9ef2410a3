package org.kabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DateStartsTest {

    private static final Pattern DATE = Pattern.compile(
            "(?:\\b(senin|selasa|jum['’]at)\\b,?\\s+)?\\b(\\d{1,2})\\s+(januari|desember|jan)\\b(?:\\s+(\\d{4}))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(januari|desember|jan)\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WEEKDAY_NUMERIC = Pattern.compile("(?:\\b(senin|selasa|jum['’]at)\\b,?\\s*)?\\((\\d{1,2})/(\\d{1,2})\\)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final DateStarts STARTS =
            new DateStarts(List.of("januari", "desember", "jan"), List.of("senin", "selasa", "jum'at"));
    private static final int DAY_FIRST = DateStarts.DIGIT | DateStarts.WEEKDAY;

    @Test
    void findsWhatFindFinds() {
        for (String text : List.of("Pada SELASA, 21 Desember 2021 dan Jum’at 7 januari, lalu x12 Januari",
                "sen 3 Januari; senin, 4 desember; 1234 Januari; ١٢ Januari 2022", "", "Selasa", "(10 Januari)",
                "JANUARI 2022 dan Desember 2021, bukan xJanuari 2020", "𝟏𝟐 Januari", "Selasa (21/12) dan (4/1), Jum’at(7/1)")) {
            assertEquals(spans(findAll(DATE, text)), spans(all(DATE, text, DAY_FIRST)), text);
            assertEquals(spans(findAll(MONTH_YEAR, text)), spans(all(MONTH_YEAR, text, DateStarts.MONTH)), text);
            assertEquals(spans(findAll(WEEKDAY_NUMERIC, text)),
                    spans(all(WEEKDAY_NUMERIC, text, DateStarts.BRACKET | DateStarts.WEEKDAY)), text);
        }
    }

    /** Random texts of the pieces dates are made of: the tried starts must find what find() finds. */
    @Test
    void findsWhatFindFindsInRandomTexts() {
        String[] pieces = {"Senin", "selasa", "JUM'AT", "jum’at", "Januari", "desember", "Jan", "x", "12", "2022", " ",
                ", ", "(", ")", "/", "1", "é", "ja", "sen"};
        Random random = new Random(7);
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) text.append(pieces[random.nextInt(pieces.length)]);
            String t = text.toString();
            assertEquals(spans(findAll(DATE, t)), spans(all(DATE, t, DAY_FIRST)), t);
            assertEquals(spans(findAll(MONTH_YEAR, t)), spans(all(MONTH_YEAR, t, DateStarts.MONTH)), t);
            assertEquals(spans(findAll(WEEKDAY_NUMERIC, t)), spans(all(WEEKDAY_NUMERIC, t, DateStarts.BRACKET | DateStarts.WEEKDAY)), t);
        }
    }

    @Test
    void lettersAfterALetterDoNotStartAWord() {
        assertEquals(List.of("13 Januari"), all(DATE, "Kemarinsenin 13 Januari", DAY_FIRST).stream().map(MatchResult::group).toList());
    }

    @Test
    void eachFormOnlyWhereItsKindsStart() {
        // A month-and-year form is not tried at a digit: "2 Januari 2022" holds "Januari 2022" only.
        assertEquals(List.of("Januari 2022"), all(MONTH_YEAR, "2 Januari 2022", DateStarts.MONTH).stream()
                .map(MatchResult::group).toList());
        assertEquals(List.of(), all(MONTH_YEAR, "2 Januari 2022", DateStarts.DIGIT));
    }

    @Test
    void firstMatchOrNull() {
        String text = "x Senin 3 Januari, 4 Januari";
        assertEquals("Senin 3 Januari", DateStarts.first(DATE, text, STARTS.kinds(text), DAY_FIRST).group());
        String none = "tidak ada tanggal";
        assertNull(DateStarts.first(DATE, none, STARTS.kinds(none), DAY_FIRST));
    }

    private static List<MatchResult> all(Pattern pattern, String text, int kinds) {
        return DateStarts.all(pattern, text, STARTS.kinds(text), kinds);
    }

    private static List<MatchResult> findAll(Pattern pattern, String text) {
        List<MatchResult> all = new ArrayList<>();
        for (Matcher m = pattern.matcher(text); m.find(); ) all.add(m.toMatchResult());
        return all;
    }

    private static List<String> spans(List<MatchResult> matches) {
        return matches.stream().map(m -> m.start() + "-" + m.end() + ":" + m.group(1) + "/" + m.group(2)).toList();
    }
}
