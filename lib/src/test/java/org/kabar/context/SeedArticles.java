package org.kabar.context;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.kabar.text.Tokens;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The five seed articles as the corpus loader and the actor finder will hand them over, built here
 * so these tests do not wait for those packages: the whole file serves as both {@code text} and
 * {@code raw_text}, and mentions come from a longest match over tokens with the dictionary below.
 */
final class SeedArticles {

    static final String BLINKEN = "Antony Blinken";
    static final String LAVROV = "Sergey Lavrov";
    static final String DONFRIED = "Karen Donfried";
    static final String BIDEN = "Joe Biden";
    static final String PSAKI = "Jen Psaki";
    static final String NYKYFOROV = "Sergiy Nykyforov";
    static final String US = "Amerika Serikat";
    static final String WHITE_HOUSE = "Gedung Putih";

    /** Alias → {actor, type}. "pemerintahan Biden" is the US government, not Biden himself. */
    private static final Map<String, String[]> DICTIONARY = Map.ofEntries(
            entry("Menteri Luar Negeri AS Antony Blinken", BLINKEN, "person"),
            entry("Menteri Luar Negeri AS Anthony Blinken", BLINKEN, "person"),
            entry("Antony Blinken", BLINKEN, "person"),
            entry("Blinken", BLINKEN, "person"),
            entry("Sergey Lavrov", LAVROV, "person"),
            entry("Sergei Lavrov", LAVROV, "person"),
            entry("Lavrov", LAVROV, "person"),
            entry("Karen Donfried", DONFRIED, "person"),
            entry("Donfried", DONFRIED, "person"),
            entry("Joe Biden", BIDEN, "person"),
            entry("Biden", BIDEN, "person"),
            entry("Vladimir Putin", "Vladimir Putin", "person"),
            entry("Putin", "Vladimir Putin", "person"),
            entry("Jen Psaki", PSAKI, "person"),
            entry("Sergiy Nykyforov", NYKYFOROV, "person"),
            entry("Volodymyr Zelensky", "Volodymyr Zelensky", "person"),
            entry("Dmytro Kuleba", "Dmytro Kuleba", "person"),
            entry("Wendy Sherman", "Wendy Sherman", "person"),
            entry("Sherman", "Wendy Sherman", "person"),
            entry("Sergei Ryabkov", "Sergei Ryabkov", "person"),
            entry("Kamala Harris", "Kamala Harris", "person"),
            entry("Amerika Serikat", US, "country"),
            entry("AS", US, "country"),
            entry("pemerintahan Biden", US, "country"),
            entry("Rusia", "Rusia", "country"),
            entry("Ukraina", "Ukraina", "country"),
            entry("Prancis", "Prancis", "country"),
            entry("Jerman", "Jerman", "country"),
            entry("NATO", "NATO", "organisation"),
            entry("OSCE", "OSCE", "organisation"),
            entry("Gedung Putih", WHITE_HOUSE, "organisation"),
            entry("Kremlin", "Kremlin", "organisation"),
            entry("Moskow", "Moskow", "place"),
            entry("Washington", "Washington", "place"),
            entry("Eropa", "Eropa", "place"),
            entry("Kiev", "Kiev", "place"));

    private static final Map<String, String> PERIODS = Map.of(
            "000_5846704a53bdb84e", "2021-12", "001_033e7a7d67a195c4", "2021-12",
            "002_c6336f8cebf4cd51", "2021-12", "003_8f6edb80083b182d", "2022-01",
            "004_e868b1205f427ac5", "2022-01");

    private SeedArticles() {}

    private static Map.Entry<String, String[]> entry(String alias, String actor, String type) {
        return Map.entry(alias, new String[] {actor, type});
    }

    /** id | period | text | raw_text, in id order. */
    static Table articles() {
        StringColumn ids = StringColumn.create("id");
        StringColumn periods = StringColumn.create("period");
        StringColumn texts = StringColumn.create("text");
        PERIODS.keySet().stream().sorted().forEach(id -> {
            ids.append(id);
            periods.append(PERIODS.get(id));
            texts.append(read(id));
        });
        return Table.create("seeds", ids, periods, texts, texts.copy().setName("raw_text"));
    }

    static String read(String id) {
        try {
            return Files.readString(Path.of("..", "seeds", id + ".txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** id | period | actor | type | sentence | position | surface, by greedy longest match over tokens. */
    static Table mentions(Table tokens) {
        int longest = DICTIONARY.keySet().stream().mapToInt(a -> a.split(" ").length).max().orElseThrow();
        Table mentions = Table.create("mentions", StringColumn.create("id"), StringColumn.create("period"),
                StringColumn.create("actor"), StringColumn.create("type"), IntColumn.create("sentence"),
                IntColumn.create("position"), StringColumn.create("surface"));
        int row = 0;
        while (row < tokens.rowCount()) {
            int matched = 0;
            for (int length = longest; length >= 1 && matched == 0; length--) {
                String candidate = joined(tokens, row, length);
                if (candidate != null && DICTIONARY.containsKey(candidate)) {
                    String[] actor = DICTIONARY.get(candidate);
                    mentions.stringColumn("id").append(tokens.getString(row, "id"));
                    mentions.stringColumn("period").append(tokens.getString(row, "period"));
                    mentions.stringColumn("actor").append(actor[0]);
                    mentions.stringColumn("type").append(actor[1]);
                    mentions.intColumn("sentence").append(tokens.intColumn("sentence").getInt(row));
                    mentions.intColumn("position").append(tokens.intColumn("position").getInt(row));
                    mentions.stringColumn("surface").append(candidate);
                    matched = length;
                }
            }
            row += Math.max(matched, 1);
        }
        return mentions;
    }

    /** Surface tokens row..row+length−1 joined with spaces, or null past the sentence's end. */
    private static String joined(Table tokens, int row, int length) {
        if (row + length > tokens.rowCount()) {
            return null;
        }
        List<String> parts = new java.util.ArrayList<>();
        for (int i = row; i < row + length; i++) {
            boolean sameSentence = tokens.getString(i, "id").equals(tokens.getString(row, "id"))
                    && tokens.intColumn("sentence").getInt(i) == tokens.intColumn("sentence").getInt(row);
            if (!sameSentence) {
                return null;
            }
            parts.add(tokens.getString(i, "token"));
        }
        return String.join(" ", parts);
    }

    static Table tokens() {
        return Tokens.of(articles());
    }
}
