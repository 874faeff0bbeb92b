package dev.proofscheck.model;

import java.util.Map;

/**
 * One checkable statement of a derivation, with where it comes from and what the corpus expects.
 *
 * @param index the row of the shared claims index it encodes, or null
 * @param domains narrower domains for some variables, for this claim only
 * @param corrects the id of the as-written claim (expected to be refuted) this one corrects, or null
 */
public record Claim(
        String id,
        String index,
        String locator,
        ClaimBody body,
        Map<String, Domain> domains,
        Expectation expectation,
        String note,
        SourcePosition position,
        String corrects) {

    public Claim {
        domains = Map.copyOf(domains);
    }

    /** A claim that corrects no other. */
    public Claim(String id, String index, String locator, ClaimBody body, Map<String, Domain> domains,
            Expectation expectation, String note, SourcePosition position) {
        this(id, index, locator, body, domains, expectation, note, position, null);
    }

    public String kind() {
        return body.kind();
    }

    public boolean expectsRefutation() {
        return expectation == Expectation.REFUTED;
    }
}
