package dev.proofscheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.TestSupport;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.Derivation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fixed-point claims with complex parameters (a complex variable, or {@code Log[-a]} = Log[a] + I Pi) and
 * {@code Exp}: without a root on the real branch they are REFUTED by the complex exclusion proof; with
 * one they are not.
 */
class ComplexNoRootCheckTest {
    private static final String HEADER = """
            id: t
            title: test
            source: {seed: none, locator: none}
            variables:
              a: (0, 1/8)
              th: (0, 1)
              z: complex (-1, 1) x (1/2, 2)
            claims:
            """;

    private static ClaimResult check(String claimYaml) {
        Derivation d = TestSupport.derivation(HEADER + "  - id: c\n    " + claimYaml.replace("\\n", "\n") + "\n");
        Claim c = d.claims().get(0);
        return new ClaimChecker(TestSupport.prover(), 1, 20).check(d, c);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Exp[y] = z has no real root (Im z > 0) | kind: fixed-point\\n    unknowns: {y: [I, 1]}\\n    equations: ['Exp[y] == z']\\n"
                + "    branch: y > 0\\n    holds: y > 0 | REFUTED",
        "Exp[y + Log[-a]] = -a e^y = a has no real root | kind: fixed-point\\n    unknowns: {y: ['Sqrt[Log[-a]]', 1]}\\n"
                + "    equations: ['Exp[y + Log[-a]] == a']\\n    branch: y > 0\\n    holds: y > 0 | REFUTED",
        "two neurons with xs^2 = I Pi: no real root | kind: fixed-point\\n    unknowns: {v: ['Sqrt[Log[-1]]', 1], b: ['Sqrt[Log[-1]]', 1]}\\n"
                + "    equations: ['(1/4) (1 - 1/(1 + Exp[-(v b + (th Sqrt[Log[-1]])^2)])) b == a v', '(1/4) (1 - 1/(1 + Exp[-(v b + (th Sqrt[Log[-1]])^2)])) v == a b']\\n"
                + "    branch: [b > 0, v > 0]\\n    holds: v > 0 | REFUTED",
        "Exp[y - 1] z = z has the root y = 1 | kind: fixed-point\\n    unknowns: {y: [I, 1]}\\n    equations: ['Exp[y - 1] z == z']\\n"
                + "    branch: y > 0\\n    holds: y == 1 | VERIFIED",
        "Exp[y + Log[-a]] = -a e has the root y = 1 | kind: fixed-point\\n    unknowns: {y: ['Sqrt[Log[-a]]', 1]}\\n"
                + "    equations: ['Exp[y + Log[-a]] == -a E']\\n    branch: y > 0\\n    holds: y == 1 | VERIFIED",
        "two neurons with (th Log[-1])^2/Pi^2 = -th^2: the root v = b = Sqrt[Log[1/(4 a) - 1] + th^2] | kind: fixed-point\\n"
                + "    unknowns: {v: ['Sqrt[Log[-1]]', 1], b: ['Sqrt[Log[-1]]', 1]}\\n"
                + "    equations: ['(1/4) (1 - 1/(1 + Exp[-(v b + (th Log[-1])^2/Pi^2)])) b == a v', '(1/4) (1 - 1/(1 + Exp[-(v b + (th Log[-1])^2/Pi^2)])) v == a b']\\n"
                + "    branch: [b > 0, v > 0]\\n    holds: v^2 == Log[1/(4 a) - 1] + th^2 | VERIFIED",
    })
    void verdicts(String name, String claim, Status expected) {
        ClaimResult r = check(claim);
        assertEquals(expected, r.status(), name + ": " + r.verdict().evidence());
        if (r.status() == Status.REFUTED) {
            assertTrue(r.verdict().details().containsKey("no_root")
                    && (r.verdict().evidence().contains("Im[y] in [0, 0]") || r.verdict().evidence().contains("Im[v] in [0, 0]")), "refuted by the proof over the real line: " + r.verdict().evidence());
        }
    }
}
