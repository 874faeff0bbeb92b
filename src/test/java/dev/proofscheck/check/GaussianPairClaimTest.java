package dev.proofscheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.TestSupport;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.Derivation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * gaussian-pair claims end to end: closed forms of two-Gaussian expectations verified (the ends
 * rho -> +-1 included, and rho = +-1 exactly on a closed range), mutated forms refuted, and an
 * undeclared kink never verified.
 */
class GaussianPairClaimTest {
    private static final String HEADER = """
            id: t
            title: "T"
            source:
              seed: s.txt
              locator: "l"
            variables:
              rho: (-1, 1)
              r: "[-1, 1]"
              b: (-1, 1)
            claims:
            """;

    private static ClaimResult check(String body) {
        Derivation d = TestSupport.derivation(HEADER + "  - id: c\n    kind: gaussian-pair\n    vars: [u, v]\n    " + body + "\n");
        Claim c = d.claims().get(0);
        return new ClaimChecker(TestSupport.prover(), 1, 60).check(d, c);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "E[UV] = rho | integrand: u v\\n    correlation: rho\\n    equals: rho | VERIFIED",
        "E[UV] = r, r = +-1 included (degenerate) | integrand: u v\\n    correlation: r\\n    equals: r | VERIFIED",
        "arc-cosine kernel | integrand: Max[0, u] Max[0, v]\\n    correlation: rho\\n    split: {u: 0, v: 0}\\n    equals: (Sqrt[1 - rho^2] + (Pi - ArcCos[rho]) rho)/(2 Pi) | VERIFIED",
        "arc-cosine kernel at r = +-1 | integrand: Max[0, u] Max[0, v]\\n    correlation: r\\n    split: {u: 0, v: 0}\\n    equals: (Sqrt[1 - r^2] + (Pi - ArcCos[r]) r)/(2 Pi) | VERIFIED",
        "arcsine law | integrand: Sign[u] Sign[v]\\n    correlation: rho\\n    split: {u: 0, v: 0}\\n    equals: 2 ArcSin[rho]/Pi | VERIFIED",
        "fourth moment | integrand: u^2 v^2\\n    correlation: rho\\n    equals: 1 + 2 rho^2 | VERIFIED",
        "known limitation: a kink away from 0 (moving radial cut) reaches only ~13 digits between the frames, so never VERIFIED | integrand: Max[0, u - b] v\\n    correlation: rho\\n    split: {u: b}\\n    equals: rho (1 - Erf[b/Sqrt[2]])/2\\n    domain: {rho: '(-1/2, 1/2)'} | INCONCLUSIVE",
        "a wrong claim with a kink away from 0: far beyond the frames' disagreement, refuted | integrand: Max[0, u - b] v\\n    correlation: rho\\n    split: {u: b}\\n    equals: rho (1 + Erf[b/Sqrt[2]])/2\\n    domain: {rho: '(-1/2, 1/2)'} | REFUTED",
        "mutant: arc-cosine with Pi + ArcCos | integrand: Max[0, u] Max[0, v]\\n    correlation: rho\\n    split: {u: 0, v: 0}\\n    equals: (Sqrt[1 - rho^2] + (Pi + ArcCos[rho]) rho)/(2 Pi) | REFUTED",
        "mutant: arcsine law without 2 | integrand: Sign[u] Sign[v]\\n    correlation: rho\\n    split: {u: 0, v: 0}\\n    equals: ArcSin[rho]/Pi | REFUTED",
        "mutant: fourth moment 1 + rho^2 | integrand: u^2 v^2\\n    correlation: rho\\n    equals: 1 + rho^2 | REFUTED",
        "mutant: E[UV] off by rho^3/10^6 | integrand: u v\\n    correlation: rho\\n    equals: rho + rho^3/1000000 | REFUTED",
        "kinks not declared are found in the integrand (Max of arguments affine in u or v) | integrand: Max[0, u] Max[0, v]\\n    correlation: rho\\n    equals: (Sqrt[1 - rho^2] + (Pi - ArcCos[rho]) rho)/(2 Pi) | VERIFIED",
        "a kink that is not a line u = c or v = c is not found: the frames disagree | integrand: Max[0, u + v]\\n    correlation: rho\\n    equals: Sqrt[1 + rho]/Sqrt[Pi]\\n    domain: {rho: '(-1/2, 1/2)'} | INCONCLUSIVE",
        "kinks not declared, a claim off by 1/4: far beyond the frames' disagreement, refuted | integrand: Max[0, u] Max[0, v]\\n    correlation: rho\\n    equals: (Sqrt[1 - rho^2] + (Pi - ArcCos[rho]) rho)/(2 Pi) + 1/4 | REFUTED",
    })
    void verdicts(String name, String body, Status expected) {
        ClaimResult r = check(body.replace("\\n", "\n"));
        assertEquals(expected, r.status(), name + ": " + r.verdict().evidence());
        if (expected == Status.VERIFIED) {
            assertTrue(r.verdict().evidence().contains("agree with each other"), r.verdict().evidence());
        }
    }
}
