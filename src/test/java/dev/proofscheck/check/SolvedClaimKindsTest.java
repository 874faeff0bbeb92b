package dev.proofscheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.TestSupport;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.Derivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Verdicts of the fixed-point, inequality, rate and ode kinds: true claims verified, false ones refuted with the point. */
class SolvedClaimKindsTest {
    private static final String HEADER = """
            id: t
            title: test
            source: {seed: none, locator: none}
            variables:
              g: positive
              lam: positive
              l1: positive
              l2: positive
              x: real
              a: (0, 1)
              p1: (0, 5)
              p2: (0, 5)
            claims:
            """;

    private static final String KAPPA = "kind: fixed-point\n    unknowns: {kappa: ['lam + g (l1 + l2)/2', '1 + lam']}\n"
            + "    equations:\n      - g (l1/(l1 + kappa) + l2/(l2 + kappa))/2 == 1 - lam/kappa\n    branch: kappa > 0\n";
    private static final String ODE = "kind: ode\n    state: {m: '4 m (lam - m^2 - r2)', r2: '-8 (m^2 + r2) (r2 - 1)'}\n";

    private static ClaimResult check(String claimYaml) {
        Derivation d = TestSupport.derivation(HEADER + "  - id: c\n    " + claimYaml + "\n");
        Claim c = d.claims().get(0);
        return new ClaimChecker(TestSupport.prover(), 1, 20).check(d, c);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "kappa >= lambda | " + "KAPPA    holds: kappa >= lam | VERIFIED",
        "kappa <= lambda is false | KAPPA    holds: kappa <= lam | REFUTED",
        "kappa > lambda + g l1 is false | KAPPA    holds: kappa <= lam + g l1/2 | REFUTED",
        "dkappa/dlambda formula | KAPPA    derivatives: {dk: 'D[kappa, lam]'}\\n    holds: dk == 1/(1 - g (l1^2/(l1 + kappa)^2 + l2^2/(l2 + kappa)^2)/2) | VERIFIED",
        "dkappa/dlambda with l instead of l^2 | KAPPA    derivatives: {dk: 'D[kappa, lam]'}\\n    holds: dk == 1/(1 - g (l1/(l1 + kappa)^2 + l2/(l2 + kappa)^2)/2) | REFUTED",
        "the positive root is unique | KAPPA    unique: true\\n    holds: kappa > 0 | VERIFIED",
        "two positive roots: x^2 - 3x + 2 = 0 (1 and 2) | kind: fixed-point\\n    unknowns: {y: [0.5, 3]}\\n    equations: ['y^2 - 3 y + 2 == 0']\\n    branch: y > 0\\n    unique: true\\n    holds: y > 0 | REFUTED",
        "complex branch: sqrt of -1 with Im > 0 | kind: fixed-point\\n    unknowns: {z: ['1 + I', '-1 + I']}\\n    equations: ['z^2 == -1 - a']\\n    branch: Im[z] > 0\\n    holds: z == I Sqrt[1 + a] | VERIFIED",
        "complex branch, wrong sign | kind: fixed-point\\n    unknowns: {z: ['1 + I', '-1 + I']}\\n    equations: ['z^2 == -1 - a']\\n    branch: Im[z] > 0\\n    holds: z == -I Sqrt[1 + a] | REFUTED",
        "nu system, chi < 0 | kind: fixed-point\\n    unknowns: {n1: 'I', n2: 'I'}\\n    equations: ['n1 == p1/(-I Sqrt[p1 p2 a] - n2 - n2/(1 - n1 n2))', 'n2 == p2/(-I Sqrt[p1 p2 a] - n1 - n1/(1 - n1 n2))']\\n    branch: ['Im[n1] > 0', 'Im[n2] > 0']\\n    holds: Re[n1 n2] < 0 | VERIFIED",
        "nu system, chi > 0 is false | kind: fixed-point\\n    unknowns: {n1: 'I', n2: 'I'}\\n    equations: ['n1 == p1/(-I Sqrt[p1 p2 a] - n2 - n2/(1 - n1 n2))', 'n2 == p2/(-I Sqrt[p1 p2 a] - n1 - n1/(1 - n1 n2))']\\n    branch: ['Im[n1] > 0', 'Im[n2] > 0']\\n    holds: Re[n1 n2] > 0 | REFUTED",
        "no real root, proved by interval arithmetic: refuted | kind: fixed-point\\n    unknowns: {y: 1}\\n    equations: ['y^2 == -1 - a']\\n    holds: y > 0 | REFUTED",
        "no real root, proved through the interval rule of Sin: refuted | kind: fixed-point\\n    unknowns: {y: 1}\\n    equations: ['Sin[y]^2 == -1 - a']\\n    holds: y > 0 | REFUTED",
        "no real root, no proof (Gamma has no interval rule): inconclusive | kind: fixed-point\\n    unknowns: {y: 1}\\n    equations: ['Gamma[y]^2 == -1 - a']\\n    holds: y > 0 | INCONCLUSIVE",
        "AM-GM | kind: inequality\\n    holds: x^2 + 1 >= 2 x | VERIFIED",
        "x^2 >= x is false on (0, 1) | kind: inequality\\n    holds: a^2 >= a | REFUTED",
        "equality within rounding satisfies <= | kind: inequality\\n    holds: (a + 1)^2 <= a^2 + 2 a + 1 | VERIFIED",
        "equality is not a strict inequality (the CAS proves the sides equal) | kind: inequality\\n    holds: (a + 1)^2 < a^2 + 2 a + 1 | REFUTED",
        "Log[1 + x] <= x near the ends too | kind: inequality\\n    holds: Log[1 + a] <= a | VERIFIED",
        "n^2 + n log n ~ n^2 | kind: rate\\n    expr: 3 n^2 + n Log[n]\\n    var: n\\n    exponent: 2 | VERIFIED",
        "n^a with a parameter | kind: rate\\n    expr: (1 + a) n^(1 + a) + n\\n    var: n\\n    exponent: 1 + a | VERIFIED",
        "n log n is not n^1 | kind: rate\\n    expr: n Log[n]\\n    var: n\\n    exponent: 1 | REFUTED",
        "n log n with its log power | kind: rate\\n    expr: n Log[n]\\n    var: n\\n    exponent: 1\\n    log-power: 1 | VERIFIED",
        "sqrt n is not n^0.6 | kind: rate\\n    expr: Sqrt[n + 1]\\n    var: n\\n    exponent: 3/5 | REFUTED",
        "ratio tends to a constant | kind: rate\\n    expr: 2 n^2 + n\\n    var: n\\n    exponent: 2\\n    constant: true | VERIFIED",
        "fixed point (0, 1) stable below 1 | ODE    fixed-point: {m: 0, r2: 1}\\n    stable: true\\n    domain: {lam: '(0, 1)'} | VERIFIED",
        "fixed point (0, 1) not stable above 1 | ODE    fixed-point: {m: 0, r2: 1}\\n    stable: true\\n    domain: {lam: '(1, inf)'} | REFUTED",
        "(1, 0) is no fixed point | ODE    fixed-point: {m: 1, r2: 0} | REFUTED",
        "(sqrt(lam - 1), 1) stable above 1 | ODE    fixed-point: {m: 'Sqrt[lam - 1]', r2: 1}\\n    stable: true\\n    domain: {lam: '(1, inf)'} | VERIFIED",
        "neutral: eigenvalue exactly 0 is not linear stability | kind: ode\\n    state: {y: '-y^3'}\\n    fixed-point: {y: 0}\\n    stable: true | REFUTED",
        "drift at a point | ODE    drift-at: {m: x, r2: 2}\\n    equals: {m: '4 x (lam - x^2 - 2)', r2: '-8 (x^2 + 2)'} | VERIFIED",
        "drift at a point, wrong | ODE    drift-at: {m: x, r2: 2}\\n    equals: {m: '4 x (lam - x^2 - 2)', r2: '-8 x^2'} | REFUTED",
    })
    void verdicts(String name, String claim, Status expected) {
        ClaimResult r = check(claim.replace("KAPPA", KAPPA).replace("ODE", ODE).replace("\\n", "\n"));
        assertEquals(expected, r.status(), name + ": " + r.verdict().evidence());
        if (expected == Status.VERIFIED) {
            assertTrue(r.verdict().evidence().contains("not attempted"), "the evidence says the CAS was not asked: " + r.verdict().evidence());
        }
    }

    @Test
    void fixedPointRefutationGivesPointSolutionAndBothSides() {
        ClaimResult r = check(KAPPA + "    holds: kappa <= lam");
        assertEquals(Status.REFUTED, r.status());
        assertTrue(r.verdict().details().containsKey("point"));
        assertTrue(r.verdict().details().containsKey("solution"));
        assertTrue(r.verdict().details().containsKey("lhs") && r.verdict().details().containsKey("rhs"));
        assertTrue(r.verdict().evidence().contains("kappa="), r.verdict().evidence());
    }

    @Test
    void inequalityRefutationGivesPointAndBothValues() {
        ClaimResult r = check("kind: inequality\n    holds: a^2 >= a");
        assertTrue(r.verdict().details().keySet().containsAll(java.util.List.of("point", "lhs", "rhs")), r.verdict().details().toString());
    }

    @Test
    void equalityWithinRoundingIsSaidToSatisfyTheNonStrictOnly() {
        ClaimResult r = check("kind: inequality\n    holds: (a + 1)^2 <= a^2 + 2 a + 1");
        assertTrue(r.verdict().evidence().contains("non-strict"), r.verdict().evidence());
    }

    @Test
    void stabilityRefutationGivesTheEigenvalues() {
        ClaimResult r = check(ODE + "    fixed-point: {m: 0, r2: 0}\n    stable: true");
        assertEquals(Status.REFUTED, r.status());
        assertTrue(r.verdict().details().containsKey("eigenvalues"), r.verdict().details().toString());
    }
}
