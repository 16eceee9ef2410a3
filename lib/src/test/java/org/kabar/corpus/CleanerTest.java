package org.kabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kabar.text.InputException;

class CleanerTest {

    private static final String REPORTING = "Rusia telah mengerahkan 100 ribu pasukan di perbatasan.";

    private final Cleaner cleaner = Cleaner.standard();

    /** The rule that removed {@code line} whole when it stands between two reporting lines. */
    private String ruleRemovingWholeLine(String line) {
        Cleaner.Result result = cleaner.clean(REPORTING + "\n" + line + "\n" + REPORTING);
        assertEquals(List.of(REPORTING, REPORTING), result.keptLines(), "kept lines for: " + line);
        assertEquals(1, result.removals().size(), "removals for: " + line);
        Cleaner.Removal removal = result.removals().get(0);
        assertEquals(2, removal.lineNumber());
        assertEquals(line.strip(), removal.removed());
        return removal.rule();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "BACA JUGA: Putin Resmikan Kapal Selam Baru Bertenaga Nuklir Rusia | cross-link",
        "Baca Juga: AS Siapkan Hukuman jika Rusia Serang Ukraina            | cross-link",
        "Baca:  NATO Tolak Permintaan Rusia Soal Perluasan Pengaruh Militer | cross-link",
        "Lihat juga: Harga Minyak Naik                                      | cross-link",
        "Artikel Terkait: Biden dan Putin Bicara Lewat Telepon              | cross-link",
        "Menteri itu di Washington, pada 21 Desember 2021. (Foto: Reuters/Evelyn Hockstein) | photo-caption",
        "Blinken bertemu Lavrov di Jenewa, Jumat (21/1/2022). Foto/Russia Today | photo-caption",
        "Foto: AP                                                           | photo-caption",
        "Ilustrasi: bendera NATO                                            | photo-caption",
        "Gabung ke Channel WhatsApp KompasTV untuk update berita terbaru dan terpercaya. | social-prompt",
        "Ikuti saluran WhatsApp Kantor Berita MINA untuk dapatkan berita terbaru. Klik disini. | social-prompt",
        "Dapatkan berita terkini dan kejutan menarik dari SINDOnews.com, Klik Disini! | social-prompt",
        "Dapatkan berita terbaru dari kami Ikuti langkah ini untuk mendapatkan notifikasi | social-prompt",
        "Simak berita lainnya di Google News                                | social-prompt",
        "Follow                                                             | social-prompt",
        "unblock notif                                                      | social-prompt",
        "tulis komentar anda                                                | comment-prompt",
        "LEAVE A COMMENT                                                    | comment-prompt",
        "Bagaimana tanggapan anda mengenai artikel ini?                     | comment-prompt",
        "LOADING                                                            | site-widget",
        "Video Rekomendasi                                                  | site-widget",
        "Berita Terkait                                                     | site-widget",
        "Rekomendasi                                                        | site-widget",
        "Terpopuler                                                         | site-widget",
        "Berita Terkini More                                                | site-widget",
        "ADVERTISEMENT                                                      | site-widget",
        "Wartawan: sajadi                                                   | byline",
        "Editor: Ismet Rauf                                                 | byline",
        "Sumber : Kompas TV/France24                                        | byline",
        "Penulis: Rina Ayu                                                  | byline",
        "Marcheilla Ariesta • 12 Januari 2022 13:16                         | byline",
        "Mi’raj News Agency (MINA)                                          | byline",
        "Jum'at, 21 Januari 2022 - 19:21 WIB                                | dateline",
        "(WIL)                                                              | sign-off",
        "(ian)                                                              | sign-off",
        "[jm/my]                                                            | sign-off",
        "(T/RE1/P1)                                                         | sign-off",
    })
    void removesWhatIsNotReporting(String line, String rule) {
        assertEquals(rule, ruleRemovingWholeLine(line));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "AS mungkin menyerang Ukraina tahun depan. [jm/my]          | AS mungkin menyerang Ukraina tahun depan.       | [jm/my]",
        "“… bebas dari campur tangan pihak luar,” ujarnya. (T/RE1/P1) | “… bebas dari campur tangan pihak luar,” ujarnya. | (T/RE1/P1)",
    })
    void signOffClosingTheLastParagraphIsCutFromIt(String line, String kept, String signOff) {
        Cleaner.Result result = cleaner.clean(line);
        assertEquals(List.of(kept), result.keptLines());
        assertEquals(List.of(new Cleaner.Removal(1, signOff, "sign-off")), result.removals());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Ia juga membaca juga laporan itu: tidak ada kemajuan.",
        "Organisasi untuk Keamanan dan Kerja Sama di Eropa (OSCE) akan menjadi tuan rumah.",
        "Pertemuan AS-Rusia Nihil Kesepakatan",
        "Presiden Joe Biden mendapat kecaman karena membuat perbedaan antara \"serangan kecil\" dan serangan besar.",
        "Biden ikuti pertemuan itu lewat telepon dari Delaware.",
        "Follow-up pembicaraan akan diadakan di Brussel.",
        "Wartawan bertanya: apakah ada kemajuan?",
    })
    void keepsReporting(String line) {
        Cleaner.Result result = cleaner.clean(line);
        assertEquals(List.of(line), result.keptLines());
        assertEquals(List.of(), result.removals());
    }

    @Test
    void captionPrintedTwiceIsRemovedInBothCopies() {
        String caption = "Juru bicara Gedung Putih Jen Psaki berbicara kepada awak media. (AFP)";
        Cleaner.Result result = cleaner.clean(caption + "\n" + caption + "\n\nJelang Dialog NATO-Rusia");
        assertEquals(List.of("", "Jelang Dialog NATO-Rusia"), result.keptLines());
        assertEquals(List.of(new Cleaner.Removal(1, caption, Cleaner.REPEATED_LINE),
                new Cleaner.Removal(2, caption, Cleaner.REPEATED_LINE)), result.removals());
    }

    @Test
    void rulesFromAUsersFileReplaceTheShippedOnes(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules.txt");
        Files.writeString(rules, "# my outlet\npromo\t^\\s*Langganan sekarang!\\s*$\n", StandardCharsets.UTF_8);
        Cleaner.Result result = Cleaner.load(rules).clean("Langganan sekarang!\nBACA JUGA: x");
        assertEquals(List.of("BACA JUGA: x"), result.keptLines());
        assertEquals("promo", result.removals().get(0).rule());
    }

    @Test
    void aRuleSeesTextThatAnEarlierRemovalJoined(@TempDir Path dir) throws IOException {
        // "Baca juga" is nowhere in the article until the tag between "Baca" and "juga" goes; the
        // second rule must still be tried on that line.
        Path rules = dir.resolve("rules.txt");
        Files.writeString(rules, "tag\t\\[iklan\\]\ncross-link\tBaca juga: .*$\n", StandardCharsets.UTF_8);
        Cleaner.Result result = Cleaner.load(rules).clean("Harga naik.\nBaca[iklan] juga: Harga turun\nHarga tetap.");
        assertEquals(List.of("Harga naik.", "Harga tetap."), result.keptLines());
        assertEquals(List.of(new Cleaner.Removal(2, "[iklan]", "tag"),
                new Cleaner.Removal(2, "Baca juga: Harga turun", "cross-link")), result.removals());
    }

    @Test
    void badRuleNamesItsFileAndLine(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules.txt");
        Files.writeString(rules, "# header\nbroken\t(unclosed\n", StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> Cleaner.load(rules));
        assertEquals(rules + ":2: not a valid regular expression (Unclosed group)", e.getMessage());
    }

    @Test
    void ruleWithoutATabNamesItsFileAndLine(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules.txt");
        Files.writeString(rules, "broken ^x$\n", StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> Cleaner.load(rules));
        assertEquals(rules + ":1: expected a name, a tab, then a value", e.getMessage());
    }
}
