package org.kabar.cli;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * The command line behind {@code ./kabar analyze}. Exit status: 0 on success, 1 when the input
 * cannot be used (the reason on one line of stderr), 2 for a malformed command.
 */
public final class Main {

    static final int OK = 0;
    static final int UNUSABLE_INPUT = 1;
    static final int USAGE = 2;

    static final String USAGE_LINE = "usage: kabar analyze FOLDER --out DIR [--metonyms] [--root none|snowball|sastrawi]"
            + " [--root-words FILE] [--stemmed] [--g2 two-term|four-term]"
            + " [--period week|month|quarter] [--compare PERIOD,PERIOD] [--no-progress]"
            + " [--text-column|--title-column|--date-column|--outlet-column|--url-column|--id-column|--language-column NAME]";

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, TerminalProgress.stderrIsTerminal()));
    }

    /** Runs a command without a progress bar; what {@link #main} does, without leaving the JVM. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, false);
    }

    /** Runs a command; with {@code errIsTerminal}, long jobs draw a progress bar on {@code err}. */
    static int run(String[] args, PrintStream out, PrintStream err, boolean errIsTerminal) {
        if (args.length == 0) {
            err.println(USAGE_LINE);
            return USAGE;
        }
        if (args[0].equals("analyze")) {
            return Analyze.run(Arrays.copyOfRange(args, 1, args.length), out, err, errIsTerminal);
        }
        err.println("kabar: unknown command \"" + args[0] + "\"; " + USAGE_LINE);
        return USAGE;
    }
}
