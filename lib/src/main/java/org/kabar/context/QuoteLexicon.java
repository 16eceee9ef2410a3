package org.kabar.context;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kabar.text.ResourceFile;

/** The editable word lists quote attribution reads: reporting verbs and attribution words. */
final class QuoteLexicon {

    /** Where a reporting verb's speaker stands. */
    enum SpeakerSide { AFTER, BEFORE, PRONOUN }

    /** What a small word does to the speaker phrase around a verb. */
    enum Role { PRONOUN, ANAPHOR, SKIP, BOUNDARY, MODIFIED }

    private final Map<String, SpeakerSide> verbs;
    private final Map<String, Role> roles;

    QuoteLexicon(List<ResourceFile.Line> verbLines, List<ResourceFile.Line> wordLines) {
        this.verbs = parse(verbLines, SpeakerSide.class);
        this.roles = parse(wordLines, Role.class);
    }

    /** The side a verb's speaker stands on, or null when the word is no reporting verb. */
    SpeakerSide verb(String lowerCaseWord) {
        return verbs.get(lowerCaseWord);
    }

    /** The word's role, or null for an ordinary word. */
    Role role(String lowerCaseWord) {
        return roles.get(lowerCaseWord);
    }

    private static <E extends Enum<E>> Map<String, E> parse(List<ResourceFile.Line> lines, Class<E> kind) {
        Map<String, E> map = new HashMap<>();
        for (ResourceFile.Line line : lines) {
            String[] fields = line.text().split("\t");
            if (fields.length != 2) {
                throw line.error("expected a word and a " + kind.getSimpleName() + " separated by a tab");
            }
            try {
                map.put(fields[0].strip().toLowerCase(Locale.ROOT),
                        Enum.valueOf(kind, fields[1].strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw line.error("unknown " + kind.getSimpleName() + " '" + fields[1].strip() + "'");
            }
        }
        return map;
    }
}
