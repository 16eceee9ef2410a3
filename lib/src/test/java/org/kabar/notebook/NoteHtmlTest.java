package org.kabar.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NoteHtmlTest {

    @Test
    void theLineIsEscapedText() {
        assertEquals("<div class=\"tex2jax_ignore mathjax_ignore\" style=\"font-family:sans-serif;font-size:14px;"
                + "color:#444444;margin:6px 0\">No article mentions &lt;script&gt; for &#36;5</div>",
                NoteHtml.of("No article mentions <script> for $5"));
    }
}
