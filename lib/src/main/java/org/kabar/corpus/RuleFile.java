package org.kabar.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The editable word lists and rule tables of this package: UTF-8 text, one entry a line,
 * {@code #} starting a comment line, blank lines ignored. Every entry keeps its file and line
 * number so that a bad entry is reported where the user can fix it.
 */
final class RuleFile {

    /** One entry: the file it came from, its line number and its text. */
    record Entry(String source, int lineNumber, String text) {

        /** The text split at its first tab into a key and a value, both trimmed. */
        String[] keyAndValue() {
            int tab = text.indexOf('\t');
            if (tab < 0) {
                throw fail("expected a name, a tab, then a value");
            }
            return new String[] {text.substring(0, tab).strip(), text.substring(tab + 1).strip()};
        }

        /** The text split at runs of spaces. */
        String[] words() {
            return text.strip().split("\\s+");
        }

        /** A case-insensitive, Unicode-aware pattern compiled from {@code regex}. */
        Pattern compile(String regex) {
            try {
                return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                        | Pattern.UNICODE_CHARACTER_CLASS | Pattern.MULTILINE);
            } catch (PatternSyntaxException e) {
                throw fail("not a valid regular expression (" + e.getDescription() + ")");
            }
        }

        CorpusException fail(String reason) {
            return new CorpusException(source + ":" + lineNumber + ": " + reason);
        }
    }

    private RuleFile() {}

    /** The entries of a resource shipped beside this class. */
    static List<Entry> resource(String name) {
        InputStream in = RuleFile.class.getResourceAsStream(name);
        if (in == null) {
            throw new CorpusException(name + ": resource missing from the kabar library");
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8), name);
    }

    /** The entries of a user's own file, replacing a shipped resource. */
    static List<Entry> file(Path path) {
        try {
            return read(Files.newBufferedReader(path, StandardCharsets.UTF_8), path.toString());
        } catch (IOException e) {
            throw new CorpusException(path + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static List<Entry> read(Reader reader, String source) {
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    entries.add(new Entry(source, number, line));
                }
            }
        } catch (IOException e) {
            throw new CorpusException(source + ": cannot read (" + e.getMessage() + ")", e);
        }
        return entries;
    }
}
