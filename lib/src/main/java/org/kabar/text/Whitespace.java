package org.kabar.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import java.util.regex.Pattern;

/**
 * White space and line breaks, defined once for every stage. Java names three kinds of white
 * space, and Kabar needs each where an expression of its own would use it: {@code \s} as
 * {@link Pattern} reads it by default (ASCII: space, tab, line and page breaks), the same with
 * Unicode character classes (the White_Space property, as the cleaning rules and outlet
 * signatures are compiled), and {@code \h}, horizontal space (no-break and typographic spaces
 * included); a line break is what {@code \R} matches, {@code \r\n} counted once. The splits and
 * collapses on the hot path of counting a corpus are loops over these predicates instead of
 * expressions; each says which expression it stands for.
 */
public final class Whitespace {

    /** A run of white space, {@code \s+}: what separates words in rule files, headlines and dates. */
    private static final Pattern RUN = Pattern.compile("\\s+");

    private Whitespace() {}

    /** The text split at runs of white space, as {@code text.split("\\s+")} splits it. */
    public static String[] words(String text) {
        return RUN.split(text);
    }

    /**
     * Whether {@code text} from {@code from} to {@code to} holds at most {@code max} words (runs of
     * characters other than {@link #isSpace}), the count {@link #words} gives for it without
     * leading white space; it stops reading at the word after the {@code max}th.
     */
    public static boolean atMostWords(CharSequence text, int from, int to, int max) {
        int words = 0;
        for (int at = from; at < to; at++) {
            if (!isSpace(text.charAt(at)) && (at == from || isSpace(text.charAt(at - 1))) && ++words > max) return false;
        }
        return true;
    }

    /** Whether {@code \s} matches the character without Unicode character classes: space, tab, line and page breaks. */
    public static boolean isSpace(char c) {
        return c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r');
    }

    /** Whether {@code \s} matches the character in a pattern with Unicode character classes (the White_Space property). */
    public static boolean isUnicodeSpace(char c) {
        int spaces = (1 << Character.SPACE_SEPARATOR) | (1 << Character.LINE_SEPARATOR) | (1 << Character.PARAGRAPH_SEPARATOR);
        return (spaces >> Character.getType(c) & 1) != 0 || c >= 0x9 && c <= 0xd || c == 0x85;
    }

    /** Whether {@code \h} matches the character: tab, space, no-break and typographic spaces. */
    public static boolean isHorizontalSpace(char c) {
        if (c > ' ' && c < '\u00A0') return false; // the common case: visible Latin characters
        return c == '\t' || c == ' ' || c == '\u00A0' || c == '\u1680' || c == '\u180E' || c >= '\u2000' && c <= '\u200A'
                || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    /** Whether the character is a line break, one of those {@code \R} matches. */
    public static boolean isLineBreak(char c) {
        return c == '\n' || c == '\u000B' || c == '\u000C' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * The text split at line breaks as {@code text.split("\\R")} splits it: trailing empty lines
     * dropped, the whole text when it has no break.
     */
    public static List<String> lines(String text) {
        List<Span> spans = lineSpans(text);
        List<String> lines = new ArrayList<>(spans.size());
        for (Span line : spans) lines.add(text.substring(line.getStart(), line.getEnd()));
        return lines;
    }

    /** Where each of {@link #lines(String)} stands in {@code text}, for stages that keep character offsets. */
    public static List<Span> lineSpans(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!isLineBreak(text.charAt(i))) continue;
            lines.add(new Span(start, i));
            if (text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
            start = i + 1;
        }
        if (lines.isEmpty()) return List.of(new Span(0, text.length()));
        lines.add(new Span(start, text.length()));
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).length() == 0) end--;
        return lines.subList(0, end);
    }

    /** The text with every horizontal space ({@link #isHorizontalSpace}) made a plain space. */
    public static String horizontalSpacesAsSpaces(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && isHorizontalSpace(c)) {
                if (chars == null) chars = text.toCharArray();
                chars[i] = ' ';
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** The text with every run of white space ({@link #isSpace}) made one space, as {@code replaceAll("\\s+", " ")} would. */
    public static String collapseSpaces(String text) {
        char[] chars = new char[text.length()];
        return new String(chars, 0, collapseSpaces(text, 0, text.length(), chars));
    }

    /**
     * {@code text} from {@code start} to {@code end} with each run of white space made one space,
     * as {@link #collapseSpaces(String)}, written into {@code into} from its start (it holds at
     * least {@code end - start} characters); returns the number written.
     */
    public static int collapseSpaces(CharSequence text, int start, int end, char[] into) {
        int length = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                into[length++] = c;
                continue;
            }
            into[length++] = ' ';
            while (i + 1 < end && isSpace(text.charAt(i + 1))) i++;
        }
        return length;
    }

    /**
     * The text with every blank stretch between paragraphs made one blank line: from a line
     * break, a run of white space ({@link #isSpace}) holding another line break becomes
     * {@code "\n\n"}, as {@code \n\s*\n\s*(\n\s*)*} replaced would.
     */
    public static String oneBlankLine(String text) {
        StringBuilder result = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int newline = text.indexOf('\n', i);
            if (newline < 0) newline = text.length();
            result.append(text, i, newline);
            if (newline == text.length()) break;
            int end = newline + 1;
            boolean blank = false;
            while (end < text.length() && isSpace(text.charAt(end))) {
                blank |= text.charAt(end) == '\n';
                end++;
            }
            if (blank) result.append("\n\n");
            else result.append(text, newline, end);
            i = end;
        }
        return result.toString();
    }
}
