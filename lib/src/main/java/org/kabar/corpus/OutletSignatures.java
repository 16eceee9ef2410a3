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

    /** An outlet's pattern, and text that every match contains (see {@link RequiredLiteral}). */
    private record Signature(String outlet, Pattern pattern, String requiredLiteral) {}

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
            parsed.add(new Signature(outletAndRegex[0], entry.compile(outletAndRegex[1]), RequiredLiteral.of(outletAndRegex[1])));
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
        for (Signature signature : signatures) {
            if (!folded.contains(signature.requiredLiteral())) continue;
            Matcher match = signature.pattern().matcher(text);
            if (match.find()) {
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
