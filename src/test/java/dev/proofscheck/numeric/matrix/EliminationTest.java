package dev.proofscheck.numeric.matrix;

import static dev.proofscheck.numeric.matrix.MatrixTestSupport.close;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.numeric.EvaluationException;
import dev.proofscheck.numeric.Numbers;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/** Inverse and determinant by elimination, on seeded random matrices and known values. */
class EliminationTest {
    private static final MathContext MC = new MathContext(100);
    private static final BigDecimal SINGULAR = Numbers.tenTo(-90);

    @Test
    void inverseTimesMatrixIsTheIdentity() throws EvaluationException {
        for (int n = 1; n <= 8; n++) {
            BigMatrix a = MatrixTestSupport.random(100 + n, n, n, null, MC);
            BigMatrix inv = Elimination.inverse(a, SINGULAR, MC);
            assertTrue(close(inv.dot(a, MC), BigMatrix.identity(n), 85), "n = " + n);
            assertTrue(close(a.dot(inv, MC), BigMatrix.identity(n), 85), "n = " + n);
        }
    }

    @Test
    void complexInverse() throws EvaluationException {
        BigMatrix a = MatrixTestSupport.complexRandom(5, 5, 5, MC);
        assertTrue(close(Elimination.inverse(a, SINGULAR, MC).dot(a, MC), BigMatrix.identity(5), 85));
    }

    @Test
    void singularMatrixIsRefusedNotInverted() {
        BigMatrix a = MatrixTestSupport.random(3, 5, 5, 3, MC);
        EvaluationException e = assertThrows(EvaluationException.class, () -> Elimination.inverse(a, Numbers.tenTo(-40), MC));
        assertTrue(e.getMessage().startsWith("singular"), e.getMessage());
    }

    @Test
    void determinantKnownValuesAndProductRule() throws EvaluationException {
        assertEquals(0, new BigDecimal("5").compareTo(Elimination.det(BigMatrix.real(new String[][] {{"2", "1"}, {"1", "3"}}), MC).re));
        // a row swap is needed and changes the sign
        assertEquals(0, new BigDecimal("-1").compareTo(Elimination.det(BigMatrix.real(new String[][] {{"0", "1"}, {"1", "0"}}), MC).re));
        for (int n = 1; n <= 6; n++) {
            BigMatrix a = MatrixTestSupport.random(200 + n, n, n, null, MC);
            BigMatrix b = MatrixTestSupport.random(300 + n, n, n, null, MC);
            BigComplex ab = Elimination.det(a.dot(b, MC), MC);
            BigComplex prod = Elimination.det(a, MC).multiply(Elimination.det(b, MC), MC);
            assertTrue(Numbers.abs(ab.subtract(prod)).compareTo(Numbers.abs(ab).multiply(Numbers.tenTo(-85))) <= 0, "n = " + n);
        }
    }

    @Test
    void traceAndTransposeAndShapes() {
        BigMatrix a = BigMatrix.real(new String[][] {{"1", "2", "3"}, {"4", "5", "6"}});
        assertEquals("3 x 2", a.transpose().shape());
        assertEquals(0, new BigDecimal("32").compareTo(a.dot(a.transpose(), MC).get(0, 1).re));
        assertEquals(0, new BigDecimal("9").compareTo(a.transpose().dot(BigMatrix.real(new String[][] {{"1"}, {"1"}}), MC).get(2, 0).re));
        assertEquals(0, new BigDecimal("6").compareTo(a.dot(a.transpose(), MC).trace(MC).re.subtract(new BigDecimal("85"))));
        assertThrows(IllegalArgumentException.class, () -> a.dot(a, MC));
        assertThrows(IllegalArgumentException.class, () -> a.trace(MC));
    }
}
