package org.kabar.actors;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One entry of an {@link ActorDictionary}.
 *
 * @param name canonical name, as tables show it ("Antony Blinken", "United States")
 * @param type what kind of actor
 * @param description a short note for the reader ("US Secretary of State")
 * @param aliases surface forms matched in text, case-sensitively ("Blinken", "Amerika Serikat", "AS")
 * @param metonyms place names that stand for the actor only when metonyms are counted ("Washington")
 */
public record Actor(String name, Type type, String description, List<String> aliases, List<String> metonyms) {

    /** Kinds of actor; the label is what tables show. */
    public enum Type {
        PERSON, COUNTRY, ORGANISATION, PLACE;

        /** Lower-case label: person, country, organisation, place. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The type with this label, or {@code null} if there is none. */
        static Type ofLabel(String label) {
            for (Type type : values()) {
                if (type.label().equals(label)) return type;
            }
            return null;
        }
    }

    public Actor {
        aliases = List.copyOf(aliases);
        metonyms = List.copyOf(metonyms);
    }

    /** The name and the aliases: every form that names the actor outright. */
    public List<String> names() {
        return aliases.contains(name) ? aliases : Stream.concat(Stream.of(name), aliases.stream()).toList();
    }
}
