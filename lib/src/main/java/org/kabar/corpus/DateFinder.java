package org.kabar.corpus;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kabar.text.LanguageProfile;
import org.kabar.text.Whitespace;

/**
 * Finds the dates a news article mentions and picks its publication date, with the month and
 * weekday names and the date cues of the article's language ({@link #forLanguage}).
 *
 * <p>Forms read: "21 Desember 2021", "12 Jan 2022 13:16", "Jum'at, 21 Januari 2022 - 19:21 WIB",
 * "Selasa (21/12)", "Senin (10/1/2022)", "Selasa, (28/12/2021)", "(27/12/2021)", "22/12/2021",
 * "22-12-2021", and "10 Januari" without a year; month first, as English prints it, "February 14,
 * 2024", "Wed, Feb 14 2024 10:15 WIB", "JANUARY 08, 2020", "Monday (Jan 13)", "Sept 6 (Reuters)"
 * (the month capitalised, so that a modal "may 14" is no date); and "3rd January 2020",
 * "15 Jan, 2020". Month and weekday spellings are editable lists of each language
 * ({@code months.txt}, {@code weekdays.txt}; Indonesian's also hold the English month names its
 * sites print).
 *
 * <p><b>Year inference.</b> A date without a year takes it from the article: from the first date
 * in the text that has a year, else from a month-and-year mention ("Januari 2022"). Of that
 * year, the year before and the year after, the one putting the date nearest the anchor wins,
 * except that a weekday printed with the date ("Rabu (22/12)") picks the year in which that day
 * is that weekday. With no year anywhere in the article the date stays unread: the clock of
 * the machine running the analysis is never consulted.
 *
 * <p><b>Publication date.</b> Each date is classed ({@link Basis}), and the publication date is
 * <ol>
 *   <li>the first <i>dateline</i>: a date with a year on a short line (at most 12 words, no final
 *       full stop) among the first 16 non-blank lines (a page's head may hold a menu), as in "Jum'at, 21 Januari 2022 - 19:21 WIB"
 *       or the byline "Marcheilla Ariesta • 12 Januari 2022 13:16";</li>
 *   <li>otherwise the latest <i>reporting</i> date: one with a reporting or citing word
 *       ("kata", "mengatakan", "dilansir", "konferensi pers", ... in {@code date_cues.txt}) among
 *       the 8 words before it or the 4 after it, within its sentence, since a piece is published no earlier than the
 *       last day it reports somebody speaking;</li>
 *   <li>otherwise the latest other past <i>event</i> date.</li>
 * </ol>
 * A <i>forward</i> date, one in the same clause as a future marker ("akan", "dijadwalkan",
 * "tahun depan", "will", "scheduled", ...), is never taken (a marker after a date that a reporting
 * word precedes belongs to what was said: "said on March 3 that the dam will open" reports the 3rd): a piece published on 28 December that announces talks
 * "pada 10 Januari" is a December article. Among equal dates the one earliest in the text gives
 * the evidence.
 */
public final class DateFinder {

    /** What a date mention says about publication, from strongest to weakest. */
    public enum Basis { DATELINE, REPORTING, EVENT, FORWARD }

    /** A date mentioned in a text, its span, whether its year was inferred, and its class. */
    public record Mention(LocalDate date, int start, int end, String surface, boolean yearInferred,
                          Basis basis, String evidence) {}

    /** The publication date (null when none could be read), its evidence and its basis. */
    public record Publication(LocalDate date, String evidence, String basis) {
        static final String NONE = "none";
    }

    private static final int HEADER_LINES = 16;
    private static final int DATELINE_MAX_WORDS = 12;
    private static final int CUE_WORDS_BEFORE = 8;
    private static final int CUE_WORDS_AFTER = 4;
    private static final int EVIDENCE_CHARS_BEFORE = 80;
    private static final int EVIDENCE_CHARS_AFTER = 40;
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile("[,;.!?]");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’']?\\s+");

    private static final Map<LanguageProfile, DateFinder> BY_LANGUAGE = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<String, Integer> monthByName = new HashMap<>();
    private final Map<String, DayOfWeek> weekdayByName = new HashMap<>();
    private final Pattern dayMonthYear;
    private final Pattern monthDayYear;
    private final Pattern weekdayNumeric;
    private final Pattern numeric;
    private final Pattern monthYear;
    private final Pattern reportingCue;
    private final Pattern forwardCue;
    /** Where each form can begin: the day-month form at a day or a weekday, and so on. */
    private final DateStarts starts;

    private DateFinder(List<RuleFile.Entry> months, List<RuleFile.Entry> weekdays, List<RuleFile.Entry> cues) {
        for (RuleFile.Entry entry : months) {
            String[] words = entry.words();
            int month = parseNumber(entry, words[0], 1, 12);
            for (int i = 1; i < words.length; i++) monthByName.put(key(words[i]), month);
        }
        for (RuleFile.Entry entry : weekdays) {
            String[] words = entry.words();
            DayOfWeek day = DayOfWeek.of(parseNumber(entry, words[0], 1, 7));
            for (int i = 1; i < words.length; i++) weekdayByName.put(key(words[i]), day);
        }
        String month = alternation(monthByName.keySet().stream().toList());
        String weekday = alternation(weekdayByName.keySet().stream().toList());
        dayMonthYear = compile("(?:\\b(" + weekday + ")\\b,?\\s+)?\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + month
                + ")\\b(?:\\.?,?\\s+(\\d{4})\\b)?");
        // "Thu, January 2, 2020", "Monday (Jan 13)", "Feb 14 2024": not followed by a time ("May 14:30").
        monthDayYear = compile("(?:\\b(" + weekday + ")\\b,?\\s*\\(?\\s*)?\\b(" + month
                + ")\\b\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![:.]\\d)(?:,?\\s+(\\d{4})\\b)?");
        weekdayNumeric = compile("(?:\\b(" + weekday + ")\\b,?\\s*)?\\((\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?\\)");
        numeric = compile("\\b(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})\\b");
        monthYear = compile("\\b(" + month + ")\\s+(\\d{4})\\b");
        reportingCue = cuePattern(cues, "reporting");
        forwardCue = cuePattern(cues, "forward");
        starts = new DateStarts(monthByName.keySet(), weekdayByName.keySet());
    }

    /** The finder of the default language, Indonesian. */
    public static DateFinder standard() {
        return forLanguage(LanguageProfile.standard());
    }

    /** The finder with the word lists of a language ({@code corpus/months.txt}, {@code weekdays.txt}, {@code date_cues.txt} of its folder). */
    public static DateFinder forLanguage(LanguageProfile language) {
        return BY_LANGUAGE.computeIfAbsent(language, l -> new DateFinder(RuleFile.language(l, "months.txt"),
                RuleFile.language(l, "weekdays.txt"), RuleFile.language(l, "date_cues.txt")));
    }

    /** The publication date of an article's raw text, by the rule in the class comment. */
    public Publication publication(String text) {
        // The first dateline decides, and it begins on one of the first lines that is short, so
        // the dates are read first only up to the first such line, then the first two, four, ...
        // (the dates found before a point do not depend on the text after it): where a dateline
        // is found, the rest of the article is neither read for dates nor classed.
        List<Integer> headerLineStarts = headerLineStarts(text);
        List<Integer> shortLineEnds = new ArrayList<>();
        for (int start : headerLineStarts) {
            int end = lineEnd(text, start);
            if (Whitespace.atMostWords(text, start, end, DATELINE_MAX_WORDS)) shortLineEnds.add(end);
        }
        for (int lines = 1; lines / 2 < shortLineEnds.size(); lines *= 2) {
            for (RawDate date : rawDates(text, shortLineEnds.get(Math.min(lines, shortLineEnds.size()) - 1))) {
                if (date.year() != null && date.toDate(date.year()) != null && isDateline(text, date, headerLineStarts)) {
                    return new Publication(date.toDate(date.year()), evidence(text, date),
                            Basis.DATELINE.name().toLowerCase(Locale.ROOT));
                }
            }
        }
        return choose(mentions(text), "");
    }

    /**
     * The publication date by the same rule, and, when the article prints no year anywhere, with
     * its yearless dates dated from {@code corpusYears} (the years of the other articles): a date
     * with a printed weekday takes the one of those years in which that day is that weekday, a
     * date without one takes the only year when there is one. The basis then ends in
     * ", year from the corpus".
     */
    public Publication publication(String text, Set<Integer> corpusYears) {
        Publication own = publication(text);
        if (own.date() != null || corpusYears.isEmpty()) return own;
        List<RawDate> raw = rawDates(text);
        if (anchor(text, raw) != null) return own;
        List<Integer> headerLineStarts = headerLineStarts(text);
        List<Mention> mentions = new ArrayList<>();
        for (RawDate date : raw) {
            LocalDate resolved = yearFromCorpus(date, corpusYears);
            if (resolved == null) continue;
            mentions.add(new Mention(resolved, date.start(), date.end(), text.substring(date.start(), date.end()),
                    true, classify(text, date, headerLineStarts), evidence(text, date)));
        }
        return choose(mentions, ", year from the corpus");
    }

    private static LocalDate yearFromCorpus(RawDate date, Set<Integer> corpusYears) {
        List<LocalDate> candidates = new ArrayList<>();
        for (int year : corpusYears) {
            LocalDate candidate = date.toDate(year);
            if (candidate != null && (date.weekday() == null || candidate.getDayOfWeek() == date.weekday())) {
                candidates.add(candidate);
            }
        }
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    private static Publication choose(List<Mention> mentions, String basisNote) {
        Optional<Mention> chosen = mentions.stream().filter(m -> m.basis() == Basis.DATELINE).findFirst()
                .or(() -> latest(mentions, Basis.REPORTING))
                .or(() -> latest(mentions, Basis.EVENT));
        return chosen.map(m -> new Publication(m.date(), m.evidence(), m.basis().name().toLowerCase(Locale.ROOT) + basisNote))
                .orElse(new Publication(null, "", Publication.NONE));
    }

    /** Every readable date in the text, in text order, with its year resolved and its class. */
    public List<Mention> mentions(String text) {
        List<RawDate> raw = rawDates(text);
        LocalDate anchor = anchor(text, raw);
        List<Integer> headerLineStarts = headerLineStarts(text);
        List<Mention> mentions = new ArrayList<>();
        for (RawDate date : raw) {
            LocalDate resolved = date.year() != null ? date.toDate(date.year()) : inferYear(date, anchor);
            if (resolved == null) continue;
            mentions.add(new Mention(resolved, date.start(), date.end(), text.substring(date.start(), date.end()),
                    date.year() == null, classify(text, date, headerLineStarts), evidence(text, date)));
        }
        return mentions;
    }

    private static Optional<Mention> latest(List<Mention> mentions, Basis basis) {
        return mentions.stream().filter(m -> m.basis() == basis)
                .max(Comparator.comparing(Mention::date).thenComparing(Mention::start, Comparator.reverseOrder()));
    }

    /** A date as printed: year and weekday may be missing. */
    private record RawDate(int start, int end, int day, int month, Integer year, DayOfWeek weekday) {

        LocalDate toDate(int year) {
            try {
                return LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                return null;
            }
        }
    }

    private List<RawDate> rawDates(String text) {
        return rawDates(text, text.length());
    }

    /** The dates beginning before {@code end}, the end of a line or of the text. */
    private List<RawDate> rawDates(String text, int end) {
        List<RawDate> found = new ArrayList<>();
        byte[] kinds = starts.kinds(text, end);
        for (MatchResult m : DateStarts.all(dayMonthYear, text, kinds, DateStarts.DIGIT | DateStarts.WEEKDAY)) {
            found.add(new RawDate(m.start(), m.end(), Integer.parseInt(m.group(2)), monthByName.get(key(m.group(3))),
                    year(m.group(4)), weekday(m.group(1))));
        }
        for (MatchResult m : DateStarts.all(monthDayYear, text, kinds, DateStarts.MONTH | DateStarts.WEEKDAY)) {
            // A month written first is a name, capitalised ("May 14"); "may 14" is a modal verb and a number.
            if (!Character.isUpperCase(text.charAt(m.start(2)))) continue;
            found.add(new RawDate(m.start(), m.end(), Integer.parseInt(m.group(3)), monthByName.get(key(m.group(2))),
                    year(m.group(4)), weekday(m.group(1))));
        }
        for (MatchResult m : DateStarts.all(weekdayNumeric, text, kinds, DateStarts.BRACKET | DateStarts.WEEKDAY)) {
            // "(21/12)" alone could be a score or a ratio; a weekday or a year makes it a date.
            if (m.group(1) != null || m.group(4) != null) {
                found.add(new RawDate(m.start(), m.end(), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        year(m.group(4)), weekday(m.group(1))));
            }
        }
        for (MatchResult m : DateStarts.all(numeric, text, kinds, DateStarts.DIGIT)) {
            found.add(new RawDate(m.start(), m.end(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                    year(m.group(4)), null));
        }
        // Where two forms overlap ("(27/12/2021)" holds "27/12/2021") the longer, earlier one is the date.
        found.sort(Comparator.comparingInt(RawDate::start).thenComparing(d -> d.start() - d.end()));
        List<RawDate> distinct = new ArrayList<>();
        int covered = -1;
        for (RawDate date : found) {
            if (date.start() >= covered && date.month() >= 1 && date.month() <= 12) {
                distinct.add(date);
                covered = date.end();
            }
        }
        return distinct;
    }

    private LocalDate anchor(String text, List<RawDate> raw) {
        for (RawDate date : raw) {
            if (date.year() != null && date.toDate(date.year()) != null) return date.toDate(date.year());
        }
        MatchResult m = DateStarts.first(monthYear, text, starts.kinds(text), DateStarts.MONTH);
        // Mid-month, so that a yearless date either side of the month sits at a fair distance.
        return m != null ? LocalDate.of(Integer.parseInt(m.group(2)), monthByName.get(key(m.group(1))), 15) : null;
    }

    private static LocalDate inferYear(RawDate date, LocalDate anchor) {
        if (anchor == null) return null;
        List<LocalDate> candidates = new ArrayList<>();
        for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
            LocalDate candidate = date.toDate(year);
            if (candidate != null) candidates.add(candidate);
        }
        List<LocalDate> weekdayMatches = candidates.stream()
                .filter(c -> date.weekday() != null && c.getDayOfWeek() == date.weekday()).toList();
        List<LocalDate> pool = weekdayMatches.isEmpty() ? candidates : weekdayMatches;
        return pool.stream().min(Comparator.comparingLong(c -> Math.abs(ChronoUnit.DAYS.between(anchor, c))))
                .orElse(null);
    }

    /** A date with a year on a short line, without a final full stop, among the first lines. */
    private static boolean isDateline(String text, RawDate date, List<Integer> headerLineStarts) {
        int lineStart = text.lastIndexOf('\n', date.start() - 1) + 1;
        if (date.year() == null || !headerLineStarts.contains(lineStart)) return false;
        String line = text.substring(lineStart, lineEnd(text, date.end())).strip();
        return Whitespace.words(line).length <= DATELINE_MAX_WORDS && !line.endsWith(".");
    }

    private Basis classify(String text, RawDate date, List<Integer> headerLineStarts) {
        if (isDateline(text, date, headerLineStarts)) return Basis.DATELINE;
        int lineStart = text.lastIndexOf('\n', date.start() - 1) + 1;
        int lineEnd = lineEnd(text, date.end());
        // Cue words count within the date's sentence only: "... pada 8 September. X mengatakan" is no report of the 8th.
        int sentenceStart = lineStart;
        for (Matcher m = SENTENCE_END.matcher(text).region(lineStart, date.start()); m.find(); ) sentenceStart = m.end();
        Matcher next = SENTENCE_END.matcher(text).region(date.end(), lineEnd);
        int sentenceEnd = next.find() ? next.start() + 1 : lineEnd;
        String before = lastWords(text.substring(sentenceStart, date.start()), CUE_WORDS_BEFORE);
        String after = firstWords(text.substring(date.end(), sentenceEnd), CUE_WORDS_AFTER);
        String[] clause = clause(text, date, lineStart, lineEnd);
        // A future marker after a reported date belongs to what was said, not to the date:
        // "said on March 3 that the dam will open" reports the 3rd.
        boolean reportedBefore = reportingCue.matcher(before).find();
        if (forwardCue.matcher(clause[0]).find() || (!reportedBefore && forwardCue.matcher(clause[1]).find())) {
            return Basis.FORWARD;
        }
        return reportedBefore || reportingCue.matcher(after).find() ? Basis.REPORTING : Basis.EVENT;
    }

    /** The comma- or sentence-delimited stretch of the line around a date: its part before the date (the date included) and after it. */
    private static String[] clause(String text, RawDate date, int lineStart, int lineEnd) {
        int start = lineStart;
        for (Matcher m = CLAUSE_BOUNDARY.matcher(text).region(lineStart, date.start()); m.find(); ) start = m.end();
        Matcher after = CLAUSE_BOUNDARY.matcher(text).region(date.end(), lineEnd);
        int end = after.find() ? after.start() : lineEnd;
        return new String[] {text.substring(start, date.end()), text.substring(date.end(), end)};
    }

    private static List<Integer> headerLineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length() && starts.size() < HEADER_LINES) {
            int end = lineEnd(text, lineStart);
            if (!isBlank(text, lineStart, end)) starts.add(lineStart);
            lineStart = end + 1;
        }
        return starts;
    }

    /** Whether {@code text} from {@code start} to {@code end} is blank as {@link String#isBlank} has it, read in place. */
    private static boolean isBlank(String text, int start, int end) {
        for (int at = start; at < end; at++) {
            if (!Character.isWhitespace(text.charAt(at))) return false;   // a surrogate is no white space, paired or not
        }
        return true;
    }

    private static String evidence(String text, RawDate date) {
        int lineStart = text.lastIndexOf('\n', date.start() - 1) + 1;
        int lineEnd = lineEnd(text, date.end());
        int from = Math.max(lineStart, date.start() - EVIDENCE_CHARS_BEFORE);
        int to = Math.min(lineEnd, date.end() + EVIDENCE_CHARS_AFTER);
        // Cut at spaces so the snippet does not start or end inside a word.
        int space = text.indexOf(' ', from);
        if (from > lineStart && space >= 0 && space < date.start()) from = space + 1;
        if (to < lineEnd) to = Math.max(date.end(), text.lastIndexOf(' ', to));
        return (from > lineStart ? "…" : "") + text.substring(from, to).strip() + (to < lineEnd ? "…" : "");
    }

    private static int lineEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }

    private static String lastWords(String text, int count) {
        String[] words = Whitespace.words(text.strip());
        return String.join(" ", List.of(words).subList(Math.max(0, words.length - count), words.length));
    }

    private static String firstWords(String text, int count) {
        String[] words = Whitespace.words(text.strip());
        return String.join(" ", List.of(words).subList(0, Math.min(count, words.length)));
    }

    private DayOfWeek weekday(String name) {
        return name == null ? null : weekdayByName.get(key(name));
    }

    private static Integer year(String digits) {
        if (digits == null) return null;
        int year = Integer.parseInt(digits);
        // Two-digit years in Indonesian news ("27/12/21") are this century's.
        return digits.length() == 2 ? 2000 + year : year;
    }

    private static Pattern cuePattern(List<RuleFile.Entry> cues, String kind) {
        List<String> phrases = new ArrayList<>();
        for (RuleFile.Entry entry : cues) {
            String[] words = entry.words();
            if (!words[0].equals("reporting") && !words[0].equals("forward")) {
                throw entry.fail("expected \"reporting <phrase>\" or \"forward <phrase>\"");
            }
            if (words[0].equals(kind)) {
                phrases.add(String.join(" ", List.of(words).subList(1, words.length)));
            }
        }
        return compile("\\b(?:" + alternation(phrases) + ")\\b");
    }

    /** Alternatives longest first, so that "jum'at" is not read as "jum" followed by noise. */
    private static String alternation(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
                .map(DateFinder::quoteWord).collect(Collectors.joining("|"));
    }

    /** A word or phrase as a regex: spaces match any run of spaces, either apostrophe matches. */
    private static String quoteWord(String word) {
        StringBuilder regex = new StringBuilder();
        for (char c : word.toCharArray()) {
            if (Character.isLetterOrDigit(c)) regex.append(c);
            else if (c == ' ') regex.append("\\s+");
            else if (c == '\'' || c == '’') regex.append("['’]");
            else regex.append('\\').append(c);
        }
        return regex.toString();
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static int parseNumber(RuleFile.Entry entry, String word, int min, int max) {
        try {
            int value = Integer.parseInt(word);
            if (value >= min && value <= max) return value;
        } catch (NumberFormatException e) {
            // reported below with the file and line
        }
        throw entry.fail("expected a number from " + min + " to " + max + " first, found \"" + word + "\"");
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    }
}
