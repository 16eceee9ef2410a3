package org.kabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabar.text.InputException;
import org.kabar.text.SeedArticles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutletSignaturesTest {

    private final OutletSignatures signatures = OutletSignatures.standard();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "VOA Indonesia | Putin belum memutuskan apakah akan melancarkan serangan. [jm/my]         | [jm/my]",
        "Kompas TV     | WASHINGTON, KOMPAS.TV - Pejabat Amerika Serikat dan Rusia akan bertemu.  | KOMPAS.TV -",
        "Kompas TV     | Gabung ke Channel WhatsApp KompasTV untuk update berita terbaru.        | Channel WhatsApp KompasTV",
        "MINA          | Mi’raj News Agency (MINA)                                               | Mi’raj News Agency",
        "MINA          | Moskow, MINA – Menteri Luar Negeri Rusia Sergey Lavrov mengatakan.      | , MINA –",
        "SINDOnews     | Dapatkan berita terkini dan kejutan menarik dari SINDOnews.com, Klik Disini | SINDOnews.com",
        "Kompas.com    | JAKARTA, KOMPAS.com - Presiden Joko Widodo menerima tamu.               | JAKARTA, KOMPAS.com -",
        "Antara        | Jakarta (ANTARA) - Menteri Luar Negeri Retno Marsudi berkata.          | Jakarta (ANTARA) -",
        "Tempo         | TEMPO.CO, Jakarta - Kementerian Luar Negeri menyatakan.                 | TEMPO.CO, Jakarta -",
    })
    void namesTheOutletFromItsOwnSignature(String outlet, String text, String evidence) {
        assertEquals(new OutletSignatures.Outlet(outlet, evidence), signatures.identify(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Lavrov berkata dalam wawancara dengan stasiun TV Rusia RT dikutip Voice of America.",
        "Sumber : Kompas TV/France24",
        "Washington: Amerika Serikat dan sekutunya di Eropa mengkoordinasikan sikap mereka. (WIL)",
        "Sebuah foto dari arsip (ANTARA) yang diambil tahun lalu.",
    })
    void citationsAndUnsignedTextGiveUnknown(String text) {
        assertEquals(new OutletSignatures.Outlet(OutletSignatures.UNKNOWN, ""), signatures.identify(text));
    }

    @Test
    void everyMatchOfAFormIsALineItsShapeAdmits() {
        // The edges of each shape: white space beyond ASCII, a dateline broken across lines, letters
        // beyond the BMP (two characters each) up to a city's 31, names written with other cases
        // (KELVIN SIGN for K, long s for s), a byline's 61 letters, indents.
        String bold = "\uD835\uDC09" + "\uD835\uDC1A".repeat(30);   // 31 mathematical bold letters, capital first
        List<String> texts = new ArrayList<>(List.of(
                "JAKARTA,\n\n  KOMPAS.com - Isi.\nJakarta\u00A0(\u2003ANTARA\u3000) - Isi.",
                bold + ", KOMPAS.com - Isi berita.\n" + bold + "\u00A0(ANTARA) - Isi.",
                "Jakarta, \u212Aompas.com - Isi.\nSemarang, \u017Fuara.com - Isi.",
                "A" + "b".repeat(30) + ", Kompas.com - Isi.\n" + "M" + "a".repeat(60) + " - detikNews\nIsi.",
                "Maulana Ekaputra\n- detikNews\nIsi.\nTim Redaksi | Kompas.com\n",
                bold + "\uD835\uDC1A".repeat(30) + " - detikNews\nIsi.",                 // a byline of 61 such letters
                " \tLiputan6.com, Jakarta - Isi.\nTEMPO.CO,\nJakarta - Isi.\nANTARA - Isi.\nSuara.com - Isi.",
                "SEMARANG, warta-kota.id - Isi.\nwarta-kota.id, Semarang - Isi.\n\tBogor,\u2028berita-bogor.co.id: Isi.",
                // Credits and prompts to follow, their first letters in other cases; mastheads on the first and the 13th line.
                "Isi.\n© 2024 Kompas.com\nHak cipta\u2028dimiliki Tempo\n(c) ANTARA\n\u212Aunjungi laman Kompas.com\n"
                        + "\u0130kuti berita Suara.com\n\u017Fimak berita di Tempo.co\nBergabung dengan saluran Tempo",
                "Kompas.com\nJudul\nIsi.",
                "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n  Kompas.com\nIsi."));
        SeedArticles.seedAndTestCorpusFiles().forEach(file -> texts.add(SeedArticles.read(file)));
        int matched = 0;
        for (String text : texts) {
            assertEquals(List.of(), signatures.shapeMisses(text), text.substring(0, Math.min(80, text.length())));
            if (signatures.identify(text).isKnown()) matched++;
        }
        assertTrue(texts.size() > 100 && matched > 50, texts.size() + " texts, " + matched + " with an outlet");
    }

    @Test
    void signaturesOfTwoOutletsGiveUnknownAndNameBoth() {
        OutletSignatures.Outlet outlet =
                signatures.identify("WASHINGTON, KOMPAS.TV - Pejabat AS berbicara.\nDapatkan berita dari SINDOnews.com");
        assertFalse(outlet.isKnown());
        assertEquals("signatures of several outlets: Kompas TV (\"KOMPAS.TV -\"), SINDOnews (\"SINDOnews.com\")",
                outlet.evidence());
    }

    @Test
    void signaturesFromAUsersFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("outlets.txt");
        Files.writeString(file, "# my outlets\nKabar Kampus\t\\bkabarkampus\\.id\\b\n", StandardCharsets.UTF_8);
        assertEquals(new OutletSignatures.Outlet("Kabar Kampus", "kabarkampus.id"),
                OutletSignatures.load(file).identify("Baca berita lain di kabarkampus.id setiap hari."));
    }

    @Test
    void aBadLineInAUsersFileNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("outlets.txt");
        Files.writeString(file, "# my outlets\nKabar Kampus\t(kabarkampus\\.id\n", StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> OutletSignatures.load(file));
        assertEquals(file + ":2: not a valid regular expression (Unclosed group)", e.getMessage());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Liputan6.com     | Liputan6.com, Jakarta - Harga cabai naik di pasar induk.                    | Liputan6.com,",
        "CNN Indonesia    | Jakarta, CNN Indonesia -- Harga cabai naik di pasar induk.                  | Jakarta, CNN Indonesia --",
        "iNews.id         | SURABAYA, iNews.id - Harga cabai naik di pasar induk.                       | SURABAYA, iNews.id -",
        "Republika        | REPUBLIKA.CO.ID, BANDUNG -- Harga cabai naik di pasar induk.                | REPUBLIKA.CO.ID, BANDUNG --",
        "Pikiran Rakyat   | PIKIRAN RAKYAT - Harga cabai naik di pasar induk.                           | PIKIRAN RAKYAT -",
        "detikcom         | Harga Cabai Naik\\nRini Lestari - detikNews\\nJakarta - Harga naik lagi.     | Rini Lestari - detikNews",
        "Tribunnews.com   | Harga cabai naik.\\nArtikel ini telah tayang di Tribunnews.com dengan judul | Artikel ini telah tayang di Tribunnews.com",
        "Antara           | Harga cabai naik di pasar induk.\\nCopyright © ANTARA 2024                   | Copyright © ANTARA",
        "Kumparan         | kumparanBISNIS\\nHarga Cabai Naik\\nPantauan kumparan di pasar induk.        | kumparanBISNIS",
        "warta-desa.id    | SEMARANG, warta-desa.id - Harga cabai naik di pasar induk.                  | SEMARANG, warta-desa.id -",
        "KABARKITA.CO.ID  | KABARKITA.CO.ID, MEDAN – Harga cabai naik di pasar induk.                   | KABARKITA.CO.ID, MEDAN –",
    })
    void generalFormsNameListedAndUnlistedOutlets(String outlet, String text, String evidence) {
        assertEquals(new OutletSignatures.Outlet(outlet, evidence), signatures.identify(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Harga cabai naik, seperti dilansir Reuters, Senin.",
        "Harga cabai naik, seperti dikutip dari Kompas.com, Senin.",
        "Harga cabai naik, menurut laporan detik.com pekan lalu.",
        "Kepala pasar mengatakan harga naik. Sumber: Antara",
    })
    void aCitedOutletStaysASource(String text) {
        assertEquals(OutletSignatures.UNKNOWN, signatures.identify(text).name());
    }

    @Test
    void aDatelineOutranksACreditOfAnotherOutlet() {
        assertEquals("Tribunnews.com", signatures.identify("TRIBUNNEWS.COM, JAKARTA - Harga naik.\n"
                + "Artikel ini telah tayang di Kompas.com dengan judul \"Harga Naik\"").name());
    }

    @Test
    void namesAndDomainsMapToTheListedName() {
        assertEquals("Antara", signatures.canonical("ANTARA"));
        assertEquals("Kompas.com", signatures.canonical("www.kompas.com"));
        assertEquals("detikcom", signatures.canonical("https://news.detik.com/berita/d-123/judul"));
        assertEquals("Warta Kampung", signatures.canonical("Warta Kampung"));
        assertEquals(new OutletSignatures.Outlet("Tempo", "domain of the url https://nasional.tempo.co/read/1/x"),
                signatures.fromUrl("https://nasional.tempo.co/read/1/x").orElseThrow());
        assertEquals("berita-kita.net", signatures.fromUrl("http://www.berita-kita.net/2024/02/14/a").orElseThrow().name());
    }
}
