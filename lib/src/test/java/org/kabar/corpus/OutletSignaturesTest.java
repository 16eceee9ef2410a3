package org.kabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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
        "Kompas.com    | JAKARTA, KOMPAS.com - Presiden Joko Widodo menerima tamu.               | KOMPAS.com -",
        "Antara        | Jakarta (ANTARA) - Menteri Luar Negeri Retno Marsudi berkata.          | (ANTARA) -",
        "Tempo         | TEMPO.CO, Jakarta - Kementerian Luar Negeri menyatakan.                 | TEMPO.CO,",
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
                OutletSignatures.fromFile(file).identify("Baca berita lain di kabarkampus.id setiap hari."));
    }
}
