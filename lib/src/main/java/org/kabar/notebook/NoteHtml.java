package org.kabar.notebook;

/** One line of text shown in a notebook in place of a result, e.g. why a figure has nothing to draw; escaped, as all article text. */
public final class NoteHtml {
    private NoteHtml() {}

    /** The line as an HTML block that neither the browser nor MathJax reads as markup. */
    public static String of(String line) {
        return Html.openBlock("font-family:sans-serif;font-size:14px;color:#444444;margin:6px 0") + Html.escape(line) + "</div>";
    }
}
