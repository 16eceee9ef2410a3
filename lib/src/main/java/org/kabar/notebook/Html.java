package org.kabar.notebook;

/** Escaping shared by the notebook renderers: everything they show is data, never markup. */
final class Html {
    private Html() {}

    /**
     * Escapes text for an HTML element or a quoted attribute. A dollar sign becomes an entity so
     * the markup itself holds no TeX delimiter; the renderers also mark their wrapper as ignored by
     * MathJax, because the browser decodes the entity before MathJax reads the text.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '$' -> out.append("&#36;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Opening tag of a block that MathJax leaves alone: JupyterLab 4 (MathJax 3) honours
     * {@code mathjax_ignore}, nbconvert's HTML pages (MathJax 2) honour {@code tex2jax_ignore}.
     */
    static String openBlock(String style) {
        return "<div class=\"tex2jax_ignore mathjax_ignore\" style=\"" + style + "\">";
    }
}
