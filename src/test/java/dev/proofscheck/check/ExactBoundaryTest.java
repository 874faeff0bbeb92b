package dev.proofscheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.TestSupport;
import dev.proofscheck.cas.Prover;
import dev.proofscheck.model.Derivation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Strict inequalities whose sides are equal and fixed points with a Jacobian eigenvalue exactly 0: the
 * numbers alone leave them undecided; with an exact CAS reduction that the numbers agree with they are
 * refuted, and near-misses (a tiny true gap, an eigenvalue near but not at 0, a centre) are not.
 */
class ExactBoundaryTest {
    private static final String HEADER = """
            id: t
            title: test
            source: {seed: none, locator: none}
            variables:
              a: (0, 1)
              u01: '[0, 1]'
              lam: positive
              s: real
            claims:
            """;

    private static ClaimResult check(Prover prover, String claimYaml) {
        Derivation d = TestSupport.derivation(HEADER + "  - id: c\n    " + claimYaml.replace("\\n", "\n") + "\n");
        return new ClaimChecker(prover, 1, 20).check(d, d.claims().get(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // strict inequalities
        "sides identical after an edit (0 Sin[..] < 0) | kind: inequality\\n    holds: 0 Sin[Pi s^2/(1 + s^2)] < 0 | REFUTED | identically",
        "sides equal by an identity | kind: inequality\\n    holds: Sin[s]^2 + Cos[s]^2 > 1 | REFUTED | identically",
        "(a + 1)^2 < a^2 + 2 a + 1 | kind: inequality\\n    holds: (a + 1)^2 < a^2 + 2 a + 1 | REFUTED | identically",
        "equal only at the closed end 0 | kind: inequality\\n    holds: u01^2 - u01 < 0 | REFUTED | exactly at this point",
        "a true gap of 1e-60 stays undecided | kind: inequality\\n    holds: a < a + 10^-60 | INCONCLUSIVE | undecided",
        "a true strict inequality is verified | kind: inequality\\n    holds: -Sin[Pi s^2/(1 + s^2)] < 0 | VERIFIED | holds",
        // stability at the margin
        "y' = -y^3 is not linearly stable | kind: ode\\n    state: {y: '-y^3'}\\n    fixed-point: {y: 0}\\n    stable: true | REFUTED | not linearly stable",
        "y' = y^2 is not linearly unstable | kind: ode\\n    state: {y: 'y^2'}\\n    fixed-point: {y: 0}\\n    stable: false | REFUTED | no eigenvalue has real part > 0",
        "drift 0: no eigenvalue > 0 | kind: ode\\n    state: {p: '0 Sin[p]'}\\n    fixed-point: {p: Pi}\\n    stable: false | REFUTED | exactly 0",
        "eigenvalues -lam and 0, with a parameter | kind: ode\\n    state: {u: '-lam u + w^2', w: '-w^3'}\\n    fixed-point: {u: 0, w: 0}\\n    stable: true | REFUTED | not linearly stable",
        "the same point is not unstable either | kind: ode\\n    state: {u: '-lam u + w^2', w: '-w^3'}\\n    fixed-point: {u: 0, w: 0}\\n    stable: false | REFUTED | the others have real part < 0",
        "eigenvalue -1e-15: near 0, not 0 | kind: ode\\n    state: {y: '-10^-15 y'}\\n    fixed-point: {y: 0}\\n    stable: true | INCONCLUSIVE | within the margin",
        "eigenvalue -1e-6 is stable | kind: ode\\n    state: {y: '-10^-6 y'}\\n    fixed-point: {y: 0}\\n    stable: true | VERIFIED | real part < 0",
        "a centre (+-i) stays undecided | kind: ode\\n    state: {u: 'w', w: '-u'}\\n    fixed-point: {u: 0, w: 0}\\n    stable: false | INCONCLUSIVE | within the margin",
        "a zero and a positive eigenvalue: unstable | kind: ode\\n    state: {u: 'u', w: '0 w'}\\n    fixed-point: {u: 0, w: 0}\\n    stable: false | VERIFIED | real part > 0",
    })
    void verdicts(String name, String claim, Status expected, String evidence) {
        ClaimResult r = check(TestSupport.prover(), claim);
        assertEquals(expected, r.status(), name + ": " + r.verdict().evidence());
        assertTrue(r.verdict().evidence().contains(evidence), name + ": " + r.verdict().evidence());
        if (expected == Status.REFUTED) {
            assertEquals("symbolic+numeric", r.verdict().method(), "a refutation that rests on the CAS says so");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a strict inequality with a clear gap | kind: inequality\\n    holds: Log[1 + a] < a | VERIFIED",
        "a clearly stable point | kind: ode\\n    state: {y: '-y'}\\n    fixed-point: {y: 0}\\n    stable: true | VERIFIED",
        "an eigenvalue of modulus 1 on the imaginary axis | kind: ode\\n    state: {u: 'w', w: '-u'}\\n    fixed-point: {u: 0, w: 0}\\n    stable: true | INCONCLUSIVE",
    })
    void aLyingCasIsAskedOnlyWhereTheNumbersShowTheBoundary(String name, String claim, Status expected) {
        ClaimResult r = check(CasDisagreementTest.LIAR, claim);
        assertEquals(expected, r.status(), name + ": " + r.verdict().evidence());
    }
}
