package dev.proofscheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.TestSupport;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.Derivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** End-to-end verdicts for each claim kind, true and false, with the real Symja engine. */
class ClaimCheckerTest {
    private static final String HEADER = """
            id: t
            title: test
            source: {seed: none, locator: none}
            variables:
              g: (0, 1)
              h: (1, inf)
              x: real
              z: positive
            definitions:
              S[a, w]: (-(1 - a + w) + Sqrt[(1 - a + w)^2 + 4 a w])/(2 a w)
            claims:
            """;

    private static ClaimResult check(String claimYaml) {
        Derivation d = TestSupport.derivation(HEADER + "  - " + claimYaml + "\n");
        Claim c = d.claims().get(0);
        return new ClaimChecker(TestSupport.prover(), 1, 20).check(d, c);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "identity, true, Together proves it | {id: a, kind: identity, lhs: '(x + 1)^2', rhs: 'x^2 + 2 x + 1'} | PROVED",
        "identity, false by a sign | {id: a, kind: identity, lhs: '(x + 1)^2', rhs: 'x^2 - 2 x + 1'} | REFUTED",
        "identity needing the domain: Sqrt[(1-h)^2] = h - 1 for h > 1 | {id: a, kind: identity, lhs: 'Sqrt[(1 - h)^2]', rhs: 'h - 1'} | PROVED",
        "the same identity off its domain is false | {id: a, kind: identity, lhs: 'Sqrt[(1 - g)^2]', rhs: 'g - 1'} | REFUTED",
        "equation with where | {id: a, kind: equation, equation: 'g z S^2 + (1 - g + z) S - 1 == 0', where: {S: 'S[g, z]'}} | PROVED",
        "equation off by a constant | {id: a, kind: equation, equation: 'g z S^2 + (1 - g + z) S - 2 == 0', where: {S: 'S[g, z]'}} | REFUTED",
        "limit, symbolic with reparametrisation | {id: a, kind: limit, expr: 'z S[h, z]', var: z, at: 0, side: above, equals: '1 - 1/h'} | PROVED",
        "limit, wrong value | {id: a, kind: limit, expr: 'z S[h, z]', var: z, at: 0, side: above, equals: '1 - 1/h^2'} | REFUTED",
        "limit, numeric only | {id: a, kind: limit, expr: 'S[g, z]', var: z, at: 0, side: above, equals: '1/(1 - g)'} | VERIFIED",
        "limit at infinity | {id: a, kind: limit, expr: 'z Sin[1/z]', var: z, at: Infinity, equals: 1} | PROVED",
        "limit claimed infinite | {id: a, kind: limit, expr: '1/z^2', var: z, at: 0, side: above, equals: Infinity} | PROVED",
        "series, correct | {id: a, kind: series, expr: 'Exp[z]', var: z, at: 0, order: 2, equals: '1 + z + z^2/2'} | PROVED",
        "series, wrong coefficient | {id: a, kind: series, expr: 'Exp[z]', var: z, at: 0, order: 2, equals: '1 + z + z^2/3'} | REFUTED",
        "integral, no parameters, symbolic | {id: a, kind: integral, integrand: 'Sqrt[(4 - x) x]/(2 Pi x)', var: x, from: 0, to: 4, equals: 1} | PROVED",
        "gaussian moment | {id: a, kind: integral, integrand: 'x^4', var: x, over: gaussian, equals: 3} | PROVED",
        "gaussian moment, wrong | {id: a, kind: integral, integrand: 'x^4', var: x, over: gaussian, equals: 2} | REFUTED",
        "ReLU mean, range cut at the kink | {id: a, kind: integral, integrand: 'Max[0, x]', var: x, over: gaussian, split: [0], equals: '1/Sqrt[2 Pi]'} | VERIFIED",
        "ReLU second Hermite coefficient | {id: a, kind: integral, integrand: 'Max[0, x] HermiteHe[2, x]/Sqrt[2]', var: x, over: gaussian, split: [0], equals: '1/(2 Sqrt[Pi])'} | VERIFIED",
        "ReLU second Hermite coefficient, wrong | {id: a, kind: integral, integrand: 'Max[0, x] HermiteHe[2, x]/Sqrt[2]', var: x, over: gaussian, split: [0], equals: '1/Sqrt[Pi]'} | REFUTED",
        "a kink far out in the Gaussian tail does not hide the bulk | {id: a, kind: integral, integrand: 'Max[0, x + 100]', var: x, over: gaussian, split: ['-100'], equals: 100} | VERIFIED",
        "the same, claimed zero (what the lost bulk would give) | {id: a, kind: integral, integrand: 'Max[0, x + 100]', var: x, over: gaussian, split: ['-100'], equals: 0} | REFUTED",
        "a centred ReLU claimed centred with the wrong sign of its mean, range cut at 0 | {id: a, kind: integral, integrand: 'Max[0, x] + 1/Sqrt[2 Pi]', var: x, over: gaussian, split: [0], equals: 0} | REFUTED",
        "a Gaussian half-line integral not 0 at the cut, claimed 0 | {id: a, kind: integral, integrand: '1 + 0 x', var: x, over: gaussian, split: [0], equals: 0} | REFUTED",
        "step function integral | {id: a, kind: integral, integrand: 'UnitStep[x - 1/3] Sign[x]', var: x, from: -1, to: 1, split: ['1/3'], equals: '2/3'} | VERIFIED",
        "HermiteHe through Symja's HermiteH | {id: a, kind: identity, lhs: 'HermiteHe[3, x]', rhs: 'x^3 - 3 x'} | PROVED",
        "an integral that cancels to zero | {id: a, kind: integral, integrand: 'x^3 - x', var: x, over: gaussian, equals: 0} | PROVED",
        "an integral claimed zero that is tiny but not zero | {id: a, kind: integral, integrand: 'x^2', var: x, over: gaussian, equals: '10^-40'} | REFUTED",
        "an integral stated to 4 digits | {id: a, kind: integral, integrand: 'x Tanh[x]', var: x, over: gaussian, equals: 0.6057, digits: 4} | VERIFIED",
        "an integral stated wrongly to 4 digits | {id: a, kind: integral, integrand: 'x Tanh[x]', var: x, over: gaussian, equals: 0.6058, digits: 4} | REFUTED",
        "complex-valued integrand | {id: a, kind: integral, integrand: 'Exp[-x^2/2] x^2/Sqrt[2 Pi I]', var: x, from: -Infinity, to: Infinity, equals: '1/Sqrt[I]'} | VERIFIED",
        "a slowly decaying tail the quadrature cannot reach is not decided | {id: a, kind: integral, integrand: 'x^(-201/200)', var: x, from: 1, to: Infinity, equals: 200} | INCONCLUSIVE",
        "parametric integral | {id: a, kind: integral, integrand: 'Exp[-z x]', var: x, from: 0, to: Infinity, equals: '1/z'} | VERIFIED",
        "value to 10 digits | {id: a, kind: value, expr: 'Pi', equals: '3.141592654', digits: 10} | VERIFIED",
        "value wrong in the 6th digit | {id: a, kind: value, expr: 'Pi', equals: '3.14160'} | REFUTED",
    })
    void verdicts(String name, String claim, Status expected) {
        ClaimResult r = check(claim);
        assertEquals(expected, r.status(), name + ": " + r.verdict().evidence());
    }

    @Test
    void aPolynomialGaussianIntegralIsProvedByTheMoments() {
        // E[He_3(x)^2] = 3! = 6; Symja's Integrate on the Gaussian weight took 2-5 s or ran out of time here
        ClaimResult r = check("{id: a, kind: integral, integrand: '(x^3 - 3 x)^2', var: x, over: gaussian, equals: 6}");
        assertEquals(Status.PROVED, r.status(), r.verdict().evidence());
        assertTrue(r.verdict().evidence().contains("Gaussian moments"), r.verdict().evidence());
        // with parameters: E[(g x^2 + h)^2] = 3 g^2 + 2 g h + h^2
        ClaimResult p = check("{id: a, kind: integral, integrand: '(g x^2 + h)^2', var: x, over: gaussian, equals: '3 g^2 + 2 g h + h^2'}");
        assertEquals(Status.PROVED, p.status(), p.verdict().evidence());
        assertTrue(p.verdict().evidence().contains("Gaussian moments"), p.verdict().evidence());
    }

    @Test
    void theMomentsAreNotUsedForANonPolynomialIntegrand() {
        ClaimResult r = check("{id: a, kind: integral, integrand: 'Abs[x] x^2', var: x, over: gaussian, split: [0], equals: '4/Sqrt[2 Pi]'}");
        assertEquals(Status.VERIFIED, r.status(), r.verdict().evidence());
        assertTrue(!r.verdict().evidence().contains("Gaussian moments"), r.verdict().evidence());
    }

    @Test
    void aWrongPolynomialGaussianIntegralIsRefutedNotProved() {
        ClaimResult r = check("{id: a, kind: integral, integrand: '(g x^2 + h)^2', var: x, over: gaussian, equals: 'g^2 + 2 g h + h^2'}");
        assertEquals(Status.REFUTED, r.status(), r.verdict().evidence());
    }

    @Test
    void anIntegrandThatIsZeroUpToRoundingIsNeverRefuted() {
        // each value is rounding noise of ~1e-50: at one precision the integral looks like 1e-59, not 0
        ClaimResult r = check("{id: a, kind: integral, integrand: 'Exp[I x] - Cos[x] - I Sin[x]', var: x, from: 0, to: Pi, equals: 0}");
        assertTrue(r.status() != Status.REFUTED, r.verdict().evidence());
    }

    @Test
    void refutationNamesThePointAndBothValues() {
        ClaimResult r = check("{id: a, kind: identity, lhs: 'x^2', rhs: 'x^2 + 10^-20'}");
        assertEquals(Status.REFUTED, r.status());
        assertTrue(r.verdict().details().containsKey("point"));
        assertTrue(r.verdict().details().containsKey("lhs"));
        assertTrue(r.verdict().details().containsKey("rhs"));
        assertTrue(r.verdict().evidence().contains("x="), r.verdict().evidence());
    }

    @Test
    void verificationSaysHowManyPointsAndDigits() {
        ClaimResult r = check("{id: a, kind: identity, lhs: 'Sin[x]^2 + Cos[x]^2', rhs: '1'}");
        assertTrue(r.status() == Status.PROVED || r.status() == Status.VERIFIED, r.verdict().evidence());
        assertEquals(20, r.verdict().details().get("points"));
        assertTrue(r.verdict().evidence().contains("20 points"), r.verdict().evidence());
    }

    @Test
    void expectedRefutationPassesOnlyWhenRefuted() {
        ClaimResult wrong = check("{id: a, kind: identity, lhs: 'x', rhs: '-x', expect: refuted}");
        assertEquals(Status.REFUTED, wrong.status());
        assertTrue(wrong.refutedAsExpected());
        assertTrue(!wrong.failed());
        ClaimResult right = check("{id: a, kind: identity, lhs: 'x', rhs: 'x', expect: refuted}");
        assertTrue(right.failed(), "a claim expected to be refuted that holds must fail the run");
    }

    @Test
    void sameSeedSameEvidence() {
        String claim = "{id: a, kind: identity, lhs: '(x + 1)^3', rhs: 'x^3 + 3 x^2 + 3 x'}";
        assertEquals(check(claim).verdict().evidence(), check(claim).verdict().evidence());
    }
}
