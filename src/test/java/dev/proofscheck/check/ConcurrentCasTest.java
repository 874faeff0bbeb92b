package dev.proofscheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.TestSupport;
import dev.proofscheck.cas.Prover;
import dev.proofscheck.cas.SymbolicOutcome;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.model.Direction;
import dev.proofscheck.model.Domain;
import dev.proofscheck.numeric.Deadline;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The CAS runs on its own thread while the numerics run: its answer still reaches the verdict, a claim
 * never returns before its CAS call has ended (so calls of two claims never overlap on one worker), and
 * a CAS failure is an internal error of that claim as before.
 */
class ConcurrentCasTest {
    private static final String FILE = """
            id: t
            title: test
            source: {seed: none, locator: none}
            variables:
              x: real
              z: positive
            claims:
              - {id: identity, kind: identity, lhs: '(x + 1)^2', rhs: 'x^2 + 2 x + 1'}
              - {id: limit, kind: limit, expr: 'Sin[z]/z', var: z, at: 0, side: above, equals: 1}
              - {id: integral, kind: integral, integrand: 'Exp[-z]', var: z, from: 0, to: Infinity, equals: 1}
            """;

    /** A prover that answers "reduced" after a pause, recording on which thread it ran and whether it finished. */
    private static final class SlowProver implements Prover {
        final List<String> threads = new CopyOnWriteArrayList<>();
        volatile int finished;
        final boolean fail;

        SlowProver(boolean fail) {
            this.fail = fail;
        }

        private SymbolicOutcome answer() {
            threads.add(Thread.currentThread().getName());
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finished++;
            if (fail) {
                throw new IllegalStateException("worker broke");
            }
            return new SymbolicOutcome(SymbolicOutcome.Status.REDUCED, "Together[lhs - rhs] = 0 (fake)", "");
        }

        @Override
        public SymbolicOutcome reducesToZero(Expr e, Map<String, Domain> domains, Deadline deadline) {
            return answer();
        }

        @Override
        public SymbolicOutcome limitEquals(Expr f, String var, Expr point, Direction direction, Expr value,
                Map<String, Domain> domains, Deadline deadline) {
            return answer();
        }

        @Override
        public SymbolicOutcome integralEquals(Expr integrand, String var, Expr from, Expr to, boolean gaussian, Expr value,
                Map<String, Domain> domains, Deadline deadline) {
            return answer();
        }
    }

    @Test
    void theCasAnswerReachesTheVerdictAndEachCallEndsWithItsClaim() {
        Derivation d = TestSupport.derivation(FILE);
        SlowProver prover = new SlowProver(false);
        ClaimChecker checker = new ClaimChecker(prover, 1, 20);
        for (int i = 0; i < d.claims().size(); i++) {
            ClaimResult r = checker.check(d, d.claims().get(i));
            assertEquals(i + 1, prover.finished, "the CAS call of claim " + i + " had ended when its result was returned");
            assertEquals(Status.PROVED, r.status(), r.verdict().evidence());
            assertTrue(r.verdict().method().contains("symbolic"), r.verdict().method());
        }
        for (String t : prover.threads) {
            assertNotEquals(Thread.currentThread().getName(), t, "the CAS ran on a thread of its own");
        }
    }

    @Test
    void aFailingCasCallIsAnInternalErrorOfItsClaimAfterItEnded() {
        Derivation d = TestSupport.derivation(FILE);
        SlowProver prover = new SlowProver(true);
        ClaimResult r = new ClaimChecker(prover, 1, 20).check(d, d.claims().get(0));
        assertEquals(1, prover.finished);
        assertEquals(Status.INCONCLUSIVE, r.status());
        assertTrue(r.verdict().evidence().contains("internal error") && r.verdict().evidence().contains("worker broke"),
                r.verdict().evidence());
    }
}
