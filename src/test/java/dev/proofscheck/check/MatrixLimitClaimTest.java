package dev.proofscheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.TestSupport;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.Derivation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Matrix claims stated as limits ({@code limit: {var, at, side}}): true limits verified along the approach
 * (linear and square-root convergence, a point other than 0, both sides), a limit to another matrix and a
 * diverging difference refuted, with the approach in the evidence. (Before, only a fixed small parameter
 * could be written, and an edit of it moved the claim by less than either side resolves.)
 */
class MatrixLimitClaimTest {
    private static final String HEADER = """
            id: t
            title: test
            source: {seed: none, locator: none}
            variables:
              z: positive
            claims:
            """;
    /** Rank-deficient rectangular A, of both orientations: the Gram matrix A A^T is singular. */
    private static final String A = "matrices: {A: {dims: [m, n], rank: r}}, sizes: {m: [2, 5], n: [3, 4], r: [1, 2]}";
    private static final String PINV = "lhs: 'PseudoInverse[A . Transpose[A]] . A'";
    private static final String BIAS = "matrices: {X: {dims: [p, n]}, b: {dims: [p]}}, sizes: {p: [2, 5], n: [2, 3]}, "
            + "where: {S: 'X . Transpose[X]/n'}, lhs: 'Transpose[b] . (IdentityMatrix[p] - PseudoInverse[S] . S) . b'";

    private static ClaimResult check(String claimYaml) {
        Derivation d = TestSupport.derivation(HEADER + "  - " + claimYaml + "\n");
        Claim c = d.claims().get(0);
        return new ClaimChecker(null, 1, 60).check(d, c);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "ridge limit from above | {id: a, kind: matrix, " + A + ", limit: {var: d, at: 0, side: above}, " + PINV
                + ", rhs: 'Inverse[A . Transpose[A] + d IdentityMatrix[m]] . A'} | VERIFIED",
        "ridge limit from below (A kills the null space: the same limit) | {id: a, kind: matrix, " + A
                + ", limit: {var: d, at: 0, side: below}, " + PINV + ", rhs: 'Inverse[A . Transpose[A] + d IdentityMatrix[m]] . A'} | VERIFIED",
        "ridge limit with a doubled regulariser | {id: a, kind: matrix, " + A + ", limit: {var: d, at: 0, side: above}, " + PINV
                + ", rhs: 'Inverse[A . Transpose[A] + 2 d IdentityMatrix[m]] . A'} | VERIFIED",
        "ridge limit, approached like Sqrt[d] | {id: a, kind: matrix, " + A + ", limit: {var: d, at: 0, side: above}, " + PINV
                + ", rhs: 'Inverse[A . Transpose[A] + Sqrt[d] IdentityMatrix[m]] . A'} | VERIFIED",
        "ridge limit at 1 | {id: a, kind: matrix, " + A + ", limit: {var: d, at: 1, side: both}, " + PINV
                + ", rhs: 'Inverse[A . Transpose[A] + (d - 1) IdentityMatrix[m]] . A'} | VERIFIED",
        "ridge limit to another matrix | {id: a, kind: matrix, " + A + ", limit: {var: d, at: 0, side: above}, " + PINV
                + ", rhs: 'Inverse[A . Transpose[A] + (d + 1/1000) IdentityMatrix[m]] . A'} | REFUTED",
        "ridge limit without A: the null space blows up | {id: a, kind: matrix, " + A + ", limit: {var: d, at: 0, side: above}, "
                + "lhs: 'PseudoInverse[A . Transpose[A]]', rhs: 'Inverse[A . Transpose[A] + d IdentityMatrix[m]]'} | REFUTED",
        "bias as a resolvent limit | {id: a, kind: matrix, " + BIAS + ", limit: {var: z, at: 0, side: above}, "
                + "rhs: 'z Transpose[b] . Inverse[S + z IdentityMatrix[p]] . b'} | VERIFIED",
        "bias as a resolvent limit, from below | {id: a, kind: matrix, " + BIAS + ", limit: {var: z, at: 0, side: below}, "
                + "rhs: 'z Transpose[b] . Inverse[S + z IdentityMatrix[p]] . b'} | VERIFIED",
        "bias without the factor z | {id: a, kind: matrix, " + BIAS + ", limit: {var: z, at: 0, side: above}, "
                + "rhs: 'Transpose[b] . Inverse[S + z IdentityMatrix[p]] . b'} | REFUTED",
        "bias with z^2 | {id: a, kind: matrix, " + BIAS + ", limit: {var: z, at: 0, side: above}, "
                + "rhs: 'z^2 Transpose[b] . Inverse[S + z IdentityMatrix[p]] . b'} | REFUTED",
    })
    void verdicts(String name, String claim, Status expected) {
        ClaimResult r = check(claim);
        assertEquals(expected, r.status(), name + ": " + r.verdict().evidence());
        assertTrue(r.verdict().evidence().contains(expected == Status.REFUTED ? "limit point" : "in the limit"), r.verdict().evidence());
    }
}
