package org.kabar.text;

import java.nio.file.Path;

/**
 * A file or folder a user handed the library cannot be used: a bad line in a rule file, a
 * dictionary, a word list, {@code metadata.csv}; an unreadable file; a folder with no articles.
 * The message is one line, {@code FILE:LINE: reason} (or {@code FILE: reason} when no one line is
 * at fault), so the command line and a notebook show it as it is.
 *
 * <p>It carries no stack trace: the file and the line are what the reader needs, and JJava prints
 * every frame of a cell's exception under its message (a kernel extension cannot change how the
 * kernel formats errors), so a trace would bury the one line under the library's internals.
 * Mistakes in calling code (an option out of range, a table without a needed column) stay
 * {@link IllegalArgumentException}s, with their trace.
 */
public final class InputException extends RuntimeException {

    private final String file;
    private final int line;
    private final String reason;

    /** Line {@code line} (1-based) of {@code file} is at fault. */
    public InputException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason, null, false, false);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    /** {@code file} (or folder) as a whole is at fault. */
    public InputException(Path file, String reason) {
        this(file.toString(), reason);
    }

    /** {@code file} (or folder, or a description of the input) as a whole is at fault. */
    public InputException(String file, String reason) {
        super(file + ": " + reason, null, false, false);
        this.file = file;
        this.line = 0;
        this.reason = reason;
    }

    /** The file or folder, as the user named it. */
    public String file() {
        return file;
    }

    /** The 1-based line at fault, or 0 when the file as a whole is. */
    public int line() {
        return line;
    }

    /** The reason alone, without file and line. */
    public String reason() {
        return reason;
    }
}
