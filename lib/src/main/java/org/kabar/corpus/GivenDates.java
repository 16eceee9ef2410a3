package org.kabar.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates given with an article rather than found in its text: a date column, a page's
 * {@code article:published_time}, a date in its URL.
 *
 * <p>Read: ISO dates ({@code 2024-02-14}), ISO date-times with or without a time zone
 * ({@code 2024-02-14T10:05:00+07:00}, {@code 2024-02-14 10:05:00}, {@code 2024-02-14T03:05:00Z}),
 * compact ones ({@code 20240214}, {@code 20240214T030500Z}), e-mail and RSS dates
 * ({@code Wed, 14 Feb 2024 10:05:00 +0700}), {@code 14/02/2024}, and Indonesian dates as
 * {@link DateFinder} reads them ({@code Rabu, 14 Februari 2024 10:05 WIB}). A date-time counts
 * by the date it is written with: its own time zone is the publisher's, and converting it to
 * another would move articles published near midnight to the next or previous day.
 */
final class GivenDates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:$|[T\\s].*)");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:$|T\\d{4,6}.*)");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?:$|\\s.*)");
    /** "/2024/02/14/" as most portals print it, or "/20240214101500-" as CNN and CNBC Indonesia do. */
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d\\d)/(\\d{1,2})/(\\d{1,2})(?:/|$)");
    private static final Pattern URL_STAMP = Pattern.compile("/((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)\\d{6}-");

    private GivenDates() {}

    /** The date of a given value, or null when it is not one of the forms read. */
    static LocalDate parse(String value) {
        String text = value.strip();
        LocalDate date = ymd(ISO.matcher(text));
        if (date == null) date = ymd(COMPACT.matcher(text));
        if (date != null) return date;
        Matcher dayFirst = DAY_FIRST.matcher(text);
        if (dayFirst.matches()) return of(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1));
        try {
            return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException e) {
            // not an RSS date; Indonesian text is tried last
        }
        return DateFinder.standard().mentions(text).stream().filter(m -> !m.yearInferred())
                .map(DateFinder.Mention::date).findFirst().orElse(null);
    }

    /** The date in a URL's path, or null. */
    static LocalDate fromUrl(String url) {
        LocalDate date = ymd(URL_DATE.matcher(url), false);
        return date != null ? date : ymd(URL_STAMP.matcher(url), false);
    }

    private static LocalDate ymd(Matcher m) {
        return ymd(m, true);
    }

    private static LocalDate ymd(Matcher m, boolean whole) {
        if (!(whole ? m.matches() : m.find())) return null;
        return of(m.group(1), m.group(2), m.group(3));
    }

    private static LocalDate of(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
