package org.kabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class SavedPageTest {

    private static final String PARAGRAPHS = "<p>Menteri Keuangan mengatakan subsidi energi bisa membengkak jika harga "
            + "bahan bakar tidak disesuaikan dalam waktu dekat, menurut perhitungan terbaru kementerian.</p>"
            + "<p>Ia menambahkan bahwa pemerintah masih menghitung dampak penyesuaian harga terhadap inflasi dan daya "
            + "beli masyarakat, terutama kelompok rentan di perkotaan.</p>"
            + "<p>Ekonom dari sebuah universitas negeri menilai bantalan sosial perlu disiapkan lebih dulu sebelum "
            + "harga baru diumumkan kepada publik.</p>";

    @TempDir
    Path folder;

    @Test
    void jsonLdGivesHeadlineDateAndPublisherAndTheTitleTailIsCut() throws IOException {
        Files.writeString(folder.resolve("a.html"), "<html><head><title>Subsidi Energi Bisa Membengkak | Warta Kota Kita</title>"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2022-08-23T19:05:00+07:00\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Warta Kota Kita\"}}]}"
                + "</script></head><body><nav><a href=\"/\">Beranda</a> <a href=\"/ekonomi\">Ekonomi</a></nav><article>"
                + PARAGRAPHS + "</article><footer>Pedoman Media Siber</footer></body></html>", StandardCharsets.UTF_8);
        Table articles = Corpus.load(folder).articles();
        assertEquals("Subsidi Energi Bisa Membengkak", articles.stringColumn("headline").get(0));
        assertEquals(LocalDate.of(2022, 8, 23), articles.dateColumn("published").get(0));
        assertEquals("page", articles.stringColumn("date_basis").get(0));
        assertEquals("Warta Kota Kita", articles.stringColumn("outlet").get(0));
        assertEquals("page JSON-LD publisher: \"Warta Kota Kita\"", articles.stringColumn("outlet_evidence").get(0));
        assertEquals(3, articles.stringColumn("text").get(0).split("\n\n").length);
    }

    @Test
    void theDomainOfTheCanonicalUrlNamesTheOutletAndTheUrlItsDate() throws IOException {
        Files.writeString(folder.resolve("b.htm"), "<html><head><link rel=\"canonical\" "
                + "href=\"https://money.kompas.com/read/2022/08/23/190500126/subsidi\"></head><body><h1>Subsidi Energi Bisa "
                + "Membengkak</h1>" + PARAGRAPHS + "</body></html>", StandardCharsets.UTF_8);
        Table articles = Corpus.load(folder).articles();
        assertEquals("Kompas.com", articles.stringColumn("outlet").get(0));
        assertEquals(LocalDate.of(2022, 8, 23), articles.dateColumn("published").get(0));
        assertEquals("url", articles.stringColumn("date_basis").get(0));
        assertEquals("Subsidi Energi Bisa Membengkak", articles.stringColumn("headline").get(0));
        assertEquals("https://money.kompas.com/read/2022/08/23/190500126/subsidi", articles.stringColumn("url").get(0));
    }

    @Test
    void markupInTheTextIsTextNotMarkup() throws IOException {
        Files.writeString(folder.resolve("c.html"), "<html><head><meta property=\"og:title\" content=\"Judul &lt;b&gt;Tebal&lt;/b&gt; Ini\">"
                + "</head><body><article>" + PARAGRAPHS.replace("daya beli", "&lt;script&gt;alert(1)&lt;/script&gt; daya beli")
                + "</article></body></html>", StandardCharsets.UTF_8);
        Table articles = Corpus.load(folder).articles();
        assertEquals("Judul <b>Tebal</b> Ini", articles.stringColumn("headline").get(0));
        assertEquals(true, articles.stringColumn("text").get(0).contains("<script>alert(1)</script> daya beli"));
    }
}
