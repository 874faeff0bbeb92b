package dev.proofscheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.TestSupport;
import dev.proofscheck.cas.Prover;
import dev.proofscheck.cas.SymbolicOutcome;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.model.Direction;
import dev.proofscheck.model.Domain;
import dev.proofscheck.numeric.Deadline;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A CAS that "proves" everything cannot make a false claim pass: the numerics decide, and say so. */
class CasDisagreementTest {
    /** A prover that claims a reduction for every question. */
    static final Prover LIAR = new Prover() {
        private final SymbolicOutcome yes = new SymbolicOutcome(SymbolicOutcome.Status.REDUCED, "Together[lhs - rhs] = 0 (fake)", "");

        @Override
        public SymbolicOutcome reducesToZero(Expr e, Map<String, Domain> domains, Deadline deadline) {
            return yes;
        }

        @Override
        public SymbolicOutcome limitEquals(Expr f, String var, Expr point, Direction direction, Expr value,
                Map<String, Domain> domains, Deadline deadline) {
            return yes;
        }

        @Override
        public SymbolicOutcome integralEquals(Expr integrand, String var, Expr from, Expr to, boolean gaussian, Expr value,
                Map<String, Domain> domains, Deadline deadline) {
            return yes;
        }

        @Override
        public SymbolicOutcome zeroEigenvalues(Map<String, Expr> drift, Map<String, Expr> at, int multiplicity,
                Map<String, Domain> domains, Deadline deadline) {
            return yes;
        }
    };

    private static final String FILE = """
            id: t
            title: test
            source: {seed: none, locator: none}
            variables:
              x: real
              z: positive
            claims:
              - {id: false-identity, kind: identity, lhs: 'Sqrt[x^2]', rhs: 'x'}
              - {id: false-limit, kind: limit, expr: 'Sin[z]/z', var: z, at: 0, side: above, equals: 2}
              - {id: undecidable, kind: limit, expr: 'Sin[1/z]', var: z, at: 0, side: above, equals: 0}
            """;

    @Test
    void aCasProofThatTheNumericsContradictIsRejectedAndReported() {
        Derivation d = TestSupport.derivation(FILE);
        ClaimChecker checker = new ClaimChecker(LIAR, 1, 10);
        for (int i = 0; i < 2; i++) {
            ClaimResult r = checker.check(d, d.claims().get(i));
            assertEquals(Status.REFUTED, r.status(), r.verdict().evidence());
            assertTrue(r.verdict().evidence().contains("CAS claimed a reduction"), r.verdict().evidence());
            assertEquals(true, r.verdict().details().get("cas_contradicted"));
        }
    }

    @Test
    void aCasProofWithoutNumericConfirmationIsNotAccepted() {
        Derivation d = TestSupport.derivation(FILE);
        ClaimResult r = new ClaimChecker(LIAR, 1, 10).check(d, d.claims().get(2));
        assertEquals(Status.INCONCLUSIVE, r.status(), r.verdict().evidence());
        assertTrue(r.verdict().evidence().contains("not accepted"), r.verdict().evidence());
    }
}
