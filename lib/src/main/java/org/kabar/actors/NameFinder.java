package org.kabar.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;
import org.kabar.text.Stopwords;
import org.kabar.text.TextPipeline;

/**
 * Finds people and organisations in the tokens of an Indonesian sentence without a dictionary, by
 * the evidence a careful reader uses. Behind OpenNLP's {@link TokenNameFinder}, so a trained model
 * can replace or join it: {@link #find(String[])} returns spans over tokens typed {@value #PERSON}
 * or {@value #ORGANISATION}.
 *
 * <p>A <b>candidate</b> is a run of capitalised tokens (name particles such as bin, binti, van, de
 * between them; an all-capital token of up to three letters may close a name, "Mahfud MD"). From
 * its left the finder peels what is not the name: role titles ("Ketua Umum", "Gubernur", "capres"),
 * honorifics and degrees ("Pak", "KH", "Prof. Dr."), places and institutions of the gazetteer
 * ("Jawa Barat"), acronyms ("KPU") and, after a title, ordinary words ("Menteri Keuangan"). A run
 * that starts with an institution's head word ("Partai", "Kementerian", "Badan", "Komisi",
 * "Mahkamah") is an organisation, as is a run glossed by a matching acronym ("Tim Kampanye
 * Nasional (TKN)"); a run that starts with a place's head word ("Jalan", "Kabupaten") is a place
 * and no actor.
 *
 * <p>What remains is a <b>person</b> when there is evidence, named in {@link Name#evidence()}:
 * {@code title} or {@code honorific} before it (also lower-case and across an institution:
 * "capres nomor urut 1 X", "Kepala BNPB X"); {@code degree} after it ("X, S.H."); {@code age}
 * ("X (45)"); a {@code reporting verb} ("kata X", "menurut X", "X mengatakan"); {@code apposition}
 * ("X, warga Cianjur", "X, Ketua ..."); or, for two or more tokens, {@code name} — none of its
 * words is an ordinary word (one seen in lower case, or a stopword) and it does not open the
 * sentence, where a capital is no evidence. A single word needs one of the other kinds. A sentence
 * in title case (a headline) gives no evidence at all. Names after page credits ("Foto:",
 * "Editor") are skipped: photographers and editors are not actors.
 *
 * <p>"Ordinary words" are learned from the text: {@link #find(String[])} adds each sentence's
 * lower-case words, and {@link #withCommonWords(Set)} starts from a whole corpus's. Names found
 * in earlier sentences are remembered (OpenNLP's adaptive data) and found again in later ones, also
 * as single words ("Hasyim" after "Hasyim Asy'ari"), until {@link #clearAdaptiveData()}. Instances
 * are not thread-safe.
 */
public final class NameFinder implements TokenNameFinder {

    /** Span type of a person. */
    public static final String PERSON = "person";
    /** Span type of an organisation. */
    public static final String ORGANISATION = "organisation";

    static final String TITLE = "title";
    static final String HONORIFIC = "honorific";
    static final String DEGREE = "degree";
    static final String AGE = "age";
    static final String VERB = "reporting verb";
    static final String APPOSITION = "apposition";
    static final String NAME_SHAPE = "name";
    static final String NAMED = "named";
    static final String HEAD = "institution head";
    static final String ACRONYM = "acronym expansion";

    private static final Set<String> PARTICLES = Set.of("bin", "binti", "van", "von", "de", "der", "den", "da", "dos",
            "al", "el", "ibn", "ter");
    private static final Set<String> ALIAS_WORDS = Set.of("atau", "alias");
    private static final Set<String> CLITICS = Set.of("-lah", "-pun", "-nya", "-kah", "-ku", "-mu");

    /**
     * A name in a sentence.
     *
     * @param start first token of the name
     * @param end one past its last token
     * @param extent one past the last token the mention covers: an organisation's acronym gloss
     *     "(KPU)" is part of its mention; a person's nickname "(Ahok)", "atau SBY" is a mention of its own
     * @param type {@value #PERSON} or {@value #ORGANISATION}
     * @param evidence what made it a name, joined by ", "
     * @param alias the gloss's tokens (a nickname or acronym), empty if none
     */
    record Name(int start, int end, int extent, String type, String evidence, List<String> alias) {}

    private final NameCues cues;
    private final Set<String> commonWords;
    private final Set<String> places;
    private final Map<List<String>, String> learned = new HashMap<>();

    private NameFinder(NameCues cues, Set<String> commonWords, Set<String> places) {
        this.cues = cues;
        this.commonWords = new HashSet<>(commonWords);
        this.places = Set.copyOf(places);
    }

    /** A finder with the shipped cues and gazetteer, learning ordinary words from the sentences it reads. */
    public static NameFinder standard() {
        return new NameFinder(NameCues.standard(), Set.of(), Set.of());
    }

    /** A finder that also knows these lower-case words as ordinary words (e.g. all of a corpus's). */
    public NameFinder withCommonWords(Set<String> words) {
        NameFinder finder = new NameFinder(cues, commonWords, places);
        finder.commonWords.addAll(words);
        return finder;
    }

    /** A finder that also knows these words as names of places (e.g. those a corpus writes after "Kabupaten"). */
    public NameFinder withPlaces(Set<String> words) {
        Set<String> all = new HashSet<>(places);
        all.addAll(words);
        return new NameFinder(cues, commonWords, all);
    }

    /**
     * The lower-case word tokens of some sentences: the ordinary words of a text. Sentences of
     * fewer than five tokens are left out: tags and menus write names in lower case.
     */
    public static Set<String> commonWordsOf(Iterable<String[]> sentences) {
        Set<String> words = new HashSet<>();
        for (String[] tokens : sentences) addCommonWords(tokens, words);
        return words;
    }

    private static void addCommonWords(String[] tokens, Set<String> words) {
        if (tokens.length < 5) return;
        for (String token : tokens) {
            if (TextPipeline.isWord(token) && token.equals(token.toLowerCase(Locale.ROOT))
                    && Character.isLetter(token.codePointAt(0))) {
                words.add(token);
            }
        }
    }

    @Override
    public Span[] find(String[] tokens) {
        addCommonWords(tokens, commonWords);
        boolean[] claimed = new boolean[tokens.length];
        List<Span> spans = new ArrayList<>();
        for (Name name : names(tokens, new boolean[tokens.length])) {
            if (name.evidence().isEmpty()) continue;
            spans.add(new Span(name.start(), name.end(), name.type()));
            for (int i = name.start(); i < name.extent(); i++) claimed[i] = true;
            learn(tokens, name);
        }
        for (int i = 0; i < tokens.length; i++) {
            if (claimed[i]) continue;
            for (int length = Math.min(4, tokens.length - i); length >= 1; length--) {
                String type = learned.get(List.of(tokens).subList(i, i + length));
                if (type != null && !overlaps(claimed, i, i + length)) {
                    spans.add(new Span(i, i + length, type));
                    for (int k = i; k < i + length; k++) claimed[k] = true;
                    break;
                }
            }
        }
        spans.sort(null);
        return spans.toArray(Span[]::new);
    }

    private void learn(String[] tokens, Name name) {
        learned.put(List.of(tokens).subList(name.start(), name.end()), name.type());
        if (!name.alias().isEmpty()) learned.put(name.alias(), name.type());
        if (name.type().equals(PERSON)) {
            for (int i = name.start(); i < name.end(); i++) {
                if (isShortForm(tokens[i])) learned.putIfAbsent(List.of(tokens[i]), PERSON);
            }
        }
    }

    private static boolean overlaps(boolean[] claimed, int start, int end) {
        for (int i = start; i < end; i++) if (claimed[i]) return true;
        return false;
    }

    @Override
    public void clearAdaptiveData() {
        learned.clear();
    }

    /** Whether a word of a full name may stand for the person alone ("Hasyim", "Mulyani"). */
    boolean isShortForm(String token) {
        return token.length() >= 3 && isNameToken(token) && !isAcronym(token) && !isOrdinary(token)
                && !PARTICLES.contains(token) && cues.gazetteerAt(new String[] {token}, 0) == 0
                && !cues.is(NameCues.Kind.TITLE, token) && !cues.is(NameCues.Kind.HONORIFIC, token);
    }

    /**
     * Every name in a sentence, by the rules above, in order.
     *
     * @param known tokens already taken by a dictionary: never part of a found name, but they may
     *     stand between a title and a name ("Ketua KPU X")
     */
    List<Name> names(String[] tokens, boolean[] known) {
        List<Name> names = new ArrayList<>();
        if (isTitleCase(tokens)) return names;
        boolean[] credit = creditRegion(tokens);
        int first = firstWord(tokens);
        int i = 0;
        while (i < tokens.length) {
            if (known[i] || credit[i] || !isNameToken(tokens[i])) {
                i++;
                continue;
            }
            int placeEnd = gazetteerAcross(tokens, i);
            if (placeEnd > i) {
                // "Jakarta Pusat" where the dictionary took "Jakarta": the rest is the place's, not a name
                i = placeEnd;
                continue;
            }
            int end = runEnd(tokens, i, known, credit);
            i = Math.max(i + 1, readRun(tokens, known, i, end, first, names));
        }
        return names;
    }

    /** End of a gazetteer form that starts up to three tokens before {@code at} and reaches past it, else {@code at}. */
    private int gazetteerAcross(String[] tokens, int at) {
        int end = at;
        for (int j = Math.max(0, at - 3); j < at; j++) {
            end = Math.max(end, j + cues.gazetteerAt(tokens, j));
        }
        return end;
    }

    /** Reads the run {@code [start, end)}, adding its names; returns where reading goes on. */
    private int readRun(String[] tokens, boolean[] known, int start, int end, int first, List<Name> names) {
        int glossed = acronymGlossAfter(tokens, end);
        if (glossed > 0 && end - start >= 2 && looksInstitutional(tokens, start, end)) {
            names.add(new Name(start, end, glossed, ORGANISATION, ACRONYM, List.of(tokens[end + 1])));
            return glossed;
        }
        Set<String> evidence = new LinkedHashSet<>();
        int s = start;
        while (s < end) {
            int length;
            if ((length = Math.max(cues.at(NameCues.Kind.TITLE, tokens, s), cues.at(NameCues.Kind.REGION_TITLE, tokens, s))) > 0) {
                // a title may go on in lower case: "Pelaksana tugas Kepala ..."
                evidence.add(TITLE);
                if (s + length > end) return s + length;
                if (cues.at(NameCues.Kind.REGION_TITLE, tokens, s) == length && regionBefore(tokens, s + length, end)) {
                    length++; // "Bupati Sukamaju Darsono Hadi": the region, then the name
                }
            } else if ((length = cues.at(NameCues.Kind.HONORIFIC, tokens, s)) > 0 && s + length <= end
                    && cues.gazetteerAt(tokens, s) <= length) {
                // an honorific, unless a longer place starts with it: "Uni" (Minang: elder sister) vs "Uni Soviet"
                evidence.add(HONORIFIC);
            } else if (cues.at(NameCues.Kind.ORGANISATION_HEAD, tokens, s) > 0 && s + 1 < tokens.length) {
                int orgEnd = organisationEnd(tokens, known, s + cues.at(NameCues.Kind.ORGANISATION_HEAD, tokens, s));
                if (orgEnd <= s + 1) return end;
                int extent = acronymGlossAfter(tokens, orgEnd);
                names.add(new Name(s, orgEnd, Math.max(orgEnd, extent), ORGANISATION, HEAD,
                        extent > 0 ? List.of(tokens[orgEnd + 1]) : List.of()));
                if (extent > 0 || orgEnd >= end) return Math.max(orgEnd, extent);
                length = orgEnd - s;
            } else if (cues.at(NameCues.Kind.PLACE_HEAD, tokens, s) > 0) {
                // a place; inside a title it qualifies the title ("Kepala BPBD Kabupaten Cianjur X")
                if (!evidence.contains(TITLE)) return end;
                int head = cues.at(NameCues.Kind.PLACE_HEAD, tokens, s);
                int name = cues.gazetteerAt(tokens, s + head);
                length = head + Math.max(1, name);
                if (s + length >= end) return end;
            } else if ((length = cues.gazetteerAt(tokens, s)) > 0) {
                // a place or institution before a name: "Gubernur Jawa Barat X"; "Pemilu 2024"
                if (s + length > end) return s + length;
            } else if (isAcronym(tokens[s]) || (!evidence.isEmpty() || hasNameAfter(tokens, s + 1, end)) && isOrdinary(tokens[s])) {
                // an institution's words after a title ("Menteri Keuangan X"), or a capitalised
                // ordinary word before a name ("Sebelumnya Presiden X")
                length = 1;
            } else {
                break;
            }
            s += length;
        }
        int k = s;
        boolean qualifiesTitle = false; // the words qualify a title, they are not a name
        while (k < end) {
            if (k > s && (cues.gazetteerAt(tokens, k) > 0 || cues.at(NameCues.Kind.PLACE_HEAD, tokens, k) > 0
                    || cues.at(NameCues.Kind.ORGANISATION_HEAD, tokens, k) > 0)) break;
            if (k > s && (cues.at(NameCues.Kind.TITLE, tokens, k) > 0 || cues.at(NameCues.Kind.HONORIFIC, tokens, k) > 0)) {
                // what stands between two titles qualifies the second: "Rektor Universitas X Prof. Y"
                qualifiesTitle = true;
                break;
            }
            if (isAcronym(tokens[k]) && !(k > s && k == end - 1 && tokens[k].length() <= 3)) break;
            k++;
        }
        if (evidence.contains(TITLE) && k < end && k > s && !qualifiesTitle && hasNameAfter(tokens, k, end)) {
            // "Kepala Pelaksana BPBD ... X": a name comes after the institution, the words before qualify the title
            qualifiesTitle = true;
        }
        if (k == s + 1 && evidence.contains(TITLE) && k < tokens.length && known[k] && k == end) {
            // "Kepala Stasiun Geofisika BMKG ...": a word right before an institution the dictionary knows
            qualifiesTitle = true;
        }
        if (k == s + 1 && evidence.contains(TITLE) && continuesInstitution(tokens, k)) {
            // "Menko Pembangunan Manusia dan Kebudayaan X": the word after the title is the title's
            qualifiesTitle = true;
        }
        if (k > s && !qualifiesTitle) {
            Name person = person(tokens, known, s, k, first, evidence);
            if (person != null) {
                names.add(person);
                if (person.extent() > end) return person.extent(); // its bracketed nickname is read with it
            }
        }
        return k < end ? Math.max(k, s) : end;
    }

    /** Whether an institution's name goes on at {@code at}: "dan", "&" or a comma, then an ordinary capitalised word, or an acronym gloss. */
    private boolean continuesInstitution(String[] tokens, int at) {
        if (acronymGlossAfter(tokens, at) > 0) return true;
        if (at + 1 >= tokens.length || !(tokens[at].equals("dan") || tokens[at].equals("&") || tokens[at].equals(","))
                || !isNameToken(tokens[at + 1]) || cues.at(NameCues.Kind.TITLE, tokens, at + 1) > 0
                || cues.at(NameCues.Kind.HONORIFIC, tokens, at + 1) > 0) {
            return false;
        }
        return isOrdinary(tokens[at + 1])
                || at + 2 < tokens.length && (isAcronym(tokens[at + 2]) || cues.gazetteerAt(tokens, at + 2) > 0);
    }

    /**
     * Whether the word at {@code at}, after a regional head's title, is the region: a place the
     * text names elsewhere ("Kabupaten Sukamaju", "di Sukamaju") and not the last word of the run.
     */
    private boolean regionBefore(String[] tokens, int at, int end) {
        return at + 1 < end && cues.gazetteerAt(tokens, at) == 0 && places.contains(tokens[at]);
    }

    /** Whether a name word that is not an ordinary word follows in {@code [from, end)}. */
    private boolean hasNameAfter(String[] tokens, int from, int end) {
        for (int i = from; i < end; i++) {
            if (!isOrdinary(tokens[i]) && !isAcronym(tokens[i]) && cues.gazetteerAt(tokens, i) == 0) return true;
        }
        return false;
    }

    /** The person {@code [s, k)}, or null without evidence (evidence found in the run so far given). */
    private Name person(String[] tokens, boolean[] known, int s, int k, int first, Set<String> evidence) {
        if (cues.endingAt(NameCues.Kind.NOT_THE_PERSON, tokens, s) > 0) return null;
        evidence = new LinkedHashSet<>(evidence);
        leftEvidence(tokens, known, s, evidence);
        int after = k;
        int extent = k;
        List<String> alias = List.of();
        if (after + 2 < tokens.length && tokens[after].equals("(") && tokens[after + 2].equals(")")) {
            if (isNumber(tokens[after + 1])) {
                evidence.add(AGE);
                after += 3;
            } else if (isNameToken(tokens[after + 1]) && !isOrdinary(tokens[after + 1])
                    && cues.gazetteerAt(tokens, after + 1) == 0) {
                alias = List.of(tokens[after + 1]);
                after += 3;
                extent = after;
            }
        } else if (after + 1 < tokens.length && ALIAS_WORDS.contains(tokens[after])) {
            int aliasEnd = after + 1;
            while (aliasEnd < tokens.length && aliasEnd < after + 4 && isNameToken(tokens[aliasEnd])
                    && cues.gazetteerAt(tokens, aliasEnd) == 0) {
                aliasEnd++;
            }
            if (aliasEnd > after + 1) {
                int aliasStart = after + 1 + cues.at(NameCues.Kind.HONORIFIC, tokens, after + 1);
                if (aliasStart < aliasEnd) alias = List.of(tokens).subList(aliasStart, aliasEnd);
                after = aliasEnd;
            }
        }
        if (alias.isEmpty() && after + 2 < tokens.length && tokens[after].equals(",")
                && tokens[after + 1].equalsIgnoreCase("sapaan")) {
            // "Emil, sapaan akrab Ridwan": the name before is what the person is called
            int from = after + 2 + (tokens[after + 2].equals("akrab") ? 1 : 0);
            int to = from;
            while (to < tokens.length && to < from + 3 && isNameToken(tokens[to])) to++;
            if (to > from) {
                alias = List.of(tokens).subList(from, to);
                evidence.add(NAMED);
            }
        }
        int right = after;
        while (right + 1 < tokens.length && tokens[right].equals(",") && isDegree(tokens, right + 1)) {
            evidence.add(DEGREE);
            right = skipDegree(tokens, right + 1);
        }
        if (right < tokens.length && cues.at(NameCues.Kind.VERB_BEFORE, tokens, right) > 0
                || right + 1 < tokens.length && tokens[right].equals(",")
                        && cues.at(NameCues.Kind.VERB_BEFORE, tokens, right + 1) > 0) {
            evidence.add(VERB);
        }
        if (right + 1 < tokens.length && tokens[right].equals(",")
                && (cues.at(NameCues.Kind.TITLE, tokens, right + 1) > 0 || cues.at(NameCues.Kind.ROLE, tokens, right + 1) > 0)) {
            evidence.add(APPOSITION);
        }
        int length = k - s;
        if (length == 1 && tokens[s].endsWith("nya") && tokens[s].length() > 5
                && cues.gazetteerAt(new String[] {tokens[s].substring(0, tokens[s].length() - 3)}, 0) > 0) {
            return null; // "Eropanya": a place with a possessive
        }
        boolean ordinary = false;
        for (int i = s; i < k; i++) ordinary |= isOrdinary(tokens[i]) || isAcronym(tokens[i]) && i == s;
        if (evidence.isEmpty()) {
            if (length < 2 || ordinary) return null;
            // a capital opening a sentence is no evidence: kept without evidence, for coreference to confirm
            if (s > first) evidence.add(NAME_SHAPE);
        } else if (length == 1 && (ordinary || isAcronym(tokens[s]))
                && !(evidence.contains(TITLE) || evidence.contains(HONORIFIC) || evidence.contains(AGE)
                        || evidence.contains(NAMED) || evidence.contains(VERB) && s > first)) {
            return null;
        } else if (length == 1 && (Stopwords.standard().contains(tokens[s].toLowerCase(Locale.ROOT)) || isAcronym(tokens[s]))) {
            return null;
        }
        // a nickname in brackets right after the name is the same mention, as an acronym after an
        // institution's name is ("Joko Widodo (Jokowi)": one); "X atau Y" names the person twice
        return new Name(s, k, extent, PERSON, String.join(", ", evidence), alias);
    }

    /** Title, honorific or reporting verb before the run, across numbers, brackets, acronyms and institutions. */
    private void leftEvidence(String[] tokens, boolean[] known, int nameStart, Set<String> evidence) {
        int q = nameStart;
        for (int steps = 0; steps <= 8 && q > 0; steps++) {
            if (cues.endingAt(NameCues.Kind.TITLE, tokens, q) > 0) evidence.add(TITLE);
            if (cues.endingAt(NameCues.Kind.HONORIFIC, tokens, q) > 0 && q == nameStart) evidence.add(HONORIFIC);
            if (cues.endingAt(NameCues.Kind.VERB_AFTER, tokens, q) > 0) evidence.add(VERB);
            if (q == nameStart && cues.endingAt(NameCues.Kind.ROLE, tokens, q) > 0
                    && !isNameToken(tokens[q - 1])) {
                evidence.add(APPOSITION); // "warga X", not "Program Keluarga X"
            }
            if (q == nameStart && cues.endingAt(NameCues.Kind.INTRODUCER, tokens, q) > 0) evidence.add(NAMED);
            if (!evidence.isEmpty()) return;
            String previous = tokens[q - 1];
            boolean skippable = known[q - 1] || isNumber(previous) || previous.equals("(") || previous.equals(")")
                    || previous.equals("nomor") || previous.equals("urut") || isNameToken(previous);
            if (!skippable) return;
            q--;
        }
    }

    /** End of an institution's name whose head ends before {@code from}: one name word, then ordinary words or places. */
    private int organisationEnd(String[] tokens, boolean[] known, int from) {
        int e = from;
        if (e >= tokens.length || !isNameToken(tokens[e]) && !known[e]) return e;
        e++;
        while (e < tokens.length) {
            if (isNameToken(tokens[e]) && (isOrdinary(tokens[e]) || cues.gazetteerAt(tokens, e) > 0 || known[e])) {
                e++;
            } else if ((tokens[e].equals("dan") || tokens[e].equals("&") || tokens[e].equals("untuk"))
                    && e + 1 < tokens.length && isNameToken(tokens[e + 1]) && isOrdinary(tokens[e + 1])
                    && cues.at(NameCues.Kind.ORGANISATION_HEAD, tokens, e + 1) == 0) {
                e += 2; // "Badan ... dan Geofisika", but not "Pemerintah Provinsi X dan Pemerintah Kabupaten Y"
            } else {
                break;
            }
        }
        // the rest of the name up to its acronym: "Kementerian Pekerjaan Umum dan Perumahan Rakyat (PUPR)"
        int j = e;
        while (j < tokens.length && j < e + 3 && isNameToken(tokens[j]) && !isAcronym(tokens[j])) j++;
        return j > e && acronymGlossAfter(tokens, j) > 0 ? j : e;
    }

    /** End of a gloss "( ACRONYM )" starting at {@code at}, or 0. */
    private static int acronymGlossAfter(String[] tokens, int at) {
        if (at + 2 < tokens.length && tokens[at].equals("(") && tokens[at + 2].equals(")") && isAcronym(tokens[at + 1])) {
            return at + 3;
        }
        return 0;
    }

    private boolean looksInstitutional(String[] tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            if (isOrdinary(tokens[i]) || cues.at(NameCues.Kind.ORGANISATION_HEAD, tokens, i) > 0) return true;
        }
        return false;
    }

    private int runEnd(String[] tokens, int start, boolean[] known, boolean[] credit) {
        int j = start;
        while (j < tokens.length && !known[j] && !credit[j]) {
            if (isNameToken(tokens[j])) {
                j++;
            } else if (j > start && PARTICLES.contains(tokens[j]) && j + 1 < tokens.length && !known[j + 1]
                    && isNameToken(tokens[j + 1])) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** Tokens after a page credit ("Foto:", "Editor:"), to the end of its bracket or sentence. */
    boolean[] creditRegion(String[] tokens) {
        boolean[] credit = new boolean[tokens.length];
        int depth = 0;
        boolean inCredit = false;
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].equals("(")) depth++;
            if (tokens[i].equals(")")) {
                depth = Math.max(0, depth - 1);
                inCredit = false;
            }
            int length = cues.at(NameCues.Kind.CREDIT, tokens, i);
            if (!inCredit && length > 0 && i + length < tokens.length
                    && (tokens[i + length].equals(":") || tokens[i + length].startsWith("/") || depth > 0 || i == 0 && isNameToken(tokens[i + length]))) {
                inCredit = true;
            }
            credit[i] = inCredit;
        }
        return credit;
    }

    /**
     * A headline or other title-case line, where capitals are no evidence: most of its ordinary
     * words (after the first word) are capitalised. Names do not count either way, so a sentence
     * listing six names is not a headline.
     */
    boolean isTitleCase(String[] tokens) {
        if (tokens.length == 0) return false;
        int ordinary = 0;
        int capitalised = 0;
        int first = firstWord(tokens);
        for (int i = first + 1; i < tokens.length; i++) {
            String token = tokens[i];
            if (!Character.isLetter(token.codePointAt(0)) || !isOrdinary(token)) continue;
            ordinary++;
            if (Character.isUpperCase(token.codePointAt(0))) capitalised++;
        }
        if (capitalised >= 2 && capitalised >= 0.5 * ordinary) return true;
        // "Listrik di Cianjur Berangsur Pulih": every word but stopwords capitalised, and no full stop
        String last = tokens[tokens.length - 1];
        if (last.equals(".") || last.equals("!") || last.equals("?")) return false;
        int words = 0;
        for (int i = first + 1; i < tokens.length; i++) {
            String token = tokens[i];
            if (!Character.isLetter(token.codePointAt(0)) || Stopwords.standard().contains(token.toLowerCase(Locale.ROOT))) continue;
            if (!Character.isUpperCase(token.codePointAt(0))) return false;
            words++;
        }
        return words >= 3;
    }

    private static int firstWord(String[] tokens) {
        for (int i = 0; i < tokens.length; i++) {
            if (Character.isLetterOrDigit(tokens[i].codePointAt(0))) return i;
        }
        return tokens.length;
    }

    private boolean isDegree(String[] tokens, int at) {
        return at < tokens.length && cues.is(NameCues.Kind.DEGREE, degreeKey(tokens[at]));
    }

    private int skipDegree(String[] tokens, int at) {
        int next = at + 1;
        if (next < tokens.length && tokens[next].equals(".")) next++;
        return next;
    }

    private static String degreeKey(String token) {
        return token.endsWith(".") ? token : token + ".";
    }

    /** A word seen in lower case in the text, or a stopword: capitalised, it opens a sentence or a title. */
    boolean isOrdinary(String token) {
        String lower = base(token).toLowerCase(Locale.ROOT);
        return commonWords.contains(lower) || Stopwords.standard().contains(lower) || isAbstractNoun(lower);
    }

    /**
     * A noun made with the confixes ke-...-an, pe(r/n/m/ng)-...-an ("Keuangan", "Perekonomian",
     * "Pembangunan") or a borrowed abstract ending -itas, -isme, -isasi, -logi, -tik, -gik
     * ("Stabilitas", "Strategik"): words of institutions, titles and topics, never of a person's name.
     */
    static boolean isAbstractNoun(String lower) {
        if (lower.length() >= 7 && lower.endsWith("an") && (lower.startsWith("ke") || lower.startsWith("pe"))) return true;
        return lower.length() >= 6 && (lower.endsWith("itas") || lower.endsWith("isme") || lower.endsWith("isasi")
                || lower.endsWith("logi") || lower.endsWith("gik") || lower.endsWith("tik"));
    }

    /** A token that can be part of a name: capitalised, an initial ("A."), or "al-"/"el-" with a capital. */
    static boolean isNameToken(String token) {
        int first = token.codePointAt(0);
        if (Character.isUpperCase(first)) return Character.isLetter(first);
        return (token.startsWith("al-") || token.startsWith("el-")) && token.length() > 3
                && Character.isUpperCase(token.codePointAt(3));
    }

    /** Two or more capitals and no lower-case letter: "KPU", "SBY", "MD". */
    static boolean isAcronym(String token) {
        int letters = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters >= 2 && Character.isLetter(token.charAt(0));
    }

    private static boolean isNumber(String token) {
        return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
    }

    /** A token without a clitic or possessive: "Ahok-lah" and "Ahok's" are "Ahok". */
    static String base(String token) {
        if (token.length() > 3 && (token.endsWith("'s") || token.endsWith("’s"))) return token.substring(0, token.length() - 2);
        int dash = token.lastIndexOf('-');
        if (dash > 0 && CLITICS.contains(token.substring(dash).toLowerCase(Locale.ROOT))) return token.substring(0, dash);
        return token;
    }
}
