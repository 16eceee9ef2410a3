package org.kabar.actors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import opennlp.tools.util.Span;
import org.kabar.text.SentenceTokens;
import org.kabar.text.TextPipeline;
import org.kabar.text.Whitespace;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Who is in the news without a dictionary: every actor the {@link ActorDictionary} knows, plus the
 * people and organisations the {@link NameFinder} finds, with the evidence for each mention and
 * coreference inside an article and across the corpus.
 *
 * <p><b>The dictionary wins.</b> Its names are matched first (as {@link Actors#find} matches them);
 * the finder reads only the tokens the dictionary leaves, and what it adds is marked {@code found}.
 * To correct the finder, give the dictionary an entry: it then names, merges or retypes the actor.
 *
 * <p><b>Coreference in an article.</b> The people the finder finds with evidence are grouped, longest
 * name first: a shorter name whose words are words of exactly one longer name, in order, is that
 * person ("Sri Mulyani", "Mulyani" → "Sri Mulyani Indrawati"); a nickname or acronym glossed after a
 * name ("Basuki Tjahaja Purnama (Ahok)", "... atau SBY", "... alias Cak Imin") is a form of that
 * name. Then every form of every person of the article is matched again over the whole article,
 * headline included, where capitals are no evidence (a sentence start, a title-case headline, one
 * side of a pair "Ahok-Djarot", a clitic "Ahok-lah"): those mentions have evidence
 * {@code coreference}. "pemerintahan X" is the government, not X.
 *
 * <p><b>Across articles.</b> The same full name is one actor. A person whose longest name in an
 * article is part of exactly one longer name found elsewhere in the corpus takes that name; when it
 * is part of two or more, it keeps its own name and the summary's {@code note} names the candidates
 * (reported, not guessed). Forms of the corpus's people are also matched in articles that name them
 * without evidence (a headline "Prabowo ..."), with evidence {@code coreference (corpus)}, when the
 * form belongs to one person only.
 *
 * <p><b>Counting.</b> Every form written counts once where it stands, except that a bracketed
 * nickname right after the full name is the same mention ("Joko Widodo (Jokowi)": one), as an
 * organisation's expansion with its bracketed acronym is. When the articles table has a {@code headline} column (as
 * {@code Corpus.load} gives, with the cleaned text without photo captions and cross-links), the
 * headline is read too, as sentence 0, part {@code headline}; the text's first sentence is part
 * {@code lead}, the rest {@code body}. Lines of page furniture are not read (see
 * {@link PageFurniture}), nor lines of the text in title case without a full stop: those are
 * other articles' headlines in lists of related news. Sentence numbers and positions still count
 * their tokens, so they stay those of {@link Actors#find}.
 */
public final class People {

    /** Source of a mention the dictionary made. */
    public static final String DICTIONARY = "dictionary";
    /** Source of a mention the finder made. */
    public static final String FOUND = "found";
    static final String COREFERENCE = "coreference";
    static final String CORPUS_COREFERENCE = "coreference (corpus)";

    private final Actors.Settings settings;
    private final boolean readFurniture;

    private People(Actors.Settings settings, boolean readFurniture) {
        this.settings = settings;
        this.readFurniture = readFurniture;
    }

    /** The finder with the standard dictionary. */
    public static People standard() {
        return of(ActorDictionary.standard());
    }

    /** The finder with a corpus folder's dictionary (standard plus the folder's {@code actors.tsv}). */
    public static People forCorpus(Path folder) {
        return of(ActorDictionary.forCorpus(folder));
    }

    /** The finder with a chosen dictionary as override. */
    public static People of(ActorDictionary dictionary) {
        return of(new Actors.Settings(dictionary, false, TextPipeline.standard()));
    }

    static People of(Actors.Settings settings) {
        return new People(settings, false);
    }

    /**
     * The same finder with {@code form} counted as {@code into}, e.g. {@code merge("SBY", "Susilo
     * Bambang Yudhoyono")}: the dictionary's correction ({@link ActorDictionary#merge(String, String)})
     * made in one call. Save {@link #dictionary()} as the folder's {@code actors.tsv} to keep it.
     */
    public People merge(String form, String into) {
        return new People(settings.withDictionary(settings.dictionary().merge(form, into)), readFurniture);
    }

    /** {@link #merge(String, String)} for an actor of another type than person the dictionary lacks. */
    public People merge(String form, String into, Actor.Type type) {
        return new People(settings.withDictionary(settings.dictionary().merge(form, into, type)), readFurniture);
    }

    /** The dictionary this finder defers to. */
    public ActorDictionary dictionary() {
        return settings.dictionary();
    }

    /**
     * The same finder, also reading page furniture: photo captions, cross-links, tags and lists of
     * related headlines (the convention of the seeds' hand counts, made on the raw files).
     */
    public People withPageFurniture() {
        return new People(settings, true);
    }

    /** The same finder, leaving page furniture out (the default). */
    public People withoutPageFurniture() {
        return new People(settings, false);
    }

    /**
     * One sentence: its tokens and where they stand (in the text, or in the headline for the
     * headline), part, number and the dictionary's mentions in it.
     */
    private record Sentence(String[] tokens, Span[] spans, String part, int number, int offset, List<MentionFinder.Found> known,
            boolean[] taken, List<NameFinder.Name> names, boolean ownLine) {}

    /** One person or organisation found in one article. */
    private static final class Entity {
        final String type;
        List<String> full;
        final Set<List<String>> forms = new LinkedHashSet<>();
        final Set<String> evidence = new LinkedHashSet<>();
        String actor;
        String note = "";

        Entity(String type, List<String> full) {
            this.type = type;
            this.full = full;
            forms.add(full);
        }
    }

    /** An article as read: its sentences, the people and organisations in it, and its text's word tokens. */
    private record Article(String id, String period, List<Sentence> sentences, List<Entity> entities, int words) {}

    /** The articles read, and the finder that read them (it knows the corpus's ordinary words). */
    private record Reading(List<Article> articles, NameFinder finder) {}

    /**
     * Every mention of every actor, the dictionary's and the finder's, with how they were found.
     *
     * @return the mentions; their table's columns {@code id | period | actor | type | source | evidence | part | sentence |
     *     position | start | end | surface}: source {@value #DICTIONARY} or {@value #FOUND}; evidence what made it
     *     a name (title, honorific, degree, age, reporting verb, apposition, name, institution head,
     *     acronym expansion, coreference, coreference (corpus)), {@code dictionary} for the
     *     dictionary's; part headline, lead or body; sentence 0 for the headline, then 1-based;
     *     position the first token's, 0-based over the text as in {@link Actors#find} (over the
     *     headline for the headline); start and end the mention's characters in the text (in the
     *     headline for the headline), end exclusive as OpenNLP's {@link Span}; surface the tokens
     *     joined by one space; rows by article order, then sentence, then position
     */
    public Mentions find(Table articles) {
        Reading read = read(articles);
        return new Mentions(mentions(read), wordsOf(read), settings, true);
    }

    /**
     * One row per actor: how often and where it is named, on what evidence, by which forms.
     *
     * @return columns {@code actor | type | source | mentions | articles | evidence | forms | note}:
     *     evidence the kinds with their counts ("title 3; coreference 12"), forms the surfaces with
     *     their counts, note what coreference decided across articles (a short form resolved, or
     *     ambiguous between named candidates); sorted by mentions descending, then actor
     */
    public Table summary(Table articles) {
        return run(articles).summary();
    }

    /** The mentions and the per-actor summary of one reading of the articles. */
    public record Result(Mentions mentions, Table summary) {}

    /** {@link #find} and {@link #summary} from one reading of the articles. */
    public Result run(Table articles) {
        Reading read = read(articles);
        Map<String, String> notes = new HashMap<>();
        for (Article article : read.articles()) {
            for (Entity entity : article.entities()) {
                if (!entity.note.isEmpty()) {
                    notes.merge(entity.actor, entity.note, (a, b) -> List.of(a.split("; ")).contains(b) ? a : a + "; " + b);
                }
            }
        }
        Table mentions = mentions(read);
        Table summary = summarise(mentions, notes);
        return new Result(new Mentions(mentions, wordsOf(read), settings, true), summary);
    }

    private Reading read(Table articles) {
        TextPipeline.requireArticleColumns(articles);
        boolean withHeadline = articles.containsColumn("headline");
        List<Article> read = new ArrayList<>();
        List<String[]> allSentences = new ArrayList<>();
        MentionFinder dictionaryFinder = settings.finder();
        // every form the dictionary knows, metonyms included, is never a found name, counted or not
        MentionFinder allForms = settings.withMetonyms(true).finder();
        for (int row = 0; row < articles.rowCount(); row++) {
            List<Sentence> sentences = new ArrayList<>();
            if (withHeadline) {
                int offset = 0;
                for (SentenceTokens tokens : settings.pipeline().sentenceTokens(articles.column("headline").getString(row))) {
                    sentences.add(sentence(tokens, 0, "headline", 0, offset, dictionaryFinder, allForms, false));
                    offset += tokens.tokens().length;
                }
            }
            int offset = 0;
            int number = 0;
            // Every word of the text counts, page furniture too, as in Actors#find: rates stay comparable.
            int words = 0;
            String text = articles.column("text").getString(row);
            for (Span lineSpan : Whitespace.lineSpans(text)) {
                int lineStart = lineSpan.getStart();
                String line = text.substring(lineStart, lineSpan.getEnd());
                boolean furniture = !readFurniture && PageFurniture.isFurniture(line);
                List<SentenceTokens> lineSentences = settings.pipeline().sentenceTokens(line);
                for (SentenceTokens tokens : lineSentences) {
                    number++;
                    if (!furniture) {
                        sentences.add(sentence(tokens, lineStart, number == 1 ? "lead" : "body", number, offset,
                                dictionaryFinder, allForms, lineSentences.size() == 1));
                    }
                    offset += tokens.tokens().length;
                    words += TextPipeline.countWords(tokens.tokens());
                }
            }
            sentences.forEach(sentence -> allSentences.add(sentence.tokens()));
            read.add(new Article(articles.column("id").getString(row), articles.column("period").getString(row),
                    sentences, new ArrayList<>(), words));
        }
        Set<List<String>> places = places(allSentences);
        Set<String> placeWords = new java.util.HashSet<>();
        places.forEach(place -> { if (place.size() == 1) placeWords.add(place.get(0)); });
        NameFinder finder = NameFinder.standard().withCommonWords(NameFinder.commonWordsOf(allSentences)).withPlaces(placeWords);
        for (Article article : read) {
            // a title-case line of its own in the text is another article's headline (a list of
            // related news), not the report
            if (!readFurniture) {
                article.sentences().removeIf(sentence -> sentence.ownLine() && isUnpunctuatedTitle(finder, sentence.tokens()));
            }
            for (int i = 0; i < article.sentences().size(); i++) {
                Sentence sentence = article.sentences().get(i);
                article.sentences().set(i, new Sentence(sentence.tokens(), sentence.spans(), sentence.part(), sentence.number(),
                        sentence.offset(), sentence.known(), sentence.taken(), finder.names(sentence.tokens(), sentence.taken()),
                        sentence.ownLine()));
            }
            article.entities().addAll(entities(article.sentences()));
            article.entities().removeIf(entity -> entity.type.equals(NameFinder.PERSON) && places.contains(entity.full));
        }
        resolveAcrossArticles(read);
        return new Reading(read, finder);
    }

    private static List<Mentions.Article> wordsOf(Reading read) {
        return read.articles().stream().map(article -> new Mentions.Article(article.id(), article.period(), article.words())).toList();
    }

    private static boolean isUnpunctuatedTitle(NameFinder finder, String[] tokens) {
        String last = tokens[tokens.length - 1];
        return !(last.equals(".") || last.equals("!") || last.equals("?") || last.equals("\"") || last.equals("”"))
                && finder.isTitleCase(tokens);
    }

    /**
     * The corpus's place names: the capitalised words after a capitalised place's head word
     * ("Kecamatan X", "Desa X", "Jalan X"; not a title such as "Kepala Desa X") or after "di" ("di X"). A person found with the same name is a place
     * that looked like a name ("kata petugas posko X").
     */
    private static Set<List<String>> places(List<String[]> sentences) {
        NameCues cues = NameCues.standard();
        Set<List<String>> places = new java.util.HashSet<>();
        for (String[] tokens : sentences) {
            for (int i = 0; i < tokens.length; i++) {
                int head = NameFinder.isNameToken(tokens[i]) ? cues.at(NameCues.Kind.PLACE_HEAD, tokens, i) : 0;
                if (head > 0 && cues.endingAt(NameCues.Kind.TITLE, tokens, i + head) > 0) continue; // "Kepala Desa X" is a person
                if (head == 0 && tokens[i].equals("di")) head = 1;
                if (head == 0 || !NameFinder.isNameToken(tokens[i + head < tokens.length ? i + head : i])) continue;
                int end = i + head;
                while (end < tokens.length && NameFinder.isNameToken(tokens[end])) end++;
                if (end > i + head) places.add(words(tokens, i + head, end));
            }
        }
        return places;
    }

    /** A sentence of a line starting at {@code lineStart}, its token spans moved from the line into the text. */
    private Sentence sentence(SentenceTokens sentence, int lineStart, String part, int number, int offset,
            MentionFinder dictionaryFinder, MentionFinder allForms, boolean ownLine) {
        String[] tokens = sentence.tokens();
        Span[] spans = new Span[tokens.length];
        for (int i = 0; i < spans.length; i++) spans[i] = new Span(sentence.tokenSpans()[i], lineStart);
        boolean[] taken = new boolean[tokens.length];
        for (var span : allForms.knownSpans(tokens)) {
            for (int i = span.getStart(); i < span.getEnd(); i++) taken[i] = true;
        }
        return new Sentence(tokens, spans, part, number, offset, dictionaryFinder.find(tokens), taken, List.of(), ownLine);
    }

    /** The article's people and organisations, grouped longest name first. */
    private static List<Entity> entities(List<Sentence> sentences) {
        List<NameFinder.Name> names = new ArrayList<>();
        List<NameFinder.Name> unconfirmed = new ArrayList<>();
        Map<NameFinder.Name, String[]> tokensOf = new java.util.IdentityHashMap<>(); // equal names of two sentences are two names
        for (Sentence sentence : sentences) {
            for (NameFinder.Name name : sentence.names()) {
                (name.evidence().isEmpty() ? unconfirmed : names).add(name);
                tokensOf.put(name, sentence.tokens());
            }
        }
        List<NameFinder.Name> longestFirst = new ArrayList<>(names);
        longestFirst.sort(Comparator.comparingInt((NameFinder.Name n) -> -(n.end() - n.start())));
        List<Entity> entities = new ArrayList<>();
        for (NameFinder.Name name : longestFirst) {
            List<String> form = words(tokensOf.get(name), name.start(), name.end());
            List<Entity> owners = entities.stream().filter(e -> e.type.equals(name.type())
                    && (e.forms.contains(form) || isPartOf(form, e.full)
                        || !name.alias().isEmpty() && (e.forms.contains(name.alias()) || isPartOf(name.alias(), e.full))))
                    .toList();
            if (owners.isEmpty() && form.size() == 1 && name.type().equals(NameFinder.PERSON)) {
                owners = entities.stream().filter(e -> e.type.equals(NameFinder.PERSON) && isNickname(form.get(0), e.full)).toList();
            }
            Entity entity;
            if (owners.size() == 1) {
                entity = owners.get(0);
                entity.forms.add(form);
            } else {
                entity = new Entity(name.type(), form);
                if (owners.size() > 1) {
                    entity.note = "ambiguous in the article: " + String.join(" | ", owners.stream().map(e -> String.join(" ", e.full)).toList());
                }
                entities.add(entity);
            }
            entity.evidence.addAll(List.of(name.evidence().split(", ")));
            if (!name.alias().isEmpty()) entity.forms.add(name.alias());
        }
        // A name at a sentence start has no evidence of its own; it is a person when it shares a
        // word with one the article gives evidence for ("Azka Maulana Malik, ..." after "bernama Azka").
        for (NameFinder.Name name : unconfirmed) {
            List<String> form = words(tokensOf.get(name), name.start(), name.end());
            List<Entity> owners = entities.stream().filter(e -> e.type.equals(NameFinder.PERSON)
                    && (e.forms.contains(form) || isPartOf(form, e.full) || isPartOf(e.full, form))).toList();
            if (owners.size() != 1) continue;
            Entity entity = owners.get(0);
            entity.forms.add(form);
            if (form.size() > entity.full.size()) entity.full = form;
            entity.evidence.add(COREFERENCE);
        }
        return entities;
    }

    /**
     * Whether a single word is a nickname made from a full name, as Indonesian nicknames are: a
     * beginning or end of one of its words of four letters or more ("Risma" of Rismaharini, "Imin"
     * of Muhaimin), the beginnings of two consecutive words ("Jokowi": Joko Widodo), or the
     * initials of two or more words ("SBY").
     */
    static boolean isNickname(String word, List<String> full) {
        if (full.size() < 2 || word.length() < 2) return false;
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        List<String> parts = full.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList();
        if (NameFinder.isAcronym(word)) {
            StringBuilder initials = new StringBuilder();
            for (String part : parts) initials.append(part.charAt(0));
            return initials.toString().equals(lower) || initials.length() > lower.length()
                    && initials.toString().contains(lower) && lower.length() >= 2;
        }
        if (word.length() >= 4) {
            for (String part : parts) {
                if (!part.equals(lower) && part.length() > lower.length() && (part.startsWith(lower) || part.endsWith(lower))) {
                    return true;
                }
            }
        }
        for (int i = 0; i + 1 < parts.size(); i++) {
            String first = parts.get(i);
            String second = parts.get(i + 1);
            for (int a = 2; a <= first.length(); a++) {
                if (!lower.startsWith(first.substring(0, a))) break;
                String rest = lower.substring(a);
                if (rest.length() >= 2 && second.startsWith(rest)) return true;
            }
        }
        return false;
    }

    /** Whether the words of {@code part} are words of {@code whole}, in order. */
    static boolean isPartOf(List<String> part, List<String> whole) {
        if (part.size() >= whole.size()) return false;
        int k = 0;
        for (String word : whole) {
            if (k < part.size() && part.get(k).equals(word)) k++;
        }
        return k == part.size();
    }

    private static List<String> words(String[] tokens, int start, int end) {
        List<String> words = new ArrayList<>();
        for (int i = start; i < end; i++) words.add(NameFinder.base(tokens[i]));
        return List.copyOf(words);
    }

    /** Names each entity by the corpus's fullest unambiguous name. */
    private static void resolveAcrossArticles(List<Article> articles) {
        Map<String, Set<List<String>>> fullNames = new HashMap<>();
        Map<List<String>, Set<List<String>>> namesByForm = new HashMap<>();
        for (Article article : articles) {
            for (Entity entity : article.entities()) {
                fullNames.computeIfAbsent(entity.type, t -> new LinkedHashSet<>()).add(entity.full);
                for (List<String> form : entity.forms) {
                    namesByForm.computeIfAbsent(form, f -> new LinkedHashSet<>()).add(entity.full);
                }
            }
        }
        for (Article article : articles) {
            for (Entity entity : article.entities()) {
                Set<List<String>> longer = new LinkedHashSet<>();
                for (List<String> name : fullNames.get(entity.type)) {
                    if (isPartOf(entity.full, name)) longer.add(name);
                }
                for (List<String> name : namesByForm.getOrDefault(entity.full, Set.of())) {
                    if (name.size() > entity.full.size() || !name.equals(entity.full) && entity.full.size() == 1) longer.add(name);
                }
                if (longer.isEmpty() && entity.full.size() == 1 && entity.type.equals(NameFinder.PERSON)) {
                    for (List<String> name : fullNames.get(entity.type)) {
                        if (isNickname(entity.full.get(0), name)) longer.add(name);
                    }
                }
                List<List<String>> maximal = longer.stream()
                        .filter(name -> longer.stream().noneMatch(other -> isPartOf(name, other))).toList();
                if (maximal.size() == 1) {
                    entity.note = "'" + String.join(" ", entity.full) + "' resolved to the corpus's '"
                            + String.join(" ", maximal.get(0)) + "'";
                    entity.full = maximal.get(0);
                    entity.forms.add(entity.full);
                } else if (maximal.size() > 1) {
                    entity.note = "ambiguous: " + String.join(" | ",
                            new TreeSet<>(maximal.stream().map(name -> String.join(" ", name)).toList()));
                }
            }
        }
        // a second round, so that a short form resolved to a middle-length name reaches the longest
        for (Article article : articles) {
            for (Entity entity : article.entities()) {
                List<List<String>> longer = fullNames.get(entity.type).stream().filter(name -> isPartOf(entity.full, name)).toList();
                List<List<String>> maximal = longer.stream()
                        .filter(name -> longer.stream().noneMatch(other -> isPartOf(name, other))).toList();
                if (maximal.size() == 1 && !entity.note.startsWith("ambiguous")) {
                    entity.full = maximal.get(0);
                    entity.forms.add(entity.full);
                }
                entity.actor = String.join(" ", entity.full);
            }
        }
    }

    private Table mentions(Reading reading) {
        List<Article> articles = reading.articles();
        NameFinder finder = reading.finder();
        Map<List<String>, Entity> corpusForms = corpusForms(articles, finder);
        StringColumn ids = StringColumn.create("id");
        StringColumn periods = StringColumn.create("period");
        StringColumn actors = StringColumn.create("actor");
        StringColumn types = StringColumn.create("type");
        StringColumn sources = StringColumn.create("source");
        StringColumn evidences = StringColumn.create("evidence");
        StringColumn parts = StringColumn.create("part");
        IntColumn sentenceNumbers = IntColumn.create("sentence");
        IntColumn positions = IntColumn.create("position");
        IntColumn starts = IntColumn.create("start");
        IntColumn ends = IntColumn.create("end");
        StringColumn surfaces = StringColumn.create("surface");
        NameCues cues = NameCues.standard();
        for (Article article : articles) {
            Map<List<String>, Entity> forms = new HashMap<>();
            for (Entity entity : article.entities()) {
                for (List<String> form : entity.forms) forms.putIfAbsent(form, entity);
            }
            for (Entity entity : article.entities()) {
                if (entity.type.equals(NameFinder.PERSON)) {
                    for (String word : entity.full) {
                        if (finder.isShortForm(word)) forms.putIfAbsent(List.of(word), entity);
                    }
                }
            }
            for (Sentence sentence : article.sentences()) {
                String[] tokens = sentence.tokens();
                TreeMap<Integer, Row> rows = new TreeMap<>();
                for (MentionFinder.Found found : sentence.known()) {
                    rows.put(found.start(), new Row(found.actor().name(), found.actor().type().label(), DICTIONARY,
                            DICTIONARY, found.end()));
                }
                boolean[] claimed = sentence.taken().clone();
                for (NameFinder.Name name : sentence.names()) {
                    Entity entity = forms.get(words(tokens, name.start(), name.end()));
                    for (int i = name.start(); i < name.extent(); i++) claimed[i] = true;
                    if (entity == null || entity.type.equals(NameFinder.PERSON) && inOrganisationLabel(finder, tokens, name.start(), name.end())) continue;
                    rows.put(name.start(), new Row(entity.actor, entity.type, FOUND,
                            name.evidence().isEmpty() ? COREFERENCE : name.evidence(), name.end()));
                }
                boolean[] credit = finder.creditRegion(tokens);
                boolean titleCase = finder.isTitleCase(tokens);
                for (int i = 0; i < tokens.length; i++) {
                    if (claimed[i] || credit[i] || !NameFinder.isNameToken(tokens[i])) continue;
                    if (i > 0 && (cues.endingAt(NameCues.Kind.NOT_THE_PERSON, tokens, i) > 0
                            || cues.endingAt(NameCues.Kind.PLACE_HEAD, tokens, i) > 0
                            || cues.endingAt(NameCues.Kind.ORGANISATION_HEAD, tokens, i) > 0)) continue;
                    int matched = 0;
                    Entity entity = null;
                    String evidence = null;
                    for (int length = Math.min(6, tokens.length - i); length >= 1 && entity == null; length--) {
                        if (overlaps(claimed, i, i + length)) continue;
                        List<String> form = words(tokens, i, i + length);
                        if (forms.containsKey(form)) {
                            entity = forms.get(form);
                            evidence = COREFERENCE;
                        } else if (corpusForms.containsKey(form)) {
                            entity = corpusForms.get(form);
                            evidence = CORPUS_COREFERENCE;
                        }
                        if (entity != null) matched = length;
                    }
                    if (entity == null || !titleCase && runContinues(finder, tokens, claimed, i + matched)
                            || entity.type.equals(NameFinder.PERSON) && inOrganisationLabel(finder, tokens, i, i + matched)) continue;
                    rows.put(i, new Row(entity.actor, entity.type, FOUND, evidence, i + matched));
                    for (int k = i; k < i + matched; k++) claimed[k] = true;
                    i += matched - 1;
                }
                rows.forEach((start, row) -> {
                    ids.append(article.id());
                    periods.append(article.period());
                    actors.append(row.actor());
                    types.append(row.type());
                    sources.append(row.source());
                    evidences.append(row.evidence());
                    parts.append(sentence.part());
                    sentenceNumbers.append(sentence.number());
                    positions.append(sentence.offset() + start);
                    starts.append(sentence.spans()[start].getStart());
                    ends.append(sentence.spans()[row.end() - 1].getEnd());
                    surfaces.append(surface(tokens, start, row.end()));
                });
            }
        }
        return Table.create("mentions", ids, periods, actors, types, sources, evidences, parts, sentenceNumbers,
                positions, starts, ends, surfaces);
    }

    /** A mention of a sentence, but for its first token (the key it is kept under): ends before token {@code end}. */
    private record Row(String actor, String type, String source, String evidence, int end) {}

    /**
     * Whether a name is one side of a pair ("X-Y") that names an organisation: the pair follows an
     * acronym or an institution's word ("TKN Prabowo-Gibran", "Tim Nasional Pemenangan
     * Anies-Muhaimin"). A pair after an ordinary word is the two people ("pasangan Prabowo-Gibran").
     */
    private static boolean inOrganisationLabel(NameFinder finder, String[] tokens, int start, int end) {
        boolean paired = end + 1 < tokens.length && tokens[end].equals("-") && NameFinder.isNameToken(tokens[end + 1]);
        int first = start;
        while (first >= 2 && tokens[first - 1].equals("-") && NameFinder.isNameToken(tokens[first - 2])) {
            paired = true;
            first -= 2;
            while (first >= 1 && NameFinder.isNameToken(tokens[first - 1]) && !NameFinder.isAcronym(tokens[first - 1])
                    && !finder.isOrdinary(tokens[first - 1])) {
                first--;
            }
        }
        if (!paired || first == 0) return false;
        String before = tokens[first - 1];
        return NameFinder.isAcronym(before) || NameFinder.isNameToken(before) && NameFinder.isAbstractNoun(before.toLowerCase(java.util.Locale.ROOT));
    }

    /** A match followed by another unclaimed capitalised word is part of some other name ("Hasyim Muzadi"). */
    private static boolean runContinues(NameFinder finder, String[] tokens, boolean[] claimed, int end) {
        return end < tokens.length && !claimed[end] && NameFinder.isNameToken(tokens[end])
                && !finder.isOrdinary(tokens[end]) && NameCues.standard().gazetteerAt(tokens, end) == 0
                && !NameFinder.isAcronym(tokens[end]);
    }

    /** Forms of the corpus's people and organisations that belong to one actor only. */
    private static Map<List<String>, Entity> corpusForms(List<Article> articles, NameFinder finder) {
        Map<List<String>, Set<String>> owners = new HashMap<>();
        Map<List<String>, Entity> any = new HashMap<>();
        for (Article article : articles) {
            for (Entity entity : article.entities()) {
                if (!entity.note.startsWith("ambiguous")) {
                    for (List<String> form : entity.forms) {
                        owners.computeIfAbsent(form, f -> new TreeSet<>()).add(entity.actor);
                        any.putIfAbsent(form, entity);
                    }
                }
                if (entity.type.equals(NameFinder.PERSON)) {
                    for (String word : entity.full) {
                        if (finder.isShortForm(word)) {
                            owners.computeIfAbsent(List.of(word), f -> new TreeSet<>()).add(entity.actor);
                            any.putIfAbsent(List.of(word), entity);
                        }
                    }
                }
            }
        }
        Map<List<String>, Entity> unique = new HashMap<>();
        owners.forEach((form, names) -> { if (names.size() == 1) unique.put(form, any.get(form)); });
        return unique;
    }

    private static boolean overlaps(boolean[] claimed, int start, int end) {
        for (int i = start; i < end; i++) if (claimed[i]) return true;
        return false;
    }

    private static String surface(String[] tokens, int start, int end) {
        return String.join(" ", List.of(tokens).subList(start, end));
    }

    private static Table summarise(Table mentions, Map<String, String> notes) {
        Map<List<String>, List<Integer>> rowsByActor = new LinkedHashMap<>();
        for (int row = 0; row < mentions.rowCount(); row++) {
            List<String> key = List.of(mentions.stringColumn("actor").get(row), mentions.stringColumn("type").get(row),
                    mentions.stringColumn("source").get(row));
            rowsByActor.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        List<List<String>> keys = new ArrayList<>(rowsByActor.keySet());
        keys.sort(Comparator.comparingInt((List<String> key) -> -rowsByActor.get(key).size())
                .thenComparing(key -> key.get(0)).thenComparing(key -> key.get(2)));
        StringColumn actors = StringColumn.create("actor");
        StringColumn types = StringColumn.create("type");
        StringColumn sources = StringColumn.create("source");
        IntColumn counts = IntColumn.create("mentions");
        IntColumn articleCounts = IntColumn.create("articles");
        StringColumn evidence = StringColumn.create("evidence");
        StringColumn forms = StringColumn.create("forms");
        StringColumn noteColumn = StringColumn.create("note");
        for (List<String> key : keys) {
            List<Integer> rows = rowsByActor.get(key);
            actors.append(key.get(0));
            types.append(key.get(1));
            sources.append(key.get(2));
            counts.append(rows.size());
            articleCounts.append((int) rows.stream().map(row -> mentions.stringColumn("id").get(row)).distinct().count());
            evidence.append(counted(rows.stream().map(row -> mentions.stringColumn("evidence").get(row)).toList()));
            forms.append(counted(rows.stream().map(row -> mentions.stringColumn("surface").get(row)).toList()));
            noteColumn.append(key.get(2).equals(FOUND) ? notes.getOrDefault(key.get(0), "") : "");
        }
        return Table.create("actors found", actors, types, sources, counts, articleCounts, evidence, forms, noteColumn);
    }

    /** "a 3; b 1": each distinct value with its count, most frequent first, then alphabetically. */
    private static String counted(List<String> values) {
        Map<String, Integer> counts = new TreeMap<>();
        values.forEach(value -> counts.merge(value, 1, Integer::sum));
        return String.join("; ", counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> entry.getKey() + " " + entry.getValue()).toList());
    }
}
