package dev.proofscheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.TestSupport;
import dev.proofscheck.expr.ExprParser;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.numeric.Deadline;
import dev.proofscheck.numeric.Evaluator;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Evaluations that land on (or next to) a branch cut of Sqrt, Log or Power are counted in the verdict's
 * evidence, and a refutation at such a point says that the principal branch was taken there.
 */
class BranchCutEvidenceTest {
    private static final String HEADER = """
            id: t
            title: test
            source: {seed: none, locator: none}
            variables:
              u: (-1, 1)
              x: positive
            claims:
            """;

    private static ClaimResult check(String claimYaml) {
        Derivation d = TestSupport.derivation(HEADER + "  - " + claimYaml + "\n");
        return new ClaimChecker(TestSupport.prover(), 1, 20).check(d, d.claims().get(0));
    }

    @Test
    void aVerifiedIdentityEvaluatedOnTheCutSaysSo() {
        // u^2 - 4 < 0 on the whole domain: Sqrt is taken on its cut at every point, principal branch I Sqrt[4 - u^2]
        ClaimResult r = check("{id: a, kind: identity, lhs: 'Sqrt[u^2 - 4]', rhs: 'I Sqrt[4 - u^2]'}");
        assertTrue(r.status() == Status.VERIFIED || r.status() == Status.PROVED, r.verdict().evidence());
        assertTrue(r.verdict().evidence().matches("(?s).*20 of 20 points evaluated on a branch cut of Sqrt \\(principal branch taken\\), first at u=.*"),
                r.verdict().evidence());
        assertEquals(20, r.verdict().details().get("branch_cut_points"));
    }

    @Test
    void aRefutationThatRestsOnTheBranchChoiceSaysSo() {
        // (Sqrt[-x])^2 = -x on the principal branch; a formula meaning Sqrt[-x] = -I Sqrt[x] would not change that
        ClaimResult r = check("{id: a, kind: identity, lhs: 'Sqrt[-x] Sqrt[-x]', rhs: 'x'}");
        assertEquals(Status.REFUTED, r.status(), r.verdict().evidence());
        assertTrue(r.verdict().evidence().contains("evaluated on a branch cut of Sqrt: the principal branch was taken"), r.verdict().evidence());
    }

    @Test
    void aLogAndAFractionalPowerOnTheCutAreNamed() {
        ClaimResult r = check("{id: a, kind: identity, lhs: 'Log[-x] + (-x)^(1/3) - (-x)^(1/3)', rhs: 'Log[x] + I Pi'}");
        assertTrue(r.status() == Status.VERIFIED || r.status() == Status.PROVED, r.verdict().evidence());
        assertTrue(r.verdict().evidence().contains("branch cut of Log, Power"), r.verdict().evidence());
    }

    @Test
    void evaluationsOffTheCutAddNothing() {
        ClaimResult r = check("{id: a, kind: identity, lhs: 'Sqrt[x^2 + 1] Log[x + 1]', rhs: 'Log[x + 1] Sqrt[1 + x^2]'}");
        assertFalse(r.verdict().evidence().contains("branch cut"), r.verdict().evidence());
        assertFalse(r.verdict().details().containsKey("branch_cut_points"));
    }

    @Test
    void theEvaluatorNotesArgumentsOnOrWithinHalfItsDigitsOfTheNegativeAxis() throws Exception {
        assertEquals(Set.of("Sqrt"), cuts("Sqrt[-1 + 10^-80 I]", 50));
        assertEquals(Set.of(), cuts("Sqrt[-1 + 10^-10 I]", 50));
        assertEquals(Set.of(), cuts("Sqrt[2] + Log[3] + 2^(1/3) + (-2)^3", 50));
        assertEquals(Set.of("Log"), cuts("Log[-2]", 50));
        assertEquals(Set.of("Power"), cuts("(-2)^(1/3)", 50));
        assertEquals(Set.of("Power"), cuts("(-2)^(3/2)", 50));
    }

    private static Set<String> cuts(String expr, int precision) throws Exception {
        Evaluator ev = new Evaluator(precision, Deadline.in(10));
        BigComplex v = ev.evaluate(ExprParser.parse(expr), Map.<String, BigComplex>of());
        assertTrue(v.re.compareTo(BigDecimal.valueOf(-1e9)) > 0);
        return ev.branchCuts();
    }
}
