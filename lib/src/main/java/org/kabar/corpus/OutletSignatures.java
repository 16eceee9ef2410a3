package org.kabar.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names an article's outlet from the way outlets sign their own pieces (a dateline such as
 * "WASHINGTON, KOMPAS.TV -", a footer naming the site, VOA Indonesia's "[jm/my]" initials).
 *
 * <p>The signatures are an editable table, {@code outlet_signatures.txt} beside this class.
 * No signature gives {@link #UNKNOWN}; signatures of two different outlets also give
 * {@link #UNKNOWN}, with both named in the evidence: a contradiction is not resolved by guessing.
 */
public final class OutletSignatures {

    /** The outlet of an article that does not sign itself. */
    public static final String UNKNOWN = "unknown";

    private static final OutletSignatures STANDARD =
            new OutletSignatures(RuleFile.resource("outlet_signatures.txt"));

    /**
     * An outlet's pattern, text that every match contains, and whether every match starts with
     * that text (see {@link RequiredLiteral}): then the pattern is tried only where the text occurs.
     */
    private record Signature(String outlet, Pattern pattern, String requiredLiteral, boolean literalLeads) {

        /** The first match in {@code text}, whose case-folded form is {@code folded} with {@code pairs}, or null. */
        Matcher find(String text, String folded, LetterPairs pairs) {
            if (!pairs.mayContain(requiredLiteral) || !folded.contains(requiredLiteral)) return null;
            Matcher match = pattern.matcher(text);
            if (!literalLeads) return match.find() ? match : null;
            // Transparent bounds: \b and look-behind at a tried position still see the text before it.
            match.useTransparentBounds(true).useAnchoringBounds(false);
            for (int at = folded.indexOf(requiredLiteral); at >= 0; at = folded.indexOf(requiredLiteral, at + 1)) {
                if (match.region(at, text.length()).lookingAt()) return match;
            }
            return null;
        }
    }

    /** The outlet and the text that named it (empty when nothing did). */
    public record Outlet(String name, String evidence) {

        public boolean isKnown() {
            return !UNKNOWN.equals(name);
        }
    }

    private final List<Signature> signatures;

    private OutletSignatures(List<RuleFile.Entry> entries) {
        List<Signature> parsed = new ArrayList<>();
        for (RuleFile.Entry entry : entries) {
            String[] outletAndRegex = entry.keyAndValue();
            String regex = outletAndRegex[1];
            parsed.add(new Signature(outletAndRegex[0], entry.compile(regex), RequiredLiteral.of(regex),
                    RequiredLiteral.leads(regex)));
        }
        this.signatures = List.copyOf(parsed);
    }

    /** The signatures shipped with Kabar. */
    public static OutletSignatures standard() {
        return STANDARD;
    }

    /** Signatures from a user's own file, in the format of {@code outlet_signatures.txt}. */
    public static OutletSignatures fromFile(Path signaturesFile) {
        return new OutletSignatures(RuleFile.file(signaturesFile));
    }

    /** The outlet whose signature appears in {@code text}, with the first matching snippet. */
    public Outlet identify(String text) {
        Map<String, String> evidenceByOutlet = new LinkedHashMap<>();
        String folded = RequiredLiteral.fold(text);
        LetterPairs pairs = LetterPairs.of(folded);
        for (Signature signature : signatures) {
            Matcher match = signature.find(text, folded, pairs);
            if (match != null) {
                evidenceByOutlet.putIfAbsent(signature.outlet(), match.group().strip());
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
