package org.kabar.notebook;

/**
 * The state of a long job as a progress bar, in plain text and in HTML, for a notebook output that
 * is updated in place while, for example, a large folder of articles loads.
 *
 * <pre>{@code
 * Progress bar = Progress.of("Loading articles", 1000);
 * bar.at(800).text()   // "Loading articles ████████████████░░░░ 800/1000 (80%)"
 * }</pre>
 *
 * <p>Immutable: {@link #at(long)} returns a new state. The output holds no time or rate, so the
 * finished bar a notebook keeps is the same on every run.
 */
public record Progress(String label, long done, long total, int cells) {
    private static final int DEFAULT_CELLS = 20;
    private static final String BAR_COLOR = "#0072b2";
    private static final String TRACK_COLOR = "#e3e6ea";

    /** A state of {@code done} of {@code total} steps, drawn with a text bar of {@code cells} characters. */
    public Progress {
        if (label == null) {
            throw new IllegalArgumentException("label must not be null");
        }
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative, was " + total);
        }
        if (done < 0 || done > total) {
            throw new IllegalArgumentException("done must be between 0 and " + total + ", was " + done);
        }
        if (cells < 1) {
            throw new IllegalArgumentException("cells must be at least 1, was " + cells);
        }
    }

    /** A job called {@code label} with {@code total} steps, none done yet. */
    public static Progress of(String label, long total) {
        return new Progress(label, 0, total, DEFAULT_CELLS);
    }

    /** The same job with {@code done} steps finished. */
    public Progress at(long done) {
        return new Progress(label, done, total, cells);
    }

    /** The same job drawn with a text bar of {@code cells} characters. */
    public Progress cells(int cells) {
        return new Progress(label, done, total, cells);
    }

    /** Finished steps in whole percent, rounded down so 100 means truly done; a job of no steps is done. */
    public int percent() {
        return total == 0 ? 100 : (int) (done * 100 / total);
    }

    /** For example {@code "Loading articles ████████████████░░░░ 800/1000 (80%)"}. */
    public String text() {
        int filled = total == 0 ? cells : (int) (done * cells / total);
        return label + " " + "█".repeat(filled) + "░".repeat(cells - filled) + " " + counts();
    }

    /** An escaped HTML snippet: the label, a bar whose width is the percentage, and the counts. */
    public String html() {
        return Html.openBlock("font-family:sans-serif;font-size:13px;margin:4px 0")
                + "<span>" + Html.escape(label) + "</span> "
                + "<span style=\"display:inline-block;width:240px;height:10px;vertical-align:middle;"
                + "background-color:" + TRACK_COLOR + "\">"
                + "<span style=\"display:block;height:10px;width:" + percent() + "%;"
                + "background-color:" + BAR_COLOR + "\"></span></span> "
                + "<span>" + counts() + "</span></div>";
    }

    @Override
    public String toString() {
        return text();
    }

    private String counts() {
        return done + "/" + total + " (" + percent() + "%)";
    }
}
