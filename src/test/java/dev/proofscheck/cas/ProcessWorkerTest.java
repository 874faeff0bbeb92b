package dev.proofscheck.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.TestSupport;
import dev.proofscheck.check.ClaimChecker;
import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.check.Status;
import dev.proofscheck.model.Derivation;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hard time limit: Symja work that ignores its stop request (JAS polynomial factorisation, huge
 * integer arithmetic) is ended for sure by killing the worker process, within the call's limit plus
 * {@link #OVERSHOOT_SECONDS}; the next call gets a fresh worker and a correct answer.
 */
class ProcessWorkerTest {
    /** Allowed time beyond the limit: the 1 s (the kill grace is 0.6 s, the kill itself milliseconds). */
    private static final double OVERSHOOT_SECONDS = 1.0;
    private static final double LIMIT = 1.0;

    private static SymjaSession session;

    @BeforeAll
    static void start() {
        session = SymjaSession.open();
        assertTrue(session.isolated(), "the default session must be the killable process worker");
    }

    @AfterAll
    static void stop() {
        session.close();
    }

    @Test
    void uninterruptibleWorkIsKilledWithinTheLimit() {
        SymjaForm names = new SymjaForm();
        assertEquals("2*v1", session.evaluate("D[Power[v1,2],v1]", 60, names).casText(), "worker warm-up");
        for (String runaway : List.of(
                "Factor[Plus[Power[v1,2000],Times[-1,Power[v2,2000]]]]",
                "Expand[Power[Plus[v1,v2,v3],2000]]",
                "FactorInteger[Plus[Power[2,301],-1]]")) {
            long pid = session.remote().pid();
            long t0 = System.nanoTime();
            CasAnswer a = session.evaluate(runaway, LIMIT, names);
            double took = (System.nanoTime() - t0) / 1e9;
            System.out.printf("hard limit: %s ended as %s after %.2f s (limit %.1f s)%n", runaway, a.status(), took, LIMIT);
            assertEquals(CasAnswer.Status.TIMEOUT, a.status(), runaway);
            assertTrue(took <= LIMIT + OVERSHOOT_SECONDS, runaway + " took " + took + " s for a " + LIMIT + " s limit");
            if (session.remote().pid() != pid) {
                assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the killed worker still runs");
            }
            assertEquals("2*v1", session.evaluate("D[Power[v1,2],v1]", 60, names).casText(), "the session is usable after " + runaway);
        }
        assertTrue(session.killedWorkers() >= 1, "no call needed the kill: the test no longer exercises it");
    }

    @Test
    void aClaimWhoseCasWorkHangsEndsWithinItsLimitAndTheRunGoesOn() {
        Derivation d = TestSupport.derivation("""
                id: hang
                title: "t"
                source:
                  seed: s.txt
                  locator: "here"
                variables:
                  x: (1, 2)
                  y: (0, 1)
                claims:
                  - id: factor-2000
                    kind: identity
                    lhs: (x^2000 - y^2000)/(x - y)
                    rhs: (x^2000 - y^2000)/(x - y) + (x - y)^(1/1000000)*0 + 1/x^3000
                  - id: after
                    kind: identity
                    lhs: (x + y)^2
                    rhs: x^2 + 2 x y + y^2
                """);
        double limit = 3;
        ClaimChecker checker = new ClaimChecker(new SymjaProver(session), 1, limit);
        session.evaluate("D[Power[v1,2],v1]", 60, new SymjaForm());
        long t0 = System.nanoTime();
        ClaimResult hang = checker.check(d, d.claims().get(0));
        double took = (System.nanoTime() - t0) / 1e9;
        System.out.printf("hard limit: claim ended as %s after %.2f s (limit %.1f s): %s%n", hang.status(), took, limit, hang.verdict().evidence());
        assertTrue(took <= limit + OVERSHOOT_SECONDS, "took " + took + " s");
        assertFalse(hang.status() == Status.PROVED, hang.verdict().evidence());
        ClaimResult after = checker.check(d, d.claims().get(1));
        assertEquals(Status.PROVED, after.status(), after.verdict().evidence());
    }
}
