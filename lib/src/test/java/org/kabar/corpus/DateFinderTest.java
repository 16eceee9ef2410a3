package org.kabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kabar.text.SeedArticles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {

    private final DateFinder finder = DateFinder.standard();

    private List<LocalDate> dates(String text) {
        return finder.mentions(text).stream().map(DateFinder.Mention::date).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ia berbicara pada 21 Desember 2021.                     | 2021-12-21",
        "Jum'at, 21 Januari 2022 - 19:21 WIB                     | 2022-01-21",
        "Jum’at, 21 Januari 2022 - 19:21 WIB                     | 2022-01-21",
        "Marcheilla Ariesta • 12 Januari 2022 13:16              | 2022-01-12",
        "kata juru bicara pada Senin (27/12/2021) kepada wartawan | 2021-12-27",
        "dilansir Straits Times, Selasa, (28/12/2021).            | 2021-12-28",
        "Menlu bertemu, Senin (10/1/2022) pagi.                  | 2022-01-10",
        "Pertemuan itu berlangsung (27/12/2021) di Jenewa.       | 2021-12-27",
        "Laporan itu terbit 22/12/2021 malam.                    | 2021-12-22",
        "Laporan itu terbit 22-12-2021 malam.                    | 2021-12-22",
        "Ia tiba pada 5 Agt 2021.                                | 2021-08-05",
        "Ia tiba pada 6 Agu 2021.                                | 2021-08-06",
        "Ia tiba pada 7 Agustus 2021.                            | 2021-08-07",
        "Ia tiba pada 2 Mei 2022.                                | 2022-05-02",
        "Ia tiba pada 1 Jan 2022.                                | 2022-01-01",
        "Ia tiba pada 9 Des 2021.                                | 2021-12-09",
        "Ia tiba pada 12 Jan. 2022.                              | 2022-01-12",
        "Sidang digelar Senin (27/12/21).                        | 2021-12-27",
    })
    void readsEveryDateFormWithAYear(String text, LocalDate expected) {
        assertEquals(List.of(expected), dates(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Senin (10/1/2022)", "Selasa (11/1/2022)", "Rabu (12/1/2022)", "Kamis (13/1/2022)",
        "Jumat (14/1/2022)", "Jum'at (14/1/2022)", "Sabtu (15/1/2022)", "Minggu (16/1/2022)",
    })
    void takesEveryWeekdayNameAsPartOfTheDate(String dated) {
        DateFinder.Mention mention = finder.mentions("Ia berkata pada " + dated + " pagi.").get(0);
        assertEquals(dated, mention.surface());
    }

    @Test
    void yearlessDateTakesTheYearOfTheArticle() {
        String text = "Foto itu diambil pada 21 Desember 2021.\nBlinken berbicara dalam konferensi pers pada Selasa (21/12).";
        DateFinder.Mention yearless = finder.mentions(text).get(1);
        assertEquals(LocalDate.of(2021, 12, 21), yearless.date());
        assertTrue(yearless.yearInferred());
    }

    @Test
    void yearlessJanuaryDateAfterADecemberAnchorFallsInTheNextYear() {
        String text = "Senin (27/12/2021) pejabat itu bicara. Delegasi tiba Minggu (09/01) di Jenewa.";
        assertEquals(List.of(LocalDate.of(2021, 12, 27), LocalDate.of(2022, 1, 9)), dates(text));
    }

    @Test
    void monthAndYearMentionAnchorsAYearlessDate() {
        // 22 December 2021 was a Wednesday (Rabu); the talks "pada Januari 2022" fix the era.
        String text = "Lavrov pada Rabu (22/12) mengatakan, pembicaraan diadakan pada Januari 2022.";
        assertEquals(List.of(LocalDate.of(2021, 12, 22)), dates(text));
    }

    @Test
    void weekdayOutweighsNearnessWhenChoosingTheYear() {
        // Nearest to 1 July 2022 is 1 January 2022, a Saturday; "Minggu" (Sunday) makes it 1 January 2023.
        String text = "Rapat pada 1 Juli 2022 memutuskan jadwal. Sidang dibuka Minggu (1/1).";
        assertEquals(LocalDate.of(2023, 1, 1), dates(text).get(1));
    }

    @Test
    void yearlessDateWithNoYearInTheArticleIsNotGuessedFromTheClock() {
        String text = "Blinken berbicara dalam konferensi pers pada Selasa (21/12).";
        assertEquals(List.of(), finder.mentions(text));
        DateFinder.Publication publication = finder.publication(text);
        assertNull(publication.date());
        assertEquals("none", publication.basis());
    }

    @Test
    void impossibleDatesAreNotDates() {
        assertEquals(List.of(), dates("Skor akhir 31/02/2022 tidak mungkin; rasio (3/4) juga bukan tanggal."));
    }

    @Test
    void announcedEventIsNotThePublicationDate() {
        String text = "WASHINGTON - Pejabat AS dan Rusia akan menggelar pembicaraan pada 10 Januari tahun depan, "
                + "kata juru bicara pada Senin (27/12/2021) seperti dilansir Straits Times, Selasa, (28/12/2021).";
        DateFinder.Publication publication = finder.publication(text);
        assertEquals(LocalDate.of(2021, 12, 28), publication.date());
        assertEquals("reporting", publication.basis());
        assertTrue(publication.evidence().contains("Selasa, (28/12/2021)"), publication.evidence());
    }

    @Test
    void onlyForwardDatesGiveNoPublicationDate() {
        String text = "Rusia dan NATO akan mengadakan pembicaraan pada 12 Januari 2022.\n"
                + "Pertemuan regional dijadwalkan pada 13 Januari 2022.";
        assertEquals(List.of(DateFinder.Basis.FORWARD, DateFinder.Basis.FORWARD),
                finder.mentions(text).stream().map(DateFinder.Mention::basis).toList());
        assertNull(finder.publication(text).date());
    }

    /** The rule of the class comment applied to every mention: the oracle for the shortcut {@code publication} takes. */
    private static DateFinder.Publication byTheRule(List<DateFinder.Mention> mentions) {
        Comparator<DateFinder.Mention> latest = Comparator.comparing(DateFinder.Mention::date)
                .thenComparing(DateFinder.Mention::start, Comparator.reverseOrder());
        Optional<DateFinder.Mention> chosen = mentions.stream().filter(m -> m.basis() == DateFinder.Basis.DATELINE).findFirst()
                .or(() -> mentions.stream().filter(m -> m.basis() == DateFinder.Basis.REPORTING).max(latest))
                .or(() -> mentions.stream().filter(m -> m.basis() == DateFinder.Basis.EVENT).max(latest));
        return chosen.map(m -> new DateFinder.Publication(m.date(), m.evidence(), m.basis().name().toLowerCase(Locale.ROOT)))
                .orElse(new DateFinder.Publication(null, "", "none"));
    }

    @Test
    void readingOnlyTheFirstLinesWhenTheyHoldADatelineChoosesAsTheRuleOverAllMentions() {
        List<String> texts = new ArrayList<>(List.of(
                "",
                "Judul\n\n31/02/2022\nIsi berita pada 3 Maret 2022, kata dia.",            // no such day: not the dateline
                "Judul\nSenin, 7 Maret\n2022\nIsi.",                                        // a date across lines
                "Judul\nRabu 9 Maret.\n2022\nIsi, kata dia 8 Maret 2022.",                   // a full stop inside it
                "Judul\nMenu\nBerita\nRabu, 9 Maret 2022\nIsi, kata dia 8 Maret 2022.",    // on the fourth short line
                "Judul\nMenu\nBerita\nDunia\nOlahraga\nRabu, 9 Maret 2022\nkata dia 8 Maret 2022.",
                "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\nRabu, 9 Maret 2022\nIsi, kata dia 8 Maret 2022.",
                "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\nRabu, 9 Maret 2022\nkata dia 8 Maret 2022.",
                "Judul\n\nIa berbicara pada 21 Desember 2021 di Jenewa, kata juru bicara.\nRabu (22/12)"));
        SeedArticles.seedAndTestCorpusFiles().forEach(file -> texts.add(SeedArticles.read(file)));
        assertTrue(texts.size() > 100, "texts: " + texts.size());
        int datelines = 0;
        for (String text : texts) {
            DateFinder.Publication expected = byTheRule(finder.mentions(text));
            assertEquals(expected, finder.publication(text), text.substring(0, Math.min(80, text.length())));
            if (expected.basis().equals("dateline")) datelines++;
        }
        assertTrue(datelines > 20 && datelines < texts.size() - 20, "datelines: " + datelines);
    }

    @Test
    void datelineWinsOverLaterReportingDates() {
        String text = "Judul Berita\n\nKamis, 6 Januari 2022 - 10:00 WIB\n"
                + "Menteri itu mengatakan pada Jumat (7/1/2022) bahwa ia setuju.";
        DateFinder.Publication publication = finder.publication(text);
        assertEquals(LocalDate.of(2022, 1, 6), publication.date());
        assertEquals("dateline", publication.basis());
        assertEquals("Kamis, 6 Januari 2022 - 10:00 WIB", publication.evidence());
    }

    @Test
    void dateInALongOpeningSentenceIsNotADateline() {
        String text = "Menteri Luar Negeri itu bertemu rekannya di Jenewa pada 21 Januari 2022 untuk membahas krisis.";
        assertEquals(DateFinder.Basis.EVENT, finder.mentions(text).get(0).basis());
    }

    @Test
    void reportingDateWinsOverALaterEventDate() {
        String text = "Pasukan tiba di perbatasan pada 30 Desember 2021.\n"
                + "\"Kami siap,\" kata menteri itu pada Selasa (28/12/2021).";
        DateFinder.Publication publication = finder.publication(text);
        assertEquals(LocalDate.of(2021, 12, 28), publication.date());
        assertEquals("reporting", publication.basis());
    }

    @Test
    void withoutReportingDatesTheLatestPastEventIsUsed() {
        String text = "Pasukan tiba pada 20 Desember 2021.\nLatihan berakhir pada 23 Desember 2021.";
        DateFinder.Publication publication = finder.publication(text);
        assertEquals(LocalDate.of(2021, 12, 23), publication.date());
        assertEquals("event", publication.basis());
    }

    @Test
    void reportingVerbAfterTheDateCounts() {
        String text = "Moskow - Lavrov pada Rabu (22/12/2021) mengatakan, perundingan diadakan.";
        assertEquals(DateFinder.Basis.REPORTING, finder.mentions(text).get(0).basis());
    }

    // English: the month names, weekdays and cues of LanguageProfile "en".

    private final DateFinder english = DateFinder.forLanguage(org.kabar.text.LanguageProfile.english());

    private List<LocalDate> englishDates(String text) {
        return english.mentions(text).stream().map(DateFinder.Mention::date).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The talks ended on February 14, 2024 in Geneva.          | 2024-02-14",
        "The talks ended on 14 February 2024 in Geneva.           | 2024-02-14",
        "Wed, Feb 14 2024 10:15 WIB                               | 2024-02-14",
        "JANUARY 08, 2020                                         | 2020-01-08",
        "3rd January 2020 17:05                                   | 2020-01-03",
        "Published: 2:30pm, 15 Jan, 2020                          | 2020-01-15",
        "Sat 4 Jan 2020 06.40 GMT                                 | 2020-01-04",
        "Published Jan 3, 2020, 5:00 am SGT                       | 2020-01-03",
        "Thu, January 2, 2020                                     | 2020-01-02",
        "The bill passed on Sept. 6, 2023, officials said.        | 2023-09-06",
    })
    void readsEnglishDateForms(String text, LocalDate expected) {
        assertEquals(List.of(expected), englishDates(text));
    }

    @Test
    void aLowerCaseModalMayIsNoMonth() {
        assertEquals(List.of(), englishDates("The agency may 14 times revise its forecast before 2024 ends."));
    }

    @Test
    void anEnglishYearlessDateTakesTheYearOfTheArticleAndItsWeekday() {
        // 13 January 2020 was a Monday.
        assertEquals(List.of(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 13)),
                englishDates("Officials said on Jan 2, 2020 that the hearing opened on Monday (Jan 13)."));
        // Nearest to 1 June 2019 is 5 January 2019, a Saturday; "Sunday" makes it 5 January 2020.
        assertEquals(List.of(LocalDate.of(2019, 6, 1), LocalDate.of(2020, 1, 5)),
                englishDates("The plan was drafted on June 1, 2019. The vote came on Sunday (Jan 5)."));
    }

    @Test
    void anEnglishArticleIsDatedByItsLastReportedDayNotItsAnnouncedOne() {
        String text = "Flood talks go on\n\n"
                + "JAKARTA - The governor told reporters on Tuesday, March 5, 2024 that the city had cleared most drains.\n"
                + "The minister said on March 6, 2024 that the new dam will open to the public on March 20, 2024, "
                + "and a second hearing is scheduled for April 2, 2024 in the city court.\n";
        DateFinder.Publication publication = english.publication(text);
        assertEquals(LocalDate.of(2024, 3, 6), publication.date());
        assertEquals("reporting", publication.basis());
    }
}
