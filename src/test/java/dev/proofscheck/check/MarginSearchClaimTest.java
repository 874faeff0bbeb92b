package dev.proofscheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.TestSupport;
import dev.proofscheck.model.Derivation;
import org.junit.jupiter.api.Test;

/** The margin search after a passing sample, through the checker: violations on small regions refuted, true claims still verified. */
class MarginSearchClaimTest {
    private static final String HEADER = """
            id: t
            title: test
            source: {seed: none, locator: none}
            variables:
              p: (0, 1)
              eps: positive
            claims:
            """;

    private static ClaimResult check(long seed, String claimYaml) {
        Derivation d = TestSupport.derivation(HEADER + "  - id: c\n    " + claimYaml + "\n");
        return new ClaimChecker(TestSupport.prover(), seed, 20).check(d, d.claims().get(0));
    }

    /**
     * Hoeffding's bound for one Bernoulli(p) draw with p and eps swapped (a mutant that survived 100
     * random points): violated only for eps in about (0.5, 1) with p < 1 - eps. Refuted for every seed,
     * by the search where the sample missed it.
     */
    @Test
    void aViolationOnASmallRegionIsFoundForEverySeed() {
        int bySearch = 0;
        for (long seed = 1; seed <= 6; seed++) {
            ClaimResult r = check(seed, "kind: inequality\n    holds: eps UnitStep[1 - eps - p] + (1 - eps) UnitStep[eps - p] <= 2 Exp[-2 eps^2]");
            assertEquals(Status.REFUTED, r.status(), "seed " + seed + ": " + r.verdict().evidence());
            bySearch += r.verdict().evidence().contains("found by the margin search") ? 1 : 0;
        }
        assertTrue(bySearch > 0, "the random sample alone found it for every seed: this test no longer shows the search");
    }

    @Test
    void theTrueBoundIsStillVerifiedAndTheSearchIsReported() {
        ClaimResult r = check(1, "kind: inequality\n    holds: p UnitStep[1 - p - eps] + (1 - p) UnitStep[p - eps] <= 2 Exp[-2 eps^2]");
        assertEquals(Status.VERIFIED, r.status(), r.verdict().evidence());
        assertTrue(r.verdict().evidence().contains("60 more points searched"), r.verdict().evidence());
        assertEquals(60, r.verdict().details().get("searched_points"));
    }
}
