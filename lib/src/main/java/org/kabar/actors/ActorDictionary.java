package org.kabar.actors;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kabar.corpus.CorpusLoader;
import org.kabar.corpus.Input;
import org.kabar.text.InputException;
import org.kabar.text.ResourceFile;
import org.kabar.text.TableRows;
import tech.tablesaw.api.Table;

/**
 * Who counts as an actor, and by which names. The standard dictionary is the editable resource
 * {@code actors.tsv}; {@link #load(Path)} reads a user's file in the same format, and
 * {@link #with(Actor)} extends any dictionary from a notebook cell (returning a new dictionary).
 *
 * <p>File format: UTF-8, {@code #} comments, one actor per line, tab-separated:
 * {@code name  type  description  aliases  [metonyms]}, where type is person, country,
 * organisation or place, and aliases and metonyms are separated by {@code |}. Aliases are matched
 * case-sensitively ("AS" is the United States, "as" is not). No form may belong to two actors.
 */
public final class ActorDictionary {

    private static final ActorDictionary STANDARD = parse(ResourceFile.resource(ActorDictionary.class, "actors.tsv"));

    private final List<Actor> actors;

    private ActorDictionary(List<Actor> actors) {
        this.actors = List.copyOf(actors);
    }

    /** The file name of a story's own dictionary inside its corpus folder. */
    public static final String CORPUS_FILE = "actors.tsv";

    /**
     * The shipped dictionary: what holds for any Indonesian news (countries, international
     * organisations, Indonesian national institutions), and no story's cast.
     */
    public static ActorDictionary standard() {
        return STANDARD;
    }

    /**
     * The standard dictionary plus the story's own, {@code actors.tsv} in the corpus folder, when
     * there is one (its entries replace standard ones of the same name). A story's cast is story
     * data and lives beside its articles, like {@code metadata.csv}.
     */
    public static ActorDictionary forCorpus(Path folder) {
        Path own = folder.resolve(CORPUS_FILE);
        return Files.isRegularFile(own) ? STANDARD.with(load(own)) : STANDARD;
    }

    /**
     * The standard dictionary plus the corpus's own {@code actors.tsv} (see {@link #forCorpus(Path)})
     * taken from a folder's listed inputs, wherever the folder is stored (a Hadoop folder of the
     * Spark module); errors name the file and the line.
     */
    public static ActorDictionary forCorpus(CorpusLoader.Inputs inputs) {
        Optional<Input> own = inputs.file(CORPUS_FILE);
        if (own.isEmpty()) return STANDARD;
        String location = own.get().location();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(own.get().read()), StandardCharsets.UTF_8)) {
            return STANDARD.with(parse(ResourceFile.read(reader, location)));
        } catch (IOException e) {
            throw new InputException(location, "cannot read (" + e.getMessage() + ")");
        }
    }

    /** A dictionary from a file in the format above. */
    public static ActorDictionary load(Path file) {
        return parse(ResourceFile.load(file));
    }

    /** An empty dictionary, to build up with {@link #with}. */
    public static ActorDictionary empty() {
        return new ActorDictionary(List.of());
    }

    private static ActorDictionary parse(List<ResourceFile.Line> lines) {
        ActorDictionary dictionary = empty();
        for (ResourceFile.Line line : lines) {
            Actor actor = parseLine(line);
            try {
                dictionary = dictionary.with(actor);
            } catch (IllegalArgumentException e) {
                throw line.error(e.getMessage());
            }
        }
        return dictionary;
    }

    private static Actor parseLine(ResourceFile.Line line) {
        String[] fields = line.text().split("\t", -1);
        if (fields.length < 4 || fields.length > 5) {
            throw line.error("expected 4 or 5 tab-separated fields (name, type, description, aliases, metonyms), found "
                    + fields.length);
        }
        String name = fields[0].strip();
        if (name.isEmpty()) throw line.error("empty actor name");
        Actor.Type type = Actor.Type.ofLabel(fields[1].strip());
        if (type == null) {
            throw line.error("unknown type '" + fields[1].strip() + "' (expected person, country, organisation or place)");
        }
        return new Actor(name, type, fields[2].strip(), splitForms(fields[3]), fields.length == 5 ? splitForms(fields[4]) : List.of());
    }

    private static List<String> splitForms(String field) {
        return Arrays.stream(field.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * This dictionary plus one actor (replacing an actor of the same name).
     *
     * @throws IllegalArgumentException if one of its forms already names another actor
     */
    public ActorDictionary with(Actor actor) {
        List<Actor> extended = new ArrayList<>(actors);
        extended.removeIf(existing -> existing.name().equals(actor.name()));
        extended.add(actor);
        Map<String, String> owners = new HashMap<>();
        for (Actor entry : extended) {
            for (String form : allForms(entry)) {
                String owner = owners.putIfAbsent(form, entry.name());
                if (owner != null && !owner.equals(entry.name())) {
                    throw new IllegalArgumentException("'" + form + "' of " + entry.name() + " already names " + owner);
                }
            }
        }
        return new ActorDictionary(extended);
    }

    /** This dictionary plus one actor without metonyms, e.g. {@code with("Jens Stoltenberg", PERSON, "NATO Secretary General", "Stoltenberg")}. */
    public ActorDictionary with(String name, Actor.Type type, String description, String... aliases) {
        return with(new Actor(name, type, description, Arrays.asList(aliases), List.of()));
    }

    /** This dictionary plus every actor of {@code other}, e.g. the standard one plus a user's file. */
    public ActorDictionary with(ActorDictionary other) {
        ActorDictionary merged = this;
        for (Actor actor : other.actors) {
            merged = merged.with(actor);
        }
        return merged;
    }

    /**
     * This dictionary with {@code form} counted as {@code into}: the analyst's correction of the
     * name finder, e.g. {@code merge("SBY", "Susilo Bambang Yudhoyono")}. The form becomes an alias
     * of {@code into}; an actor the dictionary names {@code form} is merged into it with all its
     * forms; an {@code into} the dictionary lacks is added as a person (see
     * {@link #merge(String, String, Actor.Type)} for another type).
     *
     * @throws IllegalArgumentException if {@code form} already names a third actor
     */
    public ActorDictionary merge(String form, String into) {
        return merge(form, into, actor(into).map(Actor::type).orElse(Actor.Type.PERSON));
    }

    /** {@link #merge(String, String)}, adding {@code into} with this type when the dictionary lacks it. */
    public ActorDictionary merge(String form, String into, Actor.Type type) {
        Actor target = actor(into).orElse(new Actor(into, type, "", List.of(), List.of()));
        List<String> aliases = new ArrayList<>(target.aliases());
        List<String> metonyms = new ArrayList<>(target.metonyms());
        List<Actor> kept = new ArrayList<>(actors);
        Optional<Actor> merged = actor(form).filter(actor -> !actor.name().equals(into));
        if (merged.isPresent()) {
            kept.remove(merged.get());
            for (String name : merged.get().names()) if (!aliases.contains(name)) aliases.add(name);
            for (String metonym : merged.get().metonyms()) if (!metonyms.contains(metonym)) metonyms.add(metonym);
        } else if (!form.equals(into) && !aliases.contains(form)) {
            aliases.add(form);
        }
        return new ActorDictionary(kept).with(new Actor(into, target.type(), target.description(), aliases, metonyms));
    }

    private static List<String> allForms(Actor actor) {
        List<String> forms = new ArrayList<>(actor.names());
        forms.addAll(actor.metonyms());
        return forms;
    }

    /**
     * Writes the dictionary in the format {@link #load(Path)} reads, one line per actor in
     * dictionary order, e.g. to hand a merged dictionary to another tool.
     */
    public void save(Path file) throws java.io.IOException {
        StringBuilder out = new StringBuilder("# name\ttype\tdescription\taliases\tmetonyms\n");
        for (Actor actor : actors) {
            out.append(String.join("\t", actor.name(), actor.type().label(), actor.description(),
                    String.join("|", actor.aliases()), String.join("|", actor.metonyms()))).append('\n');
        }
        java.nio.file.Files.writeString(file, out, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The actors, in file order then order of addition. */
    public List<Actor> actors() {
        return actors;
    }

    /** The actor with this canonical name. */
    public Optional<Actor> actor(String name) {
        return actors.stream().filter(actor -> actor.name().equals(name)).findFirst();
    }

    /**
     * The dictionary for display.
     *
     * @return columns {@code actor | type | description | aliases | metonyms} (forms joined by " | "), sorted by actor
     */
    public Table table() {
        TableRows table = TableRows.named("actor dictionary").strings("actor", "type", "description", "aliases", "metonyms");
        for (Actor actor : actors) {
            table.add(actor.name(), actor.type().label(), actor.description(), String.join(" | ", actor.aliases()),
                    String.join(" | ", actor.metonyms()));
        }
        return table.table().sortAscendingOn("actor");
    }
}
