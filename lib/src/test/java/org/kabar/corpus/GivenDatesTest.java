package org.kabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GivenDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2024-02-14                           | 2024-02-14",
        "2024-02-14T23:30:00+07:00            | 2024-02-14",
        "2024-02-14T20:30:00Z                 | 2024-02-14",
        "2024-02-14 23:30:00                  | 2024-02-14",
        "20240214T233000Z                     | 2024-02-14",
        "20240214                             | 2024-02-14",
        "Wed, 14 Feb 2024 23:30:00 +0700      | 2024-02-14",
        "14/02/2024                           | 2024-02-14",
        "Rabu, 14 Februari 2024 23:30 WIB     | 2024-02-14",
    })
    void readsTheDateAsWritten(String value, LocalDate date) {
        assertEquals(date, GivenDates.parse(value));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"kemarin", "2024-02-30", "14 Februari", " "})
    void otherValuesAreNoDate(String value) {
        assertNull(GivenDates.parse(value));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "https://nasional.kompas.com/read/2024/02/14/10000000/judul     | 2024-02-14",
        "https://www.cnnindonesia.com/nasional/20240214101500-32-1/judul | 2024-02-14",
        "https://www.tribunnews.com/nasional/2024/2/4/judul             | 2024-02-04",
    })
    void readsTheDateInAUrl(String url, LocalDate date) {
        assertEquals(date, GivenDates.fromUrl(url));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://news.detik.com/berita/d-7194523/judul", "https://example.com/2024/13/40/x"})
    void aUrlWithoutADateGivesNone(String url) {
        assertNull(GivenDates.fromUrl(url));
    }
}
