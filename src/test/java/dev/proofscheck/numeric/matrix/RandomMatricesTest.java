package dev.proofscheck.numeric.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.expr.Rational;
import dev.proofscheck.model.MatrixType;
import dev.proofscheck.numeric.EvaluationException;
import dev.proofscheck.numeric.Numbers;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/** Each matrix type has its property exactly, and a seed always gives the same matrix. */
class RandomMatricesTest {
    private static final MathContext MC = new MathContext(60);

    private static RationalMatrix draw(long seed, int n, MatrixType type) {
        return MatrixTestSupport.exact(seed, n, n, type, null);
    }

    @Test
    void sameSeedSameMatrixOtherSeedOtherMatrix() {
        RationalMatrix a = MatrixTestSupport.exact(42, 4, 3, MatrixType.GENERAL, null);
        RationalMatrix b = MatrixTestSupport.exact(42, 4, 3, MatrixType.GENERAL, null);
        RationalMatrix c = MatrixTestSupport.exact(43, 4, 3, MatrixType.GENERAL, null);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(a.get(i, j), b.get(i, j));
            }
        }
        assertNotEquals(a.get(0, 0), c.get(0, 0));
    }

    @Test
    void generalEntriesAreShortDecimalsInTheUnitInterval() {
        RationalMatrix a = MatrixTestSupport.exact(5, 8, 8, MatrixType.GENERAL, null);
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                Rational r = a.get(i, j);
                assertTrue(r.compareTo(Rational.of(-1)) > 0 && r.compareTo(Rational.ONE) < 0, r.toString());
                // an exact decimal: the denominator divides a power of ten
                BigInteger d = r.den();
                while (d.mod(BigInteger.TEN).signum() == 0) {
                    d = d.divide(BigInteger.TEN);
                }
                while (d.mod(BigInteger.TWO).signum() == 0) {
                    d = d.divide(BigInteger.TWO);
                }
                while (d.mod(BigInteger.valueOf(5)).signum() == 0) {
                    d = d.divide(BigInteger.valueOf(5));
                }
                assertEquals(BigInteger.ONE, d, r.toString());
            }
        }
    }

    @Test
    void symmetricIsExactlySymmetric() {
        for (int n = 1; n <= 6; n++) {
            RationalMatrix s = draw(n, n, MatrixType.SYMMETRIC);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    assertEquals(s.get(i, j), s.get(j, i));
                }
            }
        }
    }

    @Test
    void orthogonalIsExactlyOrthogonal() {
        for (int n = 1; n <= 6; n++) {
            RationalMatrix q = draw(10 + n, n, MatrixType.ORTHOGONAL);
            RationalMatrix qtq = q.transpose().times(q);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    assertEquals(i == j ? Rational.ONE : Rational.ZERO, qtq.get(i, j), "n = " + n);
                }
            }
        }
        // and not the identity
        assertNotEquals(Rational.ONE, draw(3, 3, MatrixType.ORTHOGONAL).get(0, 0));
    }

    @Test
    void spdHasPositiveLeadingMinorsAndDiagonalPositiveIsDiagonal() throws EvaluationException {
        for (int n = 1; n <= 6; n++) {
            RationalMatrix s = draw(20 + n, n, MatrixType.SPD);
            for (int k = 1; k <= n; k++) {
                Rational[][] minor = new Rational[k][k];
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j < k; j++) {
                        minor[i][j] = s.get(i, j);
                    }
                }
                assertTrue(Elimination.det(new RationalMatrix(minor).at(MC), MC).re.signum() > 0, "n = " + n + ", minor " + k);
            }
            RationalMatrix d = draw(30 + n, n, MatrixType.DIAGONAL_POSITIVE);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    assertEquals(i == j, d.get(i, j).signum() > 0);
                    assertTrue(d.get(i, j).signum() >= 0);
                }
            }
        }
    }

    @Test
    void rankOptionGivesThatRank() {
        for (int r = 1; r <= 3; r++) {
            BigMatrix a = MatrixTestSupport.exact(40 + r, 6, 5, MatrixType.GENERAL, r).at(MC);
            assertEquals(r, Elimination.echelon(a, Numbers.tenTo(-30), MC).rank());
        }
        assertEquals(5, Elimination.echelon(MatrixTestSupport.random(44, 6, 5, null, MC), Numbers.tenTo(-30), MC).rank());
    }
}
