package org.kabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeadlinesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Harga Cabai Naik Menjelang Lebaran",
        "Pertemuan di Jenewa Berakhir Tanpa Kesepakatan (3)",
        "Menkeu: Subsidi Energi Bisa Bengkak Rp 198 Triliun",
        "\"Rumah Baru Aman, tapi Kebun Kami di Sini\": Dilema Warga",
    })
    void headlinesReadAsHeadlines(String line) {
        assertTrue(Headlines.readsAsHeadline(line));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Internasional",
        "Ekonomi Bisnis",
        "Baca berita tanpa iklan. Gabung Kompas.com+",
        "Baca berita tanpa iklan…",
        "Selasa, 12 Des 2023 22:41 WIB",
        "Warga mengantre di posko pengaduan di Kecamatan Cugenang (Fadli Ramdani/detikJabar)",
        "Warga melintas di depan rumah yang roboh di Cugenang. /Pikiran Rakyat/Hendi",
        "Menteri itu mengatakan bahwa dialog tetap berlanjut pekan depan.",
    })
    void residueCaptionsAndSentencesDoNot(String line) {
        assertFalse(Headlines.readsAsHeadline(line));
    }

    @Test
    void theLongestHeadlineLikeLineOfThePageHeadWins() {
        List<String> lines = List.of("Berita", "Politik dan Hukum", "",
                "KPU Matangkan Debat Cawapres Kedua, Tema Lingkungan hingga Masyarakat Adat", "Putri Anggraini",
                "Jakarta - Komisi Pemilihan Umum mematangkan persiapan debat keempat yang akan menghadirkan para "
                        + "calon wakil presiden di Jakarta Convention Center pekan depan.",
                "Sebuah Baris Pendek Sesudah Paragraf Pertama Yang Lebih Panjang Lagi Dari Judul Itu Sendiri");
        assertEquals(3, Headlines.find(lines));
    }

    @Test
    void noHeadlineLikeLineMeansNoHeadline() {
        assertEquals(-1, Headlines.find(List.of("Beranda", "WASHINGTON, KOMPAS.TV - Pejabat Amerika Serikat dan Rusia "
                + "akan menggelar pembicaraan keamanan pada 10 Januari tahun depan, kata juru bicara pemerintahan.")));
    }
}
