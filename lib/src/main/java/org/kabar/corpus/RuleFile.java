package org.kabar.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.kabar.text.InputException;
import org.kabar.text.ResourceFile;
import org.kabar.text.Whitespace;

/**
 * The editable word lists and rule tables of this package, read with the project's
 * {@link ResourceFile} format (UTF-8, one entry a line, {@code #} comments), plus the parsing
 * they share: a name and a value split at a tab, regular expressions compiled the same way,
 * and errors as {@link InputException}s naming file and line.
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
            return Whitespace.words(text);
        }

        /** A case-insensitive, Unicode-aware, multi-line pattern compiled from {@code regex}. */
        Pattern compile(String regex) {
            try {
                return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                        | Pattern.UNICODE_CHARACTER_CLASS | Pattern.MULTILINE);
            } catch (PatternSyntaxException e) {
                throw fail("not a valid regular expression (" + e.getDescription() + ")");
            }
        }

        InputException fail(String reason) {
            return new InputException(source, lineNumber, reason);
        }
    }

    private RuleFile() {}

    /** The entries of a resource shipped beside this class. */
    static List<Entry> resource(String name) {
        return entries(ResourceFile.resource(RuleFile.class, name));
    }

    /** The entries of a language's own file ({@link org.kabar.text.LanguageProfile#resource}). */
    static List<Entry> language(org.kabar.text.LanguageProfile language, String name) {
        return entries(language.resource("corpus", name));
    }

    /** The entries of a user's own file, replacing a shipped resource. */
    static List<Entry> file(Path path) {
        return entries(ResourceFile.load(path));
    }

    private static List<Entry> entries(List<ResourceFile.Line> lines) {
        return lines.stream().map(line -> new Entry(line.source(), line.number(), line.text())).toList();
    }
}
