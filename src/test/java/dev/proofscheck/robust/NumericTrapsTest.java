package dev.proofscheck.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.TestSupport;
import dev.proofscheck.check.ClaimChecker;
import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.check.Status;
import dev.proofscheck.model.Derivation;
import org.junit.jupiter.api.Test;

/**
 * Numeric traps are handled and shown, not hidden: a singular point of the domain is skipped and
 * counted, catastrophic cancellation raises the working precision and says so, overflow is named,
 * and the principal branch of Sqrt is used as written, so a formula that needs another branch (the
 * Marchenko–Pastur Stieltjes transform off the real axis) is refuted while the form with the branch
 * the transform means is verified.
 */
class NumericTrapsTest {
    private static final double TIMEOUT = 20;

    private static ClaimResult check(String variables, String claim) {
        Derivation d = TestSupport.derivation("id: traps\ntitle: \"t\"\nsource:\n  seed: s.txt\n  locator: \"here\"\nvariables:\n"
                + variables + "claims:\n" + claim);
        return new ClaimChecker(TestSupport.prover(), 1, TIMEOUT).check(d, d.claims().get(0));
    }

    @Test
    void aSingularPointIsSkippedAndCounted() {
        ClaimResult r = check("  x: \"[1, 2]\"\n", """
                  - id: removable
                    kind: identity
                    lhs: (x^2 - 1)/(x - 1)
                    rhs: x + 1
                """);
        assertTrue(r.status() == Status.PROVED || r.status() == Status.VERIFIED, r.verdict().evidence());
        assertTrue(r.verdict().evidence().contains("singular points skipped"), r.verdict().evidence());
        assertTrue(String.valueOf(r.verdict().details().get("first_skipped")).contains("division by zero"), r.verdict().details().toString());
    }

    @Test
    void cancellationRaisesThePrecisionAndSaysSo() {
        ClaimResult r = check("  x: (0, 0.000000000000000000000000000000000000000000001]\n", """
                  - id: cancellation
                    kind: identity
                    lhs: Sqrt[1 + x] - 1
                    rhs: x/(Sqrt[1 + x] + 1)
                """);
        assertTrue(r.status() == Status.PROVED || r.status() == Status.VERIFIED, r.verdict().evidence());
        assertTrue(r.verdict().evidence().contains("raised at"), r.verdict().evidence());
    }

    @Test
    void overflowIsNamed() {
        ClaimResult r = check("  x: (1000000, 2000000)\n", """
                  - id: overflow
                    kind: identity
                    lhs: Exp[x] + 1
                    rhs: 1 + Exp[x]
                """);
        assertEquals(Status.INCONCLUSIVE, r.status(), r.verdict().evidence());
        assertTrue(r.verdict().evidence().contains("overflow"), r.verdict().evidence());
    }

    @Test
    void theBranchAsWrittenIsTheBranchChecked() {
        ClaimResult principal = check("  w: complex (-1, 4) x (1/10, 2)\n", """
                  - id: principal-branch
                    kind: integral
                    integrand: Sqrt[(x - (1 - Sqrt[1/2])^2) ((1 + Sqrt[1/2])^2 - x)]/(2 Pi (1/2) x)/(x - w)
                    var: x
                    from: (1 - Sqrt[1/2])^2
                    to: (1 + Sqrt[1/2])^2
                    equals: (1 - 1/2 - w + Sqrt[(w - 1 - 1/2)^2 - 4 (1/2)])/(2 (1/2) w)
                """);
        assertEquals(Status.REFUTED, principal.status(), principal.verdict().evidence());
        ClaimResult meant = check("  w: complex (-1, 4) x (1/10, 2)\n", """
                  - id: transform-branch
                    kind: integral
                    integrand: Sqrt[(x - (1 - Sqrt[1/2])^2) ((1 + Sqrt[1/2])^2 - x)]/(2 Pi (1/2) x)/(x - w)
                    var: x
                    from: (1 - Sqrt[1/2])^2
                    to: (1 + Sqrt[1/2])^2
                    equals: (1 - 1/2 - w + Sqrt[w - (1 + Sqrt[1/2])^2] Sqrt[w - (1 - Sqrt[1/2])^2])/(2 (1/2) w)
                """);
        assertTrue(meant.status() == Status.VERIFIED || meant.status() == Status.PROVED, meant.verdict().evidence());
    }
}
