package org.kabar.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import org.kabar.text.InputException;

class SourcesTest {

    private static Table article(String rawText) {
        return Table.create("articles", StringColumn.create("id", "a"), StringColumn.create("period", "2021-12"),
                StringColumn.create("raw_text", rawText));
    }

    /** Each row as "source|cue|evidence". */
    private static List<String> rows(Table sources) {
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < sources.rowCount(); row++) {
            rows.add(sources.getString(row, "source") + "|" + sources.getString(row, "cue") + "|"
                    + sources.getString(row, "evidence"));
        }
        return rows;
    }

    @Test
    void longerCueWinsAndTheDateAfterTheNameIsNotPartOfIt() {
        Table sources = Sources.standard().find(article(
                "Pembicaraan digelar 10 Januari, kata juru bicara seperti dilansir Straits Times, Selasa, (28/12/2021)."));
        assertEquals(List.of("Straits Times|seperti dilansir {source}|seperti dilansir Straits Times"), rows(sources));
        assertEquals("foreign", sources.getString(0, "origin"));
    }

    @Test
    void sumberLineNamesEveryOutletAndKeepsDomesticOnesApart() {
        Table sources = Sources.standard().find(article("Pertemuan digelar OSCE.\nSumber : Kompas TV/France24\n"));
        assertEquals(List.of("Kompas TV|Sumber: {source}|Sumber : Kompas TV/France24",
                "France24|Sumber: {source}|Sumber : Kompas TV/France24"), rows(sources));
        assertEquals(List.of("domestic", "foreign"), sources.stringColumn("origin").asList());
    }

    @Test
    void photoCreditsNameTheAgencyNotThePhotographer() {
        Table sources = Sources.standard().find(article(
                "Blinken di Washington. (Foto: Reuters/Evelyn Hockstein)\nLavrov di Jenewa. Foto/Russia Today\n"
                        + "Psaki berbicara kepada awak media. (AFP)"));
        assertEquals(List.of("Reuters|Foto: {source}|Foto: Reuters", "RT|Foto/{source}|Foto/Russia Today",
                "AFP|({source})|(AFP)"), rows(sources));
    }

    @Test
    void anOutletNamedWithoutACueIsNoSource() {
        assertEquals(0, Sources.standard().find(article("Reuters melaporkan bahwa NATO (AS) bertemu.")).rowCount());
    }

    @Test
    void seedsNameTheirSourcesAsAReaderFindsThem() {
        Table sources = Sources.standard().find(SeedArticles.articles());
        List<String> actual = new ArrayList<>();
        for (int row = 0; row < sources.rowCount(); row++) {
            actual.add(sources.getString(row, "id").substring(0, 3) + " " + sources.getString(row, "source"));
        }
        assertEquals(List.of("000 Reuters", "001 Straits Times", "001 Kompas TV", "001 France24",
                "002 AP", "002 Voice of America", "003 RT", "003 NBC News",
                "004 AFP", "004 AFP", "004 AFP"), actual);
    }

    @Test
    void perPeriodCountsArticlesAndMentions() {
        Table summary = Sources.perPeriod(Sources.standard().find(SeedArticles.articles()));
        Table january = summary.where(summary.stringColumn("period").isEqualTo("2022-01"));
        assertEquals(List.of("AFP", "NBC News", "RT"), january.stringColumn("source").asList());
        assertEquals(List.of(1, 1, 1), january.intColumn("articles").asList());
        assertEquals(List.of(3, 1, 1), january.intColumn("mentions").asList());
        Table december = summary.where(summary.stringColumn("period").isEqualTo("2021-12"));
        assertEquals(List.of("AP", "France24", "Kompas TV", "Reuters", "Straits Times", "Voice of America"),
                december.stringColumn("source").asList());
    }

    @Test
    void cleanedTextAloneIsRejectedNamingTheMissingColumn() {
        Table cleanedOnly = Table.create("articles", StringColumn.create("id", "a"),
                StringColumn.create("period", "2021-12"), StringColumn.create("text", "Dilansir dari AFP."));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Sources.standard().find(cleanedOnly));
        assertEquals("articles table 'articles' has no column 'raw_text' (Sources reads the uncleaned text, where "
                + "credits and 'Sumber' lines survive; it has id, period, text)", error.getMessage());
    }

    @Test
    void userListsReplaceTheBundledOnes(@TempDir Path dir) throws IOException {
        Path cues = Files.writeString(dir.resolve("cues.txt"), "# mine\nmenurut {source}\n");
        Path outlets = Files.writeString(dir.resolve("outlets.tsv"), "Tempo\tdomestic\tTempo|Tempo.co\n");
        Table sources = Sources.load(cues, outlets).find(article("Menurut Tempo.co, rapat ditunda. Dilansir AFP."));
        assertEquals(List.of("Tempo|menurut {source}|Menurut Tempo.co"), rows(sources));
    }

    @Test
    void cueWithoutPlaceholderIsRejectedWithItsLine(@TempDir Path dir) throws IOException {
        Path cues = Files.writeString(dir.resolve("cues.txt"), "dilansir {source}\ndikutip dari\n");
        Path outlets = Files.writeString(dir.resolve("outlets.tsv"), "AFP\tforeign\tAFP\n");
        InputException error = assertThrows(InputException.class, () -> Sources.load(cues, outlets));
        assertEquals(cues + ":2: a cue needs {source} where the outlet's name stands", error.getMessage());
    }
}
