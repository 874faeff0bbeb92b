package dev.proofscheck.mutate;

import dev.proofscheck.TestSupport;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.numeric.Deadline;

/** A derivation with one claim, and the independent route's answer on it (seeded, 60 s limit). */
final class RouteFixture {
    private RouteFixture() {}

    /** {@code variables}: YAML lines under {@code variables:} (may be empty); {@code claim}: the claim's keys after its id. */
    static Truth decide(String variables, String claim) {
        Derivation d = TestSupport.derivation("""
                id: t
                title: "t"
                source:
                  seed: s.txt
                  locator: "here"
                """ + (variables.isBlank() ? "" : "variables:\n" + variables.indent(2)) + "claims:\n  - id: c\n" + claim.indent(4));
        return new IndependentRoute(7, Deadline.in(60)).decide(d, d.claims().get(0));
    }
}
