package org.kabar.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * A web page saved from a browser, read as one article: its main text without navigation, ads,
 * related links, footers and scripts (Readability4J, a port of Mozilla's Readability, picks the
 * main text; jsoup parses), as paragraphs separated by blank lines, so the same cleaning and
 * audit as for a text file apply. Metadata the page declares:
 * <ul>
 *   <li>headline: JSON-LD {@code headline}, {@code og:title}, {@code twitter:title}, the first
 *       {@code <h1>}, then {@code <title>}; a " - Site" or " | Site" tail naming the site is cut,
 *       and a title that is only the site's name is no headline;</li>
 *   <li>published: {@code article:published_time}, JSON-LD {@code datePublished}, the common
 *       {@code <meta name>} dates ({@code pubdate}, {@code publishdate}, {@code date}, ...), then
 *       the first {@code <time datetime>};</li>
 *   <li>outlet: {@code og:site_name}, then JSON-LD {@code publisher.name} (the loader falls back
 *       on the page's domain);</li>
 *   <li>url: {@code og:url}, then {@code <link rel="canonical">}; language: {@code <html lang>}.</li>
 * </ul>
 */
final class SavedPage {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> DATE_META = List.of("article:published_time", "og:published_time",
            "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date",
            "dc.date.issued", "dcterms.date", "content_publisheddate", "parsely-pub-date", "sailthru.date",
            "article_date_original", "dtk:publishdate");
    private static final List<String> BLOCKS = List.of("p", "div", "section", "article", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "figure", "figcaption", "table", "tr", "header",
            "footer", "main", "aside", "dl", "dt", "dd");

    private SavedPage() {}

    static ArticleFiles.FileRead read(String id, byte[] bytes) throws ArticleDecoder.Unreadable {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new ArticleDecoder.Unreadable("not a readable HTML page (" + e.getMessage() + ")");
        }
        Map<String, ArticleFiles.Given> given = new LinkedHashMap<>();
        List<JsonNode> linkedData = linkedData(page);
        String siteName = firstNonBlank(meta(page, "og:site_name"), ld(linkedData, "publisher"));
        put(given, "outlet", meta(page, "og:site_name"), "page og:site_name");
        put(given, "outlet", ld(linkedData, "publisher"), "page JSON-LD publisher");
        put(given, "url", meta(page, "og:url"), "page og:url");
        put(given, "url", page.select("link[rel=canonical]").attr("href"), "page canonical link");
        put(given, "language", page.select("html").attr("lang"), "page <html lang>");
        for (String name : DATE_META) put(given, "published", meta(page, name), "page " + name);
        put(given, "published", ld(linkedData, "datePublished"), "page JSON-LD datePublished");
        put(given, "published", page.select("time[datetime]").attr("datetime"), "page <time>");
        putHeadline(given, ld(linkedData, "headline"), "page JSON-LD headline", siteName);
        putHeadline(given, meta(page, "og:title"), "page og:title", siteName);
        putHeadline(given, meta(page, "twitter:title"), "page twitter:title", siteName);
        Element h1 = page.selectFirst("h1");
        putHeadline(given, h1 == null ? "" : h1.text(), "page <h1>", siteName);
        putHeadline(given, page.title(), "page <title>", siteName);

        String url = given.containsKey("url") ? given.get("url").value() : "";
        Article article = new Readability4J(url.isEmpty() ? "http://localhost/" : url, page.clone()).parse();
        Element content = article.getArticleContent();
        String text = content == null ? "" : paragraphs(content);
        List<String> notes = new ArrayList<>();
        if (text.isBlank()) {
            page.select("script, style, noscript, nav, header, footer, aside, form, iframe").remove();
            text = paragraphs(page.body());
            notes.add("no main text found; the whole page text is read");
        } else {
            notes.add("main text by Readability4J");
        }
        if (text.isBlank()) throw new ArticleDecoder.Unreadable("a web page without text");
        String headline = given.containsKey("headline") ? given.get("headline").value() : "";
        if (!headline.isEmpty()) text = withoutLeadingHeadline(text, headline);
        return new ArticleFiles.FileRead(null, List.of(), List.of(new ArticleFiles.Document(id, 0, text, given,
                Map.of(), notes, List.of())), List.of());
    }

    /** The page's text with a blank line between blocks and a line break at each {@code <br>}. */
    static String paragraphs(Element root) {
        StringBuilder out = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (tag.equals("br")) out.append('\n');
                    else if (BLOCKS.contains(tag)) out.append("\n\n");
                    if (tag.equals("script") || tag.equals("style")) element.empty();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) out.append("\n\n");
            }
        });
        List<String> lines = new ArrayList<>();
        boolean blank = true;
        for (String line : out.toString().replace('\u00A0', ' ').split("\n")) {
            String stripped = line.strip().replaceAll("[ \\t]+", " ");
            if (stripped.isEmpty()) {
                if (!blank) lines.add("");
                blank = true;
            } else {
                lines.add(stripped);
                blank = false;
            }
        }
        return String.join("\n", lines).strip();
    }

    /** The text without a first line that repeats the headline (Readability keeps a title inside the article). */
    private static String withoutLeadingHeadline(String text, String headline) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        if (!normalise(first).equals(normalise(headline))) return text;
        return end < 0 ? "" : text.substring(end + 1).strip();
    }

    private static void putHeadline(Map<String, ArticleFiles.Given> given, String title, String from, String siteName) {
        String headline = withoutSiteTail(title.strip(), siteName);
        if (headline.isEmpty() || !siteName.isEmpty() && normalise(headline).equals(normalise(siteName))) return;
        put(given, "headline", headline, from);
    }

    /** "Judul Berita - Kompas.com" is "Judul Berita" when the tail is the site's name or domain. */
    private static String withoutSiteTail(String title, String siteName) {
        for (String separator : List.of(" | ", " - ", " – ", " — ", " : ")) {
            int at = title.lastIndexOf(separator);
            if (at <= 0) continue;
            String tail = normalise(title.substring(at + separator.length()));
            String site = normalise(siteName);
            if (!site.isEmpty() && (tail.contains(site) || site.contains(tail))) return title.substring(0, at).strip();
        }
        return title;
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static void put(Map<String, ArticleFiles.Given> given, String field, String value, String from) {
        if (value == null || value.isBlank() || given.containsKey(field)) return;
        given.put(field, new ArticleFiles.Given(value.strip(), from));
    }

    private static String meta(Document page, String name) {
        for (Element meta : page.select("meta[content]")) {
            String key = firstNonBlank(meta.attr("property"), meta.attr("name"), meta.attr("itemprop"));
            if (key.equalsIgnoreCase(name) && !meta.attr("content").isBlank()) return meta.attr("content");
        }
        return "";
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) return value.strip();
        }
        return "";
    }

    /** The JSON-LD objects of the page that describe an article, {@code @graph} entries included. */
    private static List<JsonNode> linkedData(Document page) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), found);
            } catch (JsonProcessingException e) {
                // A broken JSON-LD block is the page's fault; the other metadata still counts.
            }
        }
        return found;
    }

    private static void collect(JsonNode node, List<JsonNode> found) {
        if (node == null) return;
        if (node.isArray()) {
            for (JsonNode item : node) collect(item, found);
        } else if (node.isObject()) {
            if (node.has("@graph")) collect(node.get("@graph"), found);
            String type = node.path("@type").toString().toLowerCase(Locale.ROOT);
            if (type.contains("article") || type.contains("posting")) found.add(node);
        }
    }

    private static String ld(List<JsonNode> objects, String field) {
        for (JsonNode object : objects) {
            JsonNode value = object.get(field);
            if (value == null) continue;
            if (value.isObject()) value = value.get("name");
            if (value != null && value.isArray() && !value.isEmpty()) value = value.get(0);
            if (value != null && value.isObject()) value = value.get("name");
            if (value != null && value.isValueNode() && !value.asText().isBlank()) return value.asText();
        }
        return "";
    }
}
