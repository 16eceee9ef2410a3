package org.kabar.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an article file's bytes into text with {@code \n} line ends, or says why it cannot.
 * UTF-8 is expected; Windows-1252 (which covers Latin-1's letters) is the fallback, because
 * that is what older Windows tools save. Nothing is replaced silently: a byte that neither
 * charset can read makes the file unreadable rather than a '?' in the text.
 */
final class ArticleDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** More control characters than this share of the text means the file is not text. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    /** Text read from a file, with notes (harmless normalisations) and warnings (worth a look). */
    record Decoded(String text, List<String> notes, List<String> warnings) {}

    /** Why a file was not read as an article. */
    static final class Unreadable extends Exception {
        Unreadable(String reason) {
            super(reason);
        }
    }

    private ArticleDecoder() {}

    static Decoded decode(byte[] bytes) throws Unreadable {
        List<String> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (bytes.length == 0) throw new Unreadable("empty file");
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            throw new Unreadable("UTF-16 text; save it as UTF-8");
        }
        int offset = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            offset = 3;
            notes.add("UTF-8 byte-order mark removed");
        }
        for (byte b : bytes) {
            if (b == 0) throw new Unreadable("binary file (contains NUL bytes)");
        }
        String text;
        try {
            text = utf8(bytes, offset);
        } catch (CharacterCodingException notUtf8) {
            try {
                text = strict(WINDOWS_1252, bytes, offset);
                warnings.add("not UTF-8; read as Windows-1252");
            } catch (CharacterCodingException neither) {
                throw new Unreadable("neither UTF-8 nor Windows-1252 text");
            }
        }
        text = normaliseLineEnds(text, notes);
        text = removeControlCharacters(text, warnings);
        // No-break spaces are typography, not content; as plain spaces they let blank lines look blank.
        text = text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ');
        if (text.isBlank()) throw new Unreadable("only whitespace");
        return new Decoded(text, List.copyOf(notes), List.copyOf(warnings));
    }

    /**
     * The bytes read as UTF-8, refusing malformed input. The lenient decoder is many times faster
     * and gives the same text wherever it puts no replacement character; only where one appears
     * (malformed input, or a replacement character in the file itself) the strict decoder decides.
     */
    private static String utf8(byte[] bytes, int offset) throws CharacterCodingException {
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : strict(StandardCharsets.UTF_8, bytes, offset);
    }

    private static String strict(Charset charset, byte[] bytes, int offset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    private static String normaliseLineEnds(String text, List<String> notes) {
        if (text.contains("\r\n")) notes.add("CRLF line ends read as LF");
        String crlfDone = text.replace("\r\n", "\n");
        if (crlfDone.indexOf('\r') >= 0) notes.add("CR line ends read as LF");
        return crlfDone.replace('\r', '\n');
    }

    private static String removeControlCharacters(String text, List<String> warnings) throws Unreadable {
        int removed = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isRemovedControl(text.charAt(i))) removed++;
        }
        if (removed == 0) return text;
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!isRemovedControl(text.charAt(i))) kept.append(text.charAt(i));
        }
        if (removed > MAX_CONTROL_SHARE * text.length()) {
            throw new Unreadable("binary file (" + removed + " control characters)");
        }
        if (removed > 0) warnings.add(removed + " control characters removed");
        return kept.toString();
    }

    private static boolean isRemovedControl(char c) {
        return Character.isISOControl(c) && c != '\n' && c != '\t';
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
