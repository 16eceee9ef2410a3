package org.kabar.corpus;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How publication dates are grouped into periods, the groups every comparison over time uses.
 * Labels sort in time order as plain strings, so a table sorted on {@code period} is in time
 * order: months {@code 2022-01}, ISO weeks {@code 2022-W03} (Monday to Sunday, the week-based
 * year of ISO 8601: 1 January 2021 falls in {@code 2020-W53}), quarters {@code 2022-Q1}.
 * An undated article has the empty period.
 */
public enum PeriodUnit {
    WEEK, MONTH, QUARTER;

    /** The period a date falls in; {@code ""} for no date. */
    public String label(LocalDate date) {
        if (date == null) return "";
        // Concatenated rather than String.format: every article counted asks for its label.
        return switch (this) {
            case WEEK -> date.get(IsoFields.WEEK_BASED_YEAR) + "-W" + twoDigits(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> date.getYear() + "-" + twoDigits(date.getMonthValue());
            case QUARTER -> date.getYear() + "-Q" + date.get(IsoFields.QUARTER_OF_YEAR);
        };
    }

    /** A week (1-53) or month (1-12) number in two digits. */
    private static String twoDigits(int number) {
        return number < 10 ? "0" + number : String.valueOf(number);
    }

    /** {@code week}, {@code month} or {@code quarter}, as typed on the command line or in a notebook. */
    public static PeriodUnit of(String name) {
        for (PeriodUnit unit : values()) {
            if (unit.name().equalsIgnoreCase(name.strip())) return unit;
        }
        throw new IllegalArgumentException("unknown period '" + name + "' (expected "
                + Arrays.stream(values()).map(u -> u.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ")");
    }
}
