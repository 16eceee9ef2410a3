package org.kabar.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kabar.corpus.ProgressListener;
import org.kabar.notebook.Progress;

/**
 * A progress bar redrawn in place on a terminal ({@code \r} returns to the line start), for
 * loading a large folder from the command line; the finished bar stays, followed by a line end.
 */
final class TerminalProgress implements ProgressListener {

    private final PrintStream terminal;
    private final String label;

    TerminalProgress(PrintStream terminal, String label) {
        this.terminal = terminal;
        this.label = label;
    }

    @Override
    public void progress(long done, long total) {
        terminal.print("\r" + Progress.of(label, total).at(done).text());
        if (done == total) terminal.println();
        terminal.flush();
    }

    /**
     * Whether standard error is a terminal. Java has no direct test: on Linux the file behind
     * descriptor 2 says; elsewhere {@link System#console()} (a terminal on stdin and stdout) stands in.
     */
    static boolean stderrIsTerminal() {
        Path stderr = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(stderr)) {
                String target = Files.readSymbolicLink(stderr).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // fall through to the portable test
        }
        return System.console() != null;
    }
}
