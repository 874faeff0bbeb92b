package dev.proofscheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.TestSupport;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.Derivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * End-to-end verdicts of matrix claims: true identities verified, false ones (a sign, an order of a
 * non-commutative product, a missing inverse) refuted with the instance and the entry, singular draws
 * inconclusive. The checker gets no CAS at all: a matrix claim that reached it would fail here.
 */
class MatrixClaimTest {
    private static final String HEADER = """
            id: t
            title: test
            source: {seed: none, locator: none}
            variables:
              g: positive
              z: complex (-2, 2) x (0.1, 3)
              k: integer [1, 10]
            claims:
            """;

    private static ClaimResult check(String claimYaml) {
        Derivation d = TestSupport.derivation(HEADER + "  - " + claimYaml + "\n");
        Claim c = d.claims().get(0);
        return new ClaimChecker(null, 1, 20).check(d, c);
    }

    private static final String SQUARE = "matrices: {X: {dims: [n, n]}, Y: {dims: [n, n]}}, sizes: {n: [1, 2, 4, 6]}";
    private static final String SM = "matrices: {A: {dims: [n, n], type: spd}, v: {dims: [n]}}, scalars: {t: positive}, sizes: {n: [1, 3, 6]}";
    private static final String RES = "matrices: {A: {dims: [n, n], type: symmetric}, v: {dims: [n]}}, scalars: {c: real}, sizes: {n: [2, 5]}, "
            + "where: {R: 'Inverse[A - z IdentityMatrix[n]]', Rc: 'Inverse[A + c v . Transpose[v] - z IdentityMatrix[n]]'}";
    private static final String RECT = "matrices: {A: {dims: [m, n]}, B: {dims: [n, m]}}, sizes: {m: [1, 2, 5], n: [1, 3]}";
    private static final String PINV = "matrices: {A: {dims: [m, n], rank: r}}, sizes: {m: [2, 5], n: [3, 4], r: [1, 2]}";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Sherman-Morrison | {id: a, kind: matrix, " + SM + ", lhs: 'Inverse[A + t v . Transpose[v]] . v', rhs: 'Inverse[A] . v/(1 + t Transpose[v] . Inverse[A] . v)'} | VERIFIED",
        "Sherman-Morrison with <v, A v> | {id: a, kind: matrix, " + SM + ", lhs: 'Inverse[A + t v . Transpose[v]] . v', rhs: 'Inverse[A] . v/(1 + t Transpose[v] . A . v)'} | REFUTED",
        "difference of inverses | {id: a, kind: matrix, " + SQUARE + ", lhs: 'Inverse[X] - Inverse[Y]', rhs: 'Inverse[Y] . (Y - X) . Inverse[X]'} | VERIFIED",
        "difference of inverses, other order | {id: a, kind: matrix, " + SQUARE + ", lhs: 'Inverse[X] - Inverse[Y]', rhs: 'Inverse[X] . (Y - X) . Inverse[Y]'} | VERIFIED",
        "difference of inverses, sign | {id: a, kind: matrix, " + SQUARE + ", lhs: 'Inverse[X] - Inverse[Y]', rhs: '-Inverse[Y] . (Y - X) . Inverse[X]'} | REFUTED",
        "product order matters | {id: a, kind: matrix, " + SQUARE + ", lhs: 'X . Y', rhs: 'Y . X'} | REFUTED",
        "inverse of a product reverses it | {id: a, kind: matrix, " + SQUARE + ", lhs: 'Inverse[X . Y]', rhs: 'Inverse[Y] . Inverse[X]'} | VERIFIED",
        "inverse of a product, wrong order | {id: a, kind: matrix, " + SQUARE + ", lhs: 'Inverse[X . Y]', rhs: 'Inverse[X] . Inverse[Y]'} | REFUTED",
        "Det multiplicative | {id: a, kind: matrix, " + SQUARE + ", lhs: 'Det[X . Y]', rhs: 'Det[X] Det[Y]'} | VERIFIED",
        "Tr cyclic, rectangular | {id: a, kind: matrix, " + RECT + ", lhs: 'Tr[A . B]', rhs: 'Tr[B . A]'} | VERIFIED",
        "Sylvester, rectangular | {id: a, kind: matrix, " + RECT + ", lhs: 'Det[IdentityMatrix[m] + A . B]', rhs: 'Det[IdentityMatrix[n] + B . A]'} | VERIFIED",
        "Sylvester with a wrong identity size is a shape error, so: Det off by a factor | {id: a, kind: matrix, " + RECT + ", lhs: 'Det[IdentityMatrix[m] + A . B]', rhs: 'Det[IdentityMatrix[n] + 2 B . A]'} | REFUTED",
        "complex resolvent, rank one | {id: a, kind: matrix, " + RES + ", lhs: 'Rc - R', rhs: '-c R . v . Transpose[v] . Rc'} | VERIFIED",
        "complex resolvent, trace | {id: a, kind: matrix, " + RES + ", lhs: 'Tr[Rc - R]', rhs: '-c Transpose[v] . R . R . v/(1 + c Transpose[v] . R . v)'} | VERIFIED",
        "complex resolvent, trace without the square | {id: a, kind: matrix, " + RES + ", lhs: 'Tr[Rc - R]', rhs: '-c Transpose[v] . R . v/(1 + c Transpose[v] . R . v)'} | REFUTED",
        "A+ A A+ = A+ at rank r | {id: a, kind: matrix, " + PINV + ", lhs: 'PseudoInverse[A] . A . PseudoInverse[A]', rhs: 'PseudoInverse[A]'} | VERIFIED",
        "A+ A = I fails below full rank | {id: a, kind: matrix, " + PINV + ", lhs: 'PseudoInverse[A] . A', rhs: 'IdentityMatrix[n]'} | REFUTED",
        "(A A^T)+ A as a ridge limit | {id: a, kind: matrix, matrices: {A: {dims: [m, n]}}, sizes: {m: [2, 4], n: [1, 3, 6]}, lhs: 'PseudoInverse[A . Transpose[A]] . A', rhs: 'Inverse[A . Transpose[A] + 10^-40 IdentityMatrix[m]] . A'} | VERIFIED",
        "(A A^T)+ A with a ridge too large to be the limit | {id: a, kind: matrix, matrices: {A: {dims: [m, n]}}, sizes: {m: [2, 4], n: [1, 3, 6]}, lhs: 'PseudoInverse[A . Transpose[A]] . A', rhs: 'Inverse[A . Transpose[A] + 10^-20 IdentityMatrix[m]] . A'} | REFUTED",
        "orthogonal: Q^T Q = I | {id: a, kind: matrix, matrices: {Q: {dims: [n, n], type: orthogonal}}, sizes: {n: [1, 3, 5]}, lhs: 'Transpose[Q] . Q', rhs: 'IdentityMatrix[n]'} | VERIFIED",
        "file variable and integer size variable | {id: a, kind: matrix, matrices: {A: {dims: [k, k], type: spd}}, sizes: {k: [2, 3]}, lhs: 'Tr[Inverse[A + g IdentityMatrix[k]] . (A + g IdentityMatrix[k])]', rhs: 'k'} | VERIFIED",
        "MatrixPower | {id: a, kind: matrix, " + SQUARE + ", lhs: 'MatrixPower[X, -2] . MatrixPower[X, 3]', rhs: 'X'} | VERIFIED",
        "an exact zero matrix, within rounding error | {id: a, kind: matrix, matrices: {X: {dims: [p, n]}}, sizes: {p: [2, 6], n: [3]}, where: {S: 'X . Transpose[X]/n'}, lhs: 'Transpose[X] . (IdentityMatrix[p] - PseudoInverse[S] . S)', rhs: '0 Transpose[X]'} | VERIFIED",
        "a tiny matrix is not zero | {id: a, kind: matrix, " + SQUARE + ", lhs: '10^-60 X', rhs: '0 X'} | REFUTED",
        "a tiny matrix under rounding residue is not zero | {id: a, kind: matrix, " + SQUARE + ", lhs: 'X . Inverse[X] - IdentityMatrix[n] + 10^-70 IdentityMatrix[n]', rhs: '0 X'} | REFUTED",
        "inverse of a singular matrix has no value | {id: a, kind: matrix, matrices: {B: {dims: [m, n]}}, sizes: {m: [4], n: [2]}, lhs: 'Inverse[B . Transpose[B]] . B', rhs: 'B'} | INCONCLUSIVE",
    })
    void verdicts(String name, String claim, Status expected) {
        ClaimResult r = check(claim);
        assertEquals(expected, r.status(), name + ": " + r.verdict().evidence());
        assertEquals("matrix", r.kind());
        if (expected != Status.INCONCLUSIVE) {
            assertEquals("numeric", r.verdict().method());
        }
    }

    @Test
    void refutationNamesSizesDrawEntryAndBothValues() {
        ClaimResult r = check("{id: a, kind: matrix, " + SQUARE + ", lhs: 'X . Y', rhs: 'Y . X'}");
        assertEquals(Status.REFUTED, r.status());
        String ev = r.verdict().evidence();
        assertTrue(ev.matches("at n=\\d+, draw \\d+ \\(draw seed [0-9a-f]+\\): entry \\[\\d+, \\d+\\] \\(largest gap\\) lhs = .*, rhs = .*"
                + ", \\|lhs - rhs\\| = .* > tol = .*"), ev);
        for (String key : new String[] {"instance", "entry", "shape", "lhs", "rhs", "difference", "tolerance"}) {
            assertTrue(r.verdict().details().containsKey(key), key + " missing: " + r.verdict().details());
        }
        // 1 x 1 is never refuted (X . Y = Y . X for numbers): the first refuted size is at least 2
        assertFalse(ev.startsWith("at n=1,"), ev);
    }

    @Test
    void verificationSaysSizesDrawsDigitsAndWhyNotSymbolic() {
        ClaimResult r = check("{id: a, kind: matrix, " + SQUARE + ", lhs: 'Inverse[X] - Inverse[Y]', rhs: 'Inverse[Y] . (Y - X) . Inverse[X]'}");
        assertEquals(Status.VERIFIED, r.status());
        String ev = r.verdict().evidence();
        assertTrue(ev.startsWith("4 sizes (n=1; n=2; n=4; n=6) x 3 random draws = 12 instances, every entry agrees to >= "), ev);
        assertTrue(ev.contains(MatrixClaimChecker.NOT_SYMBOLIC), ev);
        assertEquals(12, r.verdict().details().get("instances"));
        int digits = Integer.parseInt((String) r.verdict().details().get("min_agreed_digits"));
        assertTrue(digits >= 30, "digits " + digits);
    }

    @Test
    void drawsOptionAndSingularDrawsAreReported() {
        ClaimResult r = check("{id: a, kind: matrix, draws: 5, " + SQUARE + ", lhs: 'X', rhs: 'X'}");
        assertEquals(20, r.verdict().details().get("instances"));
        ClaimResult s = check("{id: a, kind: matrix, matrices: {B: {dims: [m, n]}}, sizes: {m: [4], n: [2]}, lhs: 'Inverse[B . Transpose[B]] . B', rhs: 'B'}");
        assertTrue(s.verdict().evidence().contains("singular"), s.verdict().evidence());
    }

    @Test
    void sameSeedSameEvidenceOtherSeedOtherDraws() {
        String claim = "{id: a, kind: matrix, " + SQUARE + ", lhs: 'X . Y', rhs: 'Y . X'}";
        assertEquals(check(claim).verdict().evidence(), check(claim).verdict().evidence());
        Derivation d = TestSupport.derivation(HEADER + "  - " + claim + "\n");
        String other = new ClaimChecker(null, 2, 20).check(d, d.claims().get(0)).verdict().evidence();
        assertFalse(other.equals(check(claim).verdict().evidence()), other);
    }

    @Test
    void expectedRefutationOfATrueIdentityFailsTheRun() {
        ClaimResult r = check("{id: a, kind: matrix, expect: refuted, " + SQUARE + ", lhs: 'Inverse[X . Y]', rhs: 'Inverse[Y] . Inverse[X]'}");
        assertEquals(Status.VERIFIED, r.status());
        assertTrue(r.failed());
    }
}
