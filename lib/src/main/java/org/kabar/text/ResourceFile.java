package org.kabar.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The content lines of an editable word-list or dictionary file: UTF-8, one entry per line,
 * {@code #} starts a comment line, blank lines are ignored. Every line remembers its file and
 * number so a parser can reject it with a message a user can act on.
 */
public final class ResourceFile {

    /** One content line, stripped of surrounding whitespace. */
    public record Line(String source, int number, String text) {
        /** An exception whose one-line message names the file, the line and the reason. */
        public InputException error(String reason) {
            return new InputException(source, number, reason);
        }
    }

    private ResourceFile() {}

    /** The content lines of a file on disk. */
    public static List<Line> load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (NoSuchFileException e) {
            throw new InputException(file, "no such file");
        } catch (IOException e) {
            throw new InputException(file, "cannot read (" + e.getMessage() + ")");
        }
    }

    /** The content lines of a resource shipped beside {@code owner} (a name relative to its package). */
    public static List<Line> resource(Class<?> owner, String name) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name + " beside " + owner.getName());
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name + ": " + e.getMessage(), e);
        }
    }

    /** The content lines of any reader; {@code source} is the name used in error messages. */
    public static List<Line> read(Reader reader, String source) throws IOException {
        List<Line> lines = new ArrayList<>();
        BufferedReader buffered = new BufferedReader(reader);
        int number = 0;
        for (String raw = buffered.readLine(); raw != null; raw = buffered.readLine()) {
            number++;
            String text = number == 1 ? raw.replace("\uFEFF", "").strip() : raw.strip();
            if (!text.isEmpty() && !text.startsWith("#")) {
                lines.add(new Line(source, number, text));
            }
        }
        return lines;
    }
}
