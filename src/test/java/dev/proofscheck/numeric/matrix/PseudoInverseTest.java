package dev.proofscheck.numeric.matrix;

import static dev.proofscheck.numeric.matrix.MatrixTestSupport.close;
import static dev.proofscheck.numeric.matrix.MatrixTestSupport.distance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.numeric.EvaluationException;
import dev.proofscheck.numeric.Numbers;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pseudo-inverse against its definition: the four Moore–Penrose conditions on seeded random
 * matrices, tall, wide, square, of full and deficient rank, real and complex, to 60 of 80 digits.
 */
class PseudoInverseTest {
    private static final MathContext MC = new MathContext(80);
    /** The evaluator's rank threshold at 80 digits (10^-(p/2)). */
    private static final BigDecimal RANK = Numbers.tenTo(-40);
    /** Digits the conditions must hold to: 80-digit arithmetic leaves 20 for the rounding of a few products. */
    private static final int DIGITS = 60;

    private static void assertMoorePenrose(BigMatrix a, BigMatrix p, String what) {
        assertEquals(a.cols(), p.rows(), what);
        assertEquals(a.rows(), p.cols(), what);
        assertTrue(close(a.dot(p, MC).dot(a, MC), a, DIGITS), what + ": A A+ A = A");
        assertTrue(close(p.dot(a, MC).dot(p, MC), p, DIGITS), what + ": A+ A A+ = A+");
        BigMatrix ap = a.dot(p, MC);
        BigMatrix pa = p.dot(a, MC);
        assertTrue(close(ap.adjoint(), ap, DIGITS), what + ": A A+ Hermitian");
        assertTrue(close(pa.adjoint(), pa, DIGITS), what + ": A+ A Hermitian");
    }

    @ParameterizedTest(name = "{0} x {1}, rank {2}")
    @CsvSource({
        "1, 1, 1", "3, 3, 3", "5, 2, 2", "2, 5, 2", "8, 3, 3", "3, 8, 3",
        "4, 4, 2", "6, 5, 1", "5, 7, 3", "8, 8, 7", "7, 2, 1",
    })
    void satisfiesTheFourMoorePenroseConditions(int rows, int cols, int rank) throws EvaluationException {
        for (long seed = 1; seed <= 4; seed++) {
            BigMatrix a = MatrixTestSupport.random(seed * 31 + rows, rows, cols, rank == Math.min(rows, cols) ? null : rank, MC);
            BigMatrix p = PseudoInverse.of(a, RANK, MC);
            assertMoorePenrose(a, p, rows + "x" + cols + " rank " + rank + " seed " + seed);
            assertEquals(rank, Elimination.echelon(a, RANK, MC).rank(), "rank decision, seed " + seed);
        }
    }

    @Test
    void complexMatricesUseTheConjugateTranspose() throws EvaluationException {
        for (long seed = 1; seed <= 3; seed++) {
            BigMatrix a = MatrixTestSupport.complexRandom(seed, 4, 3, MC);
            assertMoorePenrose(a, PseudoInverse.of(a, RANK, MC), "complex seed " + seed);
        }
    }

    @Test
    void invertibleMatrixGivesItsInverse() throws EvaluationException {
        BigMatrix a = MatrixTestSupport.random(7, 6, 6, null, MC);
        BigMatrix inv = Elimination.inverse(a, Numbers.tenTo(-70), MC);
        assertTrue(close(PseudoInverse.of(a, RANK, MC), inv, DIGITS));
    }

    @Test
    void knownExamples() throws EvaluationException {
        // [[1, 2], [2, 4]] = 5 u u^T with u = (1, 2)/sqrt 5: its pseudo-inverse is A/25.
        BigMatrix a = BigMatrix.real(new String[][] {{"1", "2"}, {"2", "4"}});
        BigMatrix expected = BigMatrix.real(new String[][] {{"0.04", "0.08"}, {"0.08", "0.16"}});
        assertTrue(distance(PseudoInverse.of(a, RANK, MC), expected).compareTo(Numbers.tenTo(-75)) < 0);
        // a row vector (1, 2, 2): its pseudo-inverse is the column (1, 2, 2)/9
        BigMatrix row = BigMatrix.real(new String[][] {{"1", "2", "2"}});
        BigMatrix col = PseudoInverse.of(row, RANK, MC);
        assertEquals(3, col.rows());
        assertTrue(distance(col, BigMatrix.real(new String[][] {{"1"}, {"2"}, {"2"}}).scale(
                ch.obermuhlner.math.big.BigComplex.valueOf(BigDecimal.ONE.divide(new BigDecimal(9), MC)), MC))
                .compareTo(Numbers.tenTo(-75)) < 0);
        // the zero matrix: its pseudo-inverse is the zero matrix of the transposed shape
        BigMatrix zero = BigMatrix.real(new String[][] {{"0", "0", "0"}, {"0", "0", "0"}});
        BigMatrix z = PseudoInverse.of(zero, RANK, MC);
        assertEquals(3, z.rows());
        assertEquals(0, z.maxAbs().signum());
    }

    @Test
    void roundingResidueOfADependentColumnDoesNotRaiseTheRank() throws EvaluationException {
        // X X^T / 3 for X of size 6 x 3 is 6 x 6 of rank 3; formed in 80-digit arithmetic its dependent
        // columns leave residues near 1e-78, which must count as zero.
        BigMatrix x = MatrixTestSupport.random(11, 6, 3, null, MC);
        BigMatrix s = x.dot(x.transpose(), MC).scale(ch.obermuhlner.math.big.BigComplex.valueOf(
                BigDecimal.ONE.divide(new BigDecimal(3), MC)), MC);
        assertEquals(3, Elimination.echelon(s, RANK, MC).rank());
        assertMoorePenrose(s, PseudoInverse.of(s, RANK, MC), "X X^T/3");
    }
}
