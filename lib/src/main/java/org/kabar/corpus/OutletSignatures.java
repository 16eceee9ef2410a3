package org.kabar.corpus;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Names an article's outlet from the way outlets sign their own pieces: a dateline such as
 * "WASHINGTON, KOMPAS.TV -", "Liputan6.com, Jakarta -" or "Jakarta (ANTARA) -", a credit or
 * copyright line ("© 2024 Kompas.com", "Artikel ini telah tayang di Tribunnews.com"), a footer
 * inviting readers to follow the site, the site's domain printed in the text, VOA Indonesia's
 * "[jm/my]" initials.
 *
 * <p>Two editable tables beside this class: {@code outlets.tsv}, the main Indonesian outlets
 * with their domains and the names they sign with, from which the general dateline, credit and
 * domain forms are built; and {@code outlet_signatures.txt}, signatures of one outlet each that
 * no general form covers. A dateline naming a web address the list does not know
 * ("SEMARANG, warta-kota.id -") names that address as the outlet.
 *
 * <p>Evidence is ranked: a dateline or a signature of the table (1) beats a credit or follow
 * line (2), which beats a bare domain (3). A citation of another outlet ("dilansir Reuters",
 * "dikutip dari Kompas.com") is a source, never a signature: no form matches it. No signature
 * gives {@link #UNKNOWN}; signatures of two different outlets of the best rank also give
 * {@link #UNKNOWN}, with both named in the evidence: a contradiction is not resolved by guessing.
 */
public final class OutletSignatures {

    /** The outlet of an article that does not sign itself. */
    public static final String UNKNOWN = "unknown";

    private static final int DATELINE = 1;
    private static final int CREDIT = 2;
    private static final int DOMAIN = 3;
    private static final String DASH = "(?:[-–—]{1,2}|:)";
    private static final String CITY = "\\p{Lu}[\\p{L}.'’ ]{1,30}?";
    private static final String WEB_NAME = "[\\p{L}\\d][\\p{L}\\d-]*\\.(?i:co\\.id|com|id|co|net|tv|news|or\\.id|web\\.id)";
    /** {@link #CITY} in a {@link LineShape}: its length is left unbounded (a bound made the DFA slow to build). */
    private static final String CITY_SHAPE = LineShape.CAPITAL + LineShape.NOT_IN_CITY + "+";
    /** {@link #WEB_NAME} in a {@link LineShape}, to its first dot. */
    private static final String WEB_NAME_SHAPE = LineShape.IN_WEB_NAME + "+\\.";
    /** Words that make the outlet named after them a source: "dilansir dari laman kompas.com". */
    private static final Pattern CITED = Pattern.compile("(?i)\\b(?:dilansir|melansir|dikutip|mengutip|kutip|menurut|"
            + "diberitakan|memberitakan|melaporkan|dilaporkan|laporan|sumber|via|dari|kepada|oleh|di|"
            + "told|according to|reported by|reported|citing|quoted by|source|from)"
            + "\\s*:?\\s(?:dari\\s|laman\\s|situs\\s)?(?:www\\.)?$");
    private static final int CITATION_CHARS = 40;

    private static final OutletSignatures STANDARD =
            new OutletSignatures(RuleFile.resource("outlet_signatures.txt"), RuleFile.resource("outlets.tsv"));

    /**
     * An outlet's pattern (no outlet: a general form whose group 1 is a listed name), sets of
     * literals of which every match holds one of each ({@link RequiredLiteral}), and where it is
     * tried: at line starts (those its shape admits, when it has one), where one of its start
     * words is, or (no start words) found once.
     */
    private record Signature(String outlet, Pattern pattern, List<List<String>> requiredSets, int rank,
                             boolean nameIsEvidence, List<String> startWords, LineShape shape) {

        static final List<String> LINE_STARTS = List.of("\n");
        /** Tried at the start of the text only: a form beginning with {@code \A}. */
        static final List<String> TEXT_START = List.of("\\A");

        /**
         * The matches in {@code text}, in text order, given where each literal occurs in its
         * case-folded form ({@code startsOf}: ascending positions, empty when it does not occur)
         * and where a listed name begins ({@code nameStarts}, one more than the text's length).
         */
        List<MatchResult> matches(String text, Function<String, int[]> startsOf, boolean[] nameStarts) {
            for (List<String> set : requiredSets) {
                if (set.stream().allMatch(literal -> startsOf.apply(literal).length == 0)) return List.of();
            }
            Matcher match = pattern.matcher(text);
            if (startWords.isEmpty()) {
                return match.find() ? List.of(match.toMatchResult()) : List.of();
            }
            // Transparent bounds: \b and look-behind at a tried position still see the text before it.
            match.useTransparentBounds(true).useAnchoringBounds(false);
            List<MatchResult> found = new ArrayList<>();
            if (startWords == LINE_STARTS || startWords == TEXT_START) {
                for (int at = 0; at >= 0 && at <= lastStart(text); at = nextLine(text, at)) {
                    if (shape != null && !shape.admits(text, at, nameStarts)) continue;
                    if (match.region(at, text.length()).lookingAt()) found.add(match.toMatchResult());
                }
                return found;
            }
            for (String word : startWords) {
                for (int at : startsOf.apply(word)) {
                    if (match.region(at, text.length()).lookingAt()) found.add(match.toMatchResult());
                }
            }
            found.sort(Comparator.comparingInt(MatchResult::start));
            return found;
        }

        /** The literals whose places {@link #matches} asks for. */
        List<String> literals() {
            List<String> literals = new ArrayList<>(startWords == LINE_STARTS || startWords == TEXT_START ? List.of() : startWords);
            requiredSets.forEach(literals::addAll);
            return literals;
        }

        /** The last position a form tried at line starts or at the text's start may begin at; -1 for none. */
        int lastStart(String text) {
            return startWords == TEXT_START ? 0 : text.length() - 1;
        }

        private static int nextLine(String text, int at) {
            int newline = text.indexOf('\n', at);
            return newline < 0 ? -1 : newline + 1;
        }
    }

    /** The outlet and the text that named it (empty when nothing did). */
    public record Outlet(String name, String evidence) {

        public boolean isKnown() {
            return !UNKNOWN.equals(name);
        }
    }

    private final List<Signature> signatures;
    /** Every literal the signatures require or start at, and every listed name, searched for in an article in one pass. */
    private final Literals literals;
    /** The numbers of the listed names among {@link #literals}. */
    private final int[] nameLiterals;
    private final Map<String, String> canonicalByName = new HashMap<>();
    private final Map<String, String> outletByDomain = new HashMap<>();

    private OutletSignatures(List<RuleFile.Entry> entries, List<RuleFile.Entry> outletList) {
        List<Signature> parsed = new ArrayList<>();
        for (RuleFile.Entry entry : entries) {
            String[] outletAndRegex = entry.keyAndValue();
            String regex = outletAndRegex[1];
            RequiredLiteral reading = RequiredLiteral.of(regex);
            parsed.add(new Signature(outletAndRegex[0], entry.compile(regex), reading.sets(), DATELINE, false, reading.leading(), null));
        }
        List<String> names = new ArrayList<>();
        List<String> domains = new ArrayList<>();
        for (RuleFile.Entry entry : outletList) {
            String[] columns = entry.text().split("\t");
            if (columns.length != 3) throw entry.fail("expected a name, domains and printed names, separated by tabs");
            String outlet = columns[0].strip();
            List<String> own = new ArrayList<>();
            own.add(outlet);
            for (String domain : columns[1].split("\\|")) {
                if (domain.isBlank()) continue;
                String lower = domain.strip().toLowerCase(Locale.ROOT);
                outletByDomain.put(lower, outlet);
                own.add(lower);
                if (!lower.contains("/")) domains.add(lower);
            }
            for (String name : columns[2].split("\\|")) {
                if (!name.isBlank()) own.add(name.strip());
            }
            for (String name : own) {
                String previous = canonicalByName.putIfAbsent(key(name), outlet);
                if (previous != null && !previous.equals(outlet)) {
                    throw entry.fail("\"" + name + "\" already names " + previous);
                }
                if (!name.contains("/")) names.add(name);
            }
        }
        if (!names.isEmpty()) parsed.addAll(forms(names, domains));
        parsed.add(unlistedWebDateline("(?m)^[ \\t]*" + CITY + ",\\s*(" + WEB_NAME + ")\\s*" + DASH,
                LineShape.prefix(LineShape.INDENT + CITY_SHAPE + "," + LineShape.WHITE + "*" + WEB_NAME_SHAPE)));
        parsed.add(unlistedWebDateline("(?m)^[ \\t]*(" + WEB_NAME + ")\\s*,\\s*" + CITY + "\\s*" + DASH,
                LineShape.prefix(LineShape.INDENT + WEB_NAME_SHAPE)));
        // Strongest first: once a rank has matched, weaker signatures need not be tried.
        parsed.sort(Comparator.comparingInt(Signature::rank));
        this.signatures = List.copyOf(parsed);
        List<String> literalList = new ArrayList<>(signatures.stream().flatMap(signature -> signature.literals().stream()).toList());
        literalList.addAll(names);
        this.literals = Literals.of(literalList);
        this.nameLiterals = names.stream().mapToInt(literals::number).distinct().sorted().toArray();
    }

    private static Signature unlistedWebDateline(String regex, LineShape shape) {
        return new Signature("", Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS), List.of(), DATELINE, false,
                Signature.LINE_STARTS, shape);
    }

    /**
     * The general forms, each one pattern over every listed name whose group 1 is the name as
     * printed (the outlet is the one the list gives that name).
     */
    private static List<Signature> forms(List<String> names, List<String> domains) {
        String name = "(?i:(" + Alternation.of(names, true) + "))";
        String webNames = Alternation.of(names.stream().filter(n -> n.contains(".")).toList(), true);
        List<Signature> forms = new ArrayList<>();
        // Each dateline form with its line shape: what the line holds before the name (LineShape).
        String white = LineShape.WHITE;
        LineShape nameOpensLine = LineShape.beforeName(LineShape.INDENT);
        forms.add(form("(?m)^[ \\t]*" + CITY + ",\\s*" + name + "\\s*" + DASH, DATELINE,
                LineShape.beforeName(LineShape.INDENT + CITY_SHAPE + "," + white + "*")));
        forms.add(form("(?m)^[ \\t]*" + name + "\\s*,\\s*" + CITY + "\\s*" + DASH, DATELINE,
                nameOpensLine));
        forms.add(form("(?m)^[ \\t]*" + CITY + "\\s*\\(\\s*" + name + "\\s*\\)\\s*" + DASH, DATELINE,
                LineShape.beforeName(LineShape.INDENT + CITY_SHAPE + white + "*\\(" + white + "*")));
        forms.add(form("(?m)^[ \\t]*(?i:(" + webNames + "))\\s*(?:[-–—]{1,2}|\\|)\\s", DATELINE,
                nameOpensLine));
        // A name in capitals opening a paragraph: "PIKIRAN RAKYAT - ", "ANTARA - " (matched in capitals only).
        String capitals = Alternation.of(names.stream().filter(n -> n.equals(n.toUpperCase(Locale.ROOT))
                && n.chars().anyMatch(Character::isLetter) && n.length() >= 3).toList(), false);
        if (!capitals.isEmpty()) {
            forms.add(form("(?m)^[ \\t]*(" + capitals + ")\\s*[-–—]{1,2}\\s", DATELINE, nameOpensLine));
        }
        // A byline naming the outlet: "Maulana Ekaputra - detikNews", "Tim Redaksi | Kompas.com".
        forms.add(form("(?m)^[ \\t]*\\p{Lu}[\\p{L}.'’ ]{1,60}?\\s[-–—|]\\s*" + name + "[ \\t]*$", DATELINE,
                LineShape.beforeName(LineShape.INDENT + CITY_SHAPE + white + "[\\-\u2013\u2014|]" + white + "*")));
        // The outlet's name alone on one of the first lines: the masthead or a desk label ("kumparanBISNIS").
        forms.add(new Signature("", Pattern.compile("\\A(?:[^\\n]*\\n){0,12}?[ \\t]*" + name + "[ \\t]*(?:\\n|\\z)",
                Pattern.UNICODE_CHARACTER_CLASS), List.of(), CREDIT, true, Signature.TEXT_START,
                LineShape.beforeName("([^\n]*\n){0,12}" + LineShape.INDENT)));
        // The outlet reporting in its own name: "Pantauan kumparan", "kata Irto kepada Kompas.com", "wartawan BBC News Indonesia".
        List<String> ownWords = List.of("pantauan", "kepada", "dihubungi", "dikonfirmasi", "ditemui", "diwawancarai",
                "wawancara", "wartawan", "jurnalis", "koresponden", "reporter", "kontributor");
        forms.add(form("(?i)\\b(?:pantauan|kepada|dihubungi|dikonfirmasi|ditemui|diwawancarai|wawancara(?: khusus)? dengan|"
                + "wartawan|jurnalis|koresponden|reporter|kontributor)\\s+" + name + "(?![\\p{L}\\d])", CREDIT, ownWords));
        // The credit and follow forms: a line that begins with one of their words and names an outlet further on.
        forms.add(form("(?mi)^[ \\t]*(?:©|\\(c\\)|copyright|hak cipta)[^\\n]{0,30}?\\b" + name + "(?![\\p{L}\\d])", CREDIT,
                LineShape.beforeName(LineShape.INDENT + LineShape.caseless("©(ch") + "[^\n]*")));
        forms.add(form("(?i)\\bartikel ini (?:telah )?(?:tayang|terbit|dimuat) di\\s+" + name + "(?![\\p{L}\\d])", CREDIT,
                List.of("artikel ini")));
        forms.add(form("(?i)\\bbaca artikel\\s+" + name + "(?![\\p{L}\\d])", CREDIT, List.of("baca artikel")));
        forms.add(form("(?mi)^[ \\t]*(?:dapatkan|simak|ikuti|gabung|bergabung|follow|unduh|download|kunjungi|"
                + "langganan|berlangganan)\\b[^\\n]{0,160}?\\b" + name + "(?![\\p{L}\\d])", CREDIT,
                LineShape.beforeName(LineShape.INDENT + LineShape.caseless("dsigbfukl") + "[^\n]*")));
        if (!domains.isEmpty()) {
            // Whether a citation word stands before it is checked on each match ({@link #CITED}), not in the pattern.
            forms.add(form("(?i)(?<![\\p{L}\\d.-])(?:www\\.)?(" + Alternation.of(domains, true) + ")\\b(?![.-]?\\p{L})", DOMAIN,
                    domains));
        }
        return forms;
    }

    /** A general form beginning with {@code ^}, tried at the line starts its shape admits. */
    private static Signature form(String regex, int rank, LineShape shape) {
        if (!regex.startsWith("(?m)^") && !regex.startsWith("(?mi)^")) throw new IllegalArgumentException(regex);
        return new Signature("", Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS), List.of(), rank, false,
                Signature.LINE_STARTS, shape);
    }

    private static Signature form(String regex, int rank, List<String> startWords) {
        return new Signature("", Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS), List.of(), rank, false, startWords, null);
    }

    private static boolean cited(String text, int at) {
        return CITED.matcher(text.substring(Math.max(0, at - CITATION_CHARS), at)).find();
    }

    private static String key(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        if (lower.startsWith("www.")) lower = lower.substring(4);
        return lower;
    }

    /** The list's name for an outlet named as {@code name} (a site name, a domain), else {@code name} as given. */
    public String canonical(String name) {
        String known = canonicalByName.get(key(name));
        if (known != null) return known;
        String host = host(name);
        return host != null && outletOfHost(host) != null ? outletOfHost(host) : name.strip();
    }

    /** The outlet whose domain a URL is on: a listed outlet by its name, else the host itself. */
    public Optional<Outlet> fromUrl(String url) {
        String host = host(url);
        if (host == null) return Optional.empty();
        String outlet = outletOfHost(host);
        return Optional.of(new Outlet(outlet != null ? outlet : host, "domain of the url " + url));
    }

    private String outletOfHost(String host) {
        for (String candidate = host; candidate.contains("."); candidate = candidate.substring(candidate.indexOf('.') + 1)) {
            String outlet = outletByDomain.get(candidate);
            if (outlet != null) return outlet;
        }
        return null;
    }

    private static String host(String url) {
        String text = url.strip();
        if (!text.contains("://")) text = "https://" + text;
        try {
            String host = URI.create(text.replace(" ", "%20")).getHost();
            if (host == null || !host.contains(".")) return null;
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The signatures shipped with Kabar. */
    public static OutletSignatures standard() {
        return STANDARD;
    }

    /** Signatures from a user's own file, in the format of {@code outlet_signatures.txt}. */
    public static OutletSignatures load(Path signaturesFile) {
        return new OutletSignatures(RuleFile.file(signaturesFile), RuleFile.resource("outlets.tsv"));
    }

    /**
     * Where a form matches at a line start of {@code text} that its line shape does not admit, as
     * "line start: pattern": empty when every shape is as wide as it must be (a test's check).
     */
    List<String> shapeMisses(String text) {
        int[][] starts = literals.starts(text);
        boolean[] nameStarts = nameStarts(text, starts);
        List<String> misses = new ArrayList<>();
        for (Signature signature : signatures) {
            if (signature.shape() == null) continue;
            Matcher match = signature.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            for (int at = 0; at >= 0 && at <= signature.lastStart(text); at = Signature.nextLine(text, at)) {
                if (match.region(at, text.length()).lookingAt() && !signature.shape().admits(text, at, nameStarts)) {
                    misses.add(at + ": " + signature.pattern().pattern());
                }
            }
        }
        return misses;
    }

    /** Where one of the listed names begins in {@code text}, given where each literal begins; one more than the text's length. */
    private boolean[] nameStarts(String text, int[][] starts) {
        boolean[] nameStarts = new boolean[text.length() + 1];
        for (int name : nameLiterals) {
            for (int at : starts[name]) nameStarts[at] = true;
        }
        return nameStarts;
    }

    /** The outlet whose signature appears in {@code text}, with the first matching snippet of the best rank. */
    public Outlet identify(String text) {
        Map<String, String> evidenceByOutlet = new LinkedHashMap<>();
        int best = Integer.MAX_VALUE;
        int[][] starts = literals.starts(text);
        Function<String, int[]> startsOf = literal -> starts[literals.number(literal)];
        boolean[] nameStarts = nameStarts(text, starts);
        for (Signature signature : signatures) {
            if (signature.rank() > best) continue;
            for (MatchResult match : signature.matches(text, startsOf, nameStarts)) {
                if (signature.rank() == DOMAIN && cited(text, match.start())) continue;
                String outlet = signature.outlet().isEmpty() ? canonical(match.group(1)) : signature.outlet();
                if (signature.rank() < best) {
                    best = signature.rank();
                    evidenceByOutlet.clear();
                }
                evidenceByOutlet.putIfAbsent(outlet, (signature.nameIsEvidence() ? match.group(1) : match.group()).strip());
            }
        }
        if (evidenceByOutlet.isEmpty()) {
            return new Outlet(UNKNOWN, "");
        }
        if (evidenceByOutlet.size() > 1) {
            List<String> named = new ArrayList<>();
            evidenceByOutlet.forEach((outlet, evidence) -> named.add(outlet + " (\"" + evidence + "\")"));
            return new Outlet(UNKNOWN, "signatures of several outlets: " + String.join(", ", named));
        }
        Map.Entry<String, String> only = evidenceByOutlet.entrySet().iterator().next();
        return new Outlet(only.getKey(), only.getValue());
    }
}
