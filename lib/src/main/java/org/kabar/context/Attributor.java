package org.kabar.context;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.util.Span;
import org.kabar.context.QuoteLexicon.Role;
import org.kabar.context.QuoteLexicon.SpeakerSide;
import org.kabar.text.SentenceTokens;
import org.kabar.text.TextPipeline;

/**
 * Finds the quotes of one article and decides who speaks them. Works on character offsets of the
 * article's text, as the text pipeline's sentence and token spans and the mentions give them:
 * quotation marks pair within a paragraph (line), so a quote may run over several sentences, and
 * mismatched marks (“...") still pair.
 */
final class Attributor {

    /** An actor mention and its characters in the text ({@code start}, {@code end} of the mentions table). */
    record Mention(String actor, boolean person, int start, int end) {}

    /** One attributed quote. {@code resolvedBy}: name, pronoun, anaphor, continuation or none. */
    record Quote(int sentence, String speaker, String kind, String verb, String resolvedBy, String text) {}

    static final String UNKNOWN = "unknown";

    private static final String QUOTE_MARKS = "\"“”";
    /** Tokens that join the words on either side into one when written without spaces. */
    private static final Set<String> JOINERS = Set.of("-", "\u2010", "/");
    private static final int SPEAKER_AFTER_LIMIT = 12;
    private static final int SPEAKER_BEFORE_LIMIT = 20;
    /** A verb this many words after a closing quote at most still attributes it ("…,” demikian ditambahkan oleh"). */
    private static final int VERB_AFTER_QUOTE_LIMIT = 3;

    /** A token that matters to attribution: a word, a sentence end or a comma. */
    private record Word(String lower, int start, int end, int line, boolean quoted) {
        boolean terminal() {
            return isTerminal(lower);
        }

        boolean comma() {
            return isComma(lower);
        }
    }

    /** Who spoke at some point of the text, and the phrase that named them. */
    private record Speaker(String phrase, String actor, int sentence) {}

    private record Resolution(String speaker, String resolvedBy, String phrase) {}

    private final QuoteLexicon lexicon;
    private final String text;
    private final int[] sentenceStarts;
    private final List<Mention> mentions;
    /** Each quote, from its opening mark to its closing mark (exclusive), or to its paragraph's end when unclosed. */
    private final List<Span> spans = new ArrayList<>();
    private final List<Word> words = new ArrayList<>();
    private final List<Speaker> history = new ArrayList<>();

    /** The quotes of {@code text}, whose sentences and tokens are {@code sentences} (from {@link TextPipeline#sentenceTokens}). */
    Attributor(QuoteLexicon lexicon, String text, List<SentenceTokens> sentences, List<Mention> mentions) {
        this.lexicon = lexicon;
        this.text = text;
        this.sentenceStarts = sentences.stream().mapToInt(sentence -> sentence.span().getStart()).toArray();
        this.mentions = mentions;
        findSpans();
        findWords(sentences);
    }

    /** Direct quotes of at least {@code minimumWords} words and reported speech, in text order. */
    List<Quote> quotes(int minimumWords) {
        record Event(int start, Span span, Integer verb) {}
        List<Event> events = new ArrayList<>();
        Set<Integer> usedVerbs = new HashSet<>();
        for (Span span : spans) {
            if (wordsInside(span) >= minimumWords) {
                Integer verb = verbAfter(span, usedVerbs);
                if (verb == null) {
                    verb = verbBefore(span, usedVerbs);
                }
                if (verb != null) {
                    usedVerbs.add(verb);
                }
                events.add(new Event(span.getStart(), span, verb));
            }
        }
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).quoted() && isVerb(i) && !usedVerbs.contains(i)) {
                events.add(new Event(words.get(i).start(), null, i));
            }
        }
        events.sort(Comparator.comparingInt(Event::start));
        List<Quote> quotes = new ArrayList<>();
        for (Event event : events) {
            int sentence = sentenceAt(event.start());
            Resolution who = event.verb() == null ? continuing(sentence) : resolve(event.verb());
            if (!who.speaker().equals(UNKNOWN)) {
                int at = event.verb() == null ? sentence : sentenceAt(words.get(event.verb()).start());
                history.add(new Speaker(who.phrase(), who.speaker(), at));
            }
            String verb = event.verb() == null ? "" : words.get(event.verb()).lower();
            String quote = event.span() != null
                    ? text.substring(event.span().getStart() + 1, event.span().getEnd()).strip()
                    : reportedContent(event.verb());
            quotes.add(new Quote(sentence, who.speaker(),
                    event.span() != null ? "direct" : "reported", verb, who.resolvedBy(), quote));
        }
        return quotes;
    }

    // ---- text structure ------------------------------------------------------------------

    /** The 1-based number of the sentence containing a character offset. */
    private int sentenceAt(int offset) {
        int sentence = 0;
        while (sentence < sentenceStarts.length && sentenceStarts[sentence] <= offset) {
            sentence++;
        }
        return Math.max(sentence, 1);
    }

    private void findSpans() {
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            List<Integer> marks = new ArrayList<>();
            for (int i = 0; i < line.length(); i++) {
                if (QUOTE_MARKS.indexOf(line.charAt(i)) >= 0) {
                    marks.add(lineStart + i);
                }
            }
            for (int i = 0; i < marks.size(); i += 2) {
                // An opening mark left unclosed quotes to the end of its paragraph.
                int close = i + 1 < marks.size() ? marks.get(i + 1) : lineStart + line.length();
                spans.add(new Span(marks.get(i), close));
            }
            lineStart += line.length() + 1;
        }
    }

    /**
     * The tokens that are words, sentence ends or commas; quotation marks, brackets and the like are
     * passed over. Words the tokenizer splits at a hyphen or slash written without spaces
     * ("Lieutenant-General", "AS-Rusia", "dan/atau") are one word here: the distances between a
     * quote, its verb and its speaker count words as a reader sees them.
     */
    private void findWords(List<SentenceTokens> sentences) {
        int line = 0;
        int lineScanned = 0;
        for (SentenceTokens sentence : sentences) {
            String[] tokens = sentence.tokens();
            Span[] tokenSpans = sentence.tokenSpans();
            for (int t = 0; t < tokens.length; t++) {
                String token = tokens[t];
                if (!TextPipeline.isWord(token) && !isTerminal(token) && !isComma(token)) {
                    continue;
                }
                int start = tokenSpans[t].getStart();
                int end = tokenSpans[t].getEnd();
                while (TextPipeline.isWord(token) && t + 2 < tokens.length && JOINERS.contains(tokens[t + 1])
                        && tokenSpans[t + 1].getStart() == end && tokenSpans[t + 2].getStart() == tokenSpans[t + 1].getEnd()
                        && TextPipeline.isWord(tokens[t + 2])) {
                    t += 2;
                    end = tokenSpans[t].getEnd();
                }
                for (; lineScanned < start; lineScanned++) {
                    if (text.charAt(lineScanned) == '\n') {
                        line++;
                    }
                }
                boolean quoted = spans.stream().anyMatch(s -> s.getStart() < start && start < s.getEnd());
                words.add(new Word(text.substring(start, end).toLowerCase(Locale.ROOT), start, end, line, quoted));
            }
        }
    }

    /** A run of . ! ? ends a sentence. */
    private static boolean isTerminal(String token) {
        return token.chars().allMatch(c -> c == '.' || c == '!' || c == '?');
    }

    private static boolean isComma(String token) {
        return token.equals(",") || token.equals(";");
    }

    private long wordsInside(Span span) {
        return words.stream()
                .filter(w -> w.start() > span.getStart() && w.start() < span.getEnd() && !w.terminal() && !w.comma())
                .count();
    }

    private int firstWordAfter(int offset) {
        int i = 0;
        while (i < words.size() && words.get(i).start() <= offset) {
            i++;
        }
        return i;
    }

    /**
     * A reporting verb, unless it is a bare root that the word before shows to be an adverb or
     * adjective ("lebih lanjut", "dengan tegas"); prefixed verbs stay verbs ("dengan mengatakan").
     */
    private boolean isVerb(int i) {
        SpeakerSide side = lexicon.verb(words.get(i).lower());
        boolean modified = i > 0 && lexicon.role(words.get(i - 1).lower()) == Role.MODIFIED;
        return side != null && !(side == SpeakerSide.AFTER && modified);
    }

    // ---- which verb attributes a direct quote --------------------------------------------

    /** A reporting verb among the first words after the closing mark, in the same clause. */
    private Integer verbAfter(Span span, Set<Integer> usedVerbs) {
        int seen = 0;
        int line = lineOf(span.getEnd());
        for (int i = firstWordAfter(span.getEnd()); i < words.size() && seen < VERB_AFTER_QUOTE_LIMIT; i++) {
            Word word = words.get(i);
            if (word.quoted() || word.terminal() || word.line() != line) {
                return null;
            }
            if (!word.comma()) {
                seen++;
                if (isVerb(i) && !usedVerbs.contains(i)) {
                    return i;
                }
            }
        }
        return null;
    }

    /** The last unused reporting verb before the opening mark in the same sentence, passing over quoted words. */
    private Integer verbBefore(Span span, Set<Integer> usedVerbs) {
        int line = lineOf(span.getStart());
        for (int i = firstWordAfter(span.getStart()) - 1; i >= 0; i--) {
            Word word = words.get(i);
            if (word.line() != line || (!word.quoted() && word.terminal())) {
                return null;
            }
            if (!word.quoted() && isVerb(i) && !usedVerbs.contains(i)) {
                return i;
            }
        }
        return null;
    }

    private int lineOf(int offset) {
        int line = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    // ---- who the verb points to ----------------------------------------------------------

    private Resolution resolve(int verb) {
        SpeakerSide side = lexicon.verb(words.get(verb).lower());
        if (side == SpeakerSide.PRONOUN) {
            return lastSpeaker("pronoun");
        }
        List<Integer> phrase = side == SpeakerSide.AFTER ? phraseAfter(verb) : phraseBefore(verb);
        List<Mention> named = mentionsIn(phrase);
        String phraseText = phrase.stream().map(i -> words.get(i).lower()).reduce((a, b) -> a + " " + b).orElse("");
        if (!named.isEmpty()) {
            // After the verb the head comes first ("kata Blinken kepada Lavrov"); before it, the person
            // nearest the verb is the subject's head ("Presiden Ukraina Volodymyr Zelensky menegaskan").
            Mention speaker = named.stream().filter(Mention::person)
                    .reduce((a, b) -> side == SpeakerSide.AFTER ? a : b)
                    .orElse(named.get(0));
            return new Resolution(speaker.actor(), "name", phraseText);
        }
        if (phrase.stream().anyMatch(i -> lexicon.role(words.get(i).lower()) == Role.PRONOUN)) {
            return lastSpeaker("pronoun");
        }
        if (phrase.stream().anyMatch(i -> lexicon.role(words.get(i).lower()) == Role.ANAPHOR)) {
            return antecedent(phrase);
        }
        return new Resolution(UNKNOWN, "none", phraseText);
    }

    /** Words naming the speaker after a verb, up to a boundary word, the clause's end or a closed apposition. */
    private List<Integer> phraseAfter(int verb) {
        List<Integer> phrase = new ArrayList<>();
        int line = words.get(verb).line();
        for (int i = verb + 1; i < words.size() && phrase.size() < SPEAKER_AFTER_LIMIT; i++) {
            Word word = words.get(i);
            Role role = lexicon.role(word.lower());
            if (word.quoted() || word.terminal() || word.line() != line || isVerb(i) || role == Role.BOUNDARY) {
                break;
            }
            if (word.comma()) {
                // "juru bicara Gedung Putih, Jen Psaki, dilansir ...": an apposition may follow an
                // institution, but a named person closes the phrase.
                if (mentionsIn(phrase).stream().anyMatch(Mention::person)) {
                    break;
                }
            } else if (!(phrase.isEmpty() && role == Role.SKIP)) {
                phrase.add(i);
            }
        }
        return phrase;
    }

    /** Words naming the speaker before a verb, back to the clause's start, a quote or another verb. */
    private List<Integer> phraseBefore(int verb) {
        List<Integer> phrase = new ArrayList<>();
        int line = words.get(verb).line();
        for (int i = verb - 1; i >= 0 && phrase.size() < SPEAKER_BEFORE_LIMIT; i--) {
            Word word = words.get(i);
            if (word.quoted() || word.terminal() || word.line() != line || isVerb(i)) {
                break;
            }
            if (!word.comma()) {
                phrase.add(0, i);
            }
        }
        return phrase;
    }

    private List<Mention> mentionsIn(List<Integer> phrase) {
        if (phrase.isEmpty()) {
            return List.of();
        }
        int from = words.get(phrase.get(0)).start();
        int to = words.get(phrase.get(phrase.size() - 1)).end();
        return mentions.stream().filter(m -> m.start() >= from && m.end() <= to).toList();
    }

    private Resolution lastSpeaker(String resolvedBy) {
        if (history.isEmpty()) {
            return new Resolution(UNKNOWN, "none", "");
        }
        Speaker last = history.get(history.size() - 1);
        return new Resolution(last.actor(), resolvedBy, last.phrase());
    }

    /** "juru bicara itu": the last speaker whose phrase had the same head word ("juru"). */
    private Resolution antecedent(List<Integer> phrase) {
        String head = phrase.stream().map(i -> words.get(i).lower())
                .filter(w -> lexicon.role(w) == null).findFirst().orElse("");
        for (int i = history.size() - 1; i >= 0 && !head.isEmpty(); i--) {
            if ((" " + history.get(i).phrase() + " ").contains(" " + head + " ")) {
                return new Resolution(history.get(i).actor(), "anaphor", history.get(i).phrase());
            }
        }
        return new Resolution(UNKNOWN, "none", "");
    }

    /** An unattributed quote continues the speaker of the same or the preceding sentence, if any. */
    private Resolution continuing(int sentence) {
        if (!history.isEmpty() && history.get(history.size() - 1).sentence() >= sentence - 1) {
            return lastSpeaker("continuation");
        }
        return new Resolution(UNKNOWN, "none", "");
    }

    // ---- what reported speech says --------------------------------------------------------

    /**
     * The reported content: for "X mengatakan, ..." the clause after the verb; for "..., kata X"
     * the clause before it; when that is under three words ("Menurut X, ..."), the clause after the speaker.
     */
    private String reportedContent(int verb) {
        SpeakerSide side = lexicon.verb(words.get(verb).lower());
        if (side == SpeakerSide.BEFORE) {
            return clauseText(verb + 1, +1);
        }
        String before = clauseText(verb - 1, -1);
        if (before.split("\\s+").length >= 3) {
            return before;
        }
        List<Integer> speaker = phraseAfter(verb);
        return clauseText(speaker.isEmpty() ? verb + 1 : speaker.get(speaker.size() - 1) + 1, +1);
    }

    /** Text from word {@code from} walking in {@code step} direction to the clause's edge, minus edge punctuation and skip words. */
    private String clauseText(int from, int step) {
        int line = from >= 0 && from < words.size() ? words.get(from).line() : -1;
        int first = -1;
        int last = -1;
        for (int i = from; i >= 0 && i < words.size(); i += step) {
            Word word = words.get(i);
            if (word.quoted() || word.terminal() || word.line() != line) {
                break;
            }
            boolean edgeFiller = word.comma() || lexicon.role(word.lower()) == Role.SKIP;
            if (first < 0 && edgeFiller) {
                continue;
            }
            if (first < 0) {
                first = i;
            }
            last = i;
        }
        if (first < 0) {
            return "";
        }
        int lo = Math.min(first, last);
        int hi = Math.max(first, last);
        return text.substring(words.get(lo).start(), words.get(hi).end()).replaceAll("\\s+", " ").strip();
    }
}
