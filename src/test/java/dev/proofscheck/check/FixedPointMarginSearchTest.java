package dev.proofscheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.TestSupport;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.Derivation;
import org.junit.jupiter.api.Test;

/**
 * The margin search after a fixed-point claim's sample: a mutant of the corpus (effective-regularization,
 * equation 2's r^2 -> r^1) violates dR > 0 only on a region of large gamma and small eigenvalues that the
 * 20 sampled points miss; the search finds it and the check's own rule refutes there. The true claim stays
 * VERIFIED, with the searched points in its evidence.
 */
class FixedPointMarginSearchTest {
    private static final String FILE = """
            id: effective-regularization-000
            title: t
            source: {seed: none, locator: none}
            variables:
              gamma: positive
              l1: positive
              l2: positive
              l3: positive
              r: positive
              sigma: positive
            definitions:
              trace1[k]: gamma (l1/(l1 + k) + l2/(l2 + k) + l3/(l3 + k))/3
              trace2[k]: gamma (l1^2/(l1 + k)^2 + l2^2/(l2 + k)^2 + l3^2/(l3 + k)^2)/3
              meanB[k]: (l1/(l1 + k)^2 + l2/(l2 + k)^2 + l3/(l3 + k)^2)/3
            claims:
              - id: optimal-risk-decreasing-in-n-over-d
                kind: fixed-point
                unknowns:
                  kappa: ["sigma^2 gamma/r^2 + gamma (l1 + l2 + l3)/3", "1 + sigma^2 gamma/r^2", "sigma^2 gamma/r^2"]
                  R: [1, 1, 1]
                equations:
                  - trace1[kappa] == 1 - (sigma^2 gamma/r^2)/kappa
                  - R == (kappa^2 R2 meanB[kappa] + sigma^2)/(1 - trace2[kappa])
                branch: kappa > 0
                derivatives: {dR: "D[R, gamma]"}
                holds: dR > 0
            """;

    private static ClaimResult check(String r2) {
        Derivation d = TestSupport.derivation(FILE.replace("R2", r2));
        Claim c = d.claims().get(0);
        return new ClaimChecker(null, 1, 300).check(d, c);
    }

    @Test
    void aViolationBetweenTheSampledPointsIsFoundBySearching() {
        ClaimResult r = check("r");
        assertEquals(Status.REFUTED, r.status(), r.verdict().evidence());
        assertTrue(r.verdict().evidence().contains("found by the margin search"), r.verdict().evidence());
    }

    @Test
    void theTrueClaimStaysVerifiedWithItsSearchInTheEvidence() {
        ClaimResult r = check("r^2");
        assertEquals(Status.VERIFIED, r.status(), r.verdict().evidence());
        assertTrue(r.verdict().evidence().contains("more points searched"), r.verdict().evidence());
    }
}
