package dev.proofscheck.model;

import java.util.Map;

/**
 * One checkable statement of a derivation, with where it comes from and what the corpus expects.
 *
 * @param index the row of the shared claims index it encodes, or null
 * @param domains narrower domains for some variables, for this claim only
 */
public record Claim(
        String id,
        String index,
        String locator,
        ClaimBody body,
        Map<String, Domain> domains,
        Expectation expectation,
        String note,
        SourcePosition position) {

    public Claim {
        domains = Map.copyOf(domains);
    }

    public String kind() {
        return body.kind();
    }

    public boolean expectsRefutation() {
        return expectation == Expectation.REFUTED;
    }
}
