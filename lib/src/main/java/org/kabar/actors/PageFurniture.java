package org.kabar.actors;

import java.util.Locale;
import java.util.regex.Pattern;
import org.kabar.text.Whitespace;

/**
 * Lines of a news page that are not the report, left out when people are counted (a careful
 * reader's convention, and that of the test corpora's gold files): photo captions ending in a
 * credit ("... (Biro Pers Sekretariat Presiden/Rusman)", "... TRIBUNNEWS.COM/RIZAL MAHENDRA",
 * "... 2022. /Dok. Biro Pers"),
 * cross-links ("Baca juga: ..."), tags ("# ...", "Tag: ..."), syndication footers ("Artikel ini telah tayang di ..."), and
 * lines without a single lower-case word or closing punctuation (tags, menus, bylines, lists of
 * other headlines). The corpus cleaner removes the common forms of these already; these are the
 * forms it keeps because their words are also those of reports.
 */
final class PageFurniture {

    private static final Pattern CREDIT_AT_END = Pattern.compile(
            "([(\\[][^()\\[\\]]*\\p{L}[^()\\[\\]]*/[^()\\[\\]]*\\p{L}[^()\\[\\]]*[)\\]]|[\\p{L}\\d.]+/\\s*\\p{Lu}[\\p{L} .]+|(?<=\\s)/\\s*\\p{Lu}[\\p{L} .]+|\\b(Foto|FOTO|Photo)\\s*[:/].*)\\s*\\.?\\s*$");
    private static final Pattern OPENING = Pattern.compile(
            "^(#|©|copyright|rep\\s*:|tags?\\s*:|topik\\s*:|(baca( juga| pula)?|lihat( juga)?|simak|tonton|saksikan|artikel ini telah tayang|berita terkait|klik|ikuti|read( more| also)?\\s*:|related( news| stories| articles)?\\s*:|our standards|(additional )?reporting by|editing by|writing by)\\b?).*");

    private PageFurniture() {}

    static boolean isFurniture(String line) {
        String text = line.strip();
        if (text.isEmpty()) return false;
        if (OPENING.matcher(text.toLowerCase(Locale.ROOT)).matches()) return true;
        if (CREDIT_AT_END.matcher(text).find()) return true;
        return !hasLowerCaseWord(text) && !endsLikeASentence(text);
    }

    private static boolean hasLowerCaseWord(String text) {
        for (String word : Whitespace.words(text)) {
            if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0))) return true;
        }
        return false;
    }

    private static boolean endsLikeASentence(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"' || last == '”';
    }
}
