package dev.proofscheck.numeric.matrix;

import static dev.proofscheck.numeric.matrix.BigMatrix.divide;
import static dev.proofscheck.numeric.matrix.BigMatrix.multiply;
import static dev.proofscheck.numeric.matrix.BigMatrix.subtract;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.numeric.EvaluationException;
import dev.proofscheck.numeric.Numbers;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Gaussian elimination with partial pivoting in high precision: the inverse (with a singularity
 * threshold), the determinant, and the reduced row echelon form that reveals the rank (for the
 * pseudo-inverse). A pivot counts as zero when it is at most {@code threshold} times the largest entry
 * of the matrix; the caller chooses the threshold from the working precision.
 */
public final class Elimination {
    private Elimination() {}

    /** The inverse of a square matrix; singular (an {@link EvaluationException}) when a pivot is below the threshold. */
    public static BigMatrix inverse(BigMatrix m, BigDecimal threshold, MathContext mc) throws EvaluationException {
        if (!m.isSquare()) {
            throw new EvaluationException("Inverse of a non-square " + m.shape() + " matrix");
        }
        int n = m.rows();
        BigComplex[][] a = m.entries();
        BigComplex[][] inv = BigMatrix.identity(n).entries();
        BigDecimal zero = threshold.multiply(m.maxAbs());
        for (int col = 0; col < n; col++) {
            int p = pivotRow(a, col, col);
            BigDecimal size = Numbers.abs(a[p][col]);
            if (size.compareTo(zero) <= 0 || size.signum() == 0) {
                throw new EvaluationException("singular (Inverse of a " + m.shape() + " matrix with a pivot of size "
                        + Numbers.sci(size) + ", at most " + Numbers.sci(zero) + ")");
            }
            swap(a, p, col);
            swap(inv, p, col);
            BigComplex piv = a[col][col];
            for (int j = 0; j < n; j++) {
                a[col][j] = divide(a[col][j], piv, mc);
                inv[col][j] = divide(inv[col][j], piv, mc);
            }
            for (int i = 0; i < n; i++) {
                if (i != col && !isZero(a[i][col])) {
                    BigComplex f = a[i][col];
                    for (int j = 0; j < n; j++) {
                        a[i][j] = subtract(a[i][j], multiply(f, a[col][j], mc), mc);
                        inv[i][j] = subtract(inv[i][j], multiply(f, inv[col][j], mc), mc);
                    }
                }
            }
        }
        return BigMatrix.wrap(inv);
    }

    /** The determinant: the signed product of the pivots (no threshold: a singular matrix has a tiny determinant). */
    public static BigComplex det(BigMatrix m, MathContext mc) throws EvaluationException {
        if (!m.isSquare()) {
            throw new EvaluationException("Det of a non-square " + m.shape() + " matrix");
        }
        int n = m.rows();
        BigComplex[][] a = m.entries();
        BigComplex det = BigComplex.ONE;
        for (int col = 0; col < n; col++) {
            int p = pivotRow(a, col, col);
            if (isZero(a[p][col])) {
                return BigComplex.ZERO;
            }
            if (p != col) {
                swap(a, p, col);
                det = det.negate();
            }
            det = multiply(det, a[col][col], mc);
            for (int i = col + 1; i < n; i++) {
                if (!isZero(a[i][col])) {
                    BigComplex f = divide(a[i][col], a[col][col], mc);
                    for (int j = col; j < n; j++) {
                        a[i][j] = subtract(a[i][j], multiply(f, a[col][j], mc), mc);
                    }
                }
            }
        }
        return det;
    }

    /**
     * The reduced row echelon form's non-zero rows {@code R} and the pivot columns, so that
     * {@code m = m[:, pivots] . R} is a full-rank factorisation (rank = number of pivots).
     */
    public record Echelon(BigMatrix reduced, List<Integer> pivotColumns) {
        public int rank() {
            return pivotColumns.size();
        }
    }

    /** The rank-revealing reduced row echelon form; null reduced matrix when the rank is 0. */
    public static Echelon echelon(BigMatrix m, BigDecimal threshold, MathContext mc) {
        int rows = m.rows();
        int cols = m.cols();
        BigComplex[][] a = m.entries();
        BigDecimal zero = threshold.multiply(m.maxAbs());
        List<Integer> pivots = new ArrayList<>();
        int r = 0;
        for (int col = 0; col < cols && r < rows; col++) {
            int p = pivotRow(a, r, col);
            if (Numbers.abs(a[p][col]).compareTo(zero) <= 0) {
                for (int i = r; i < rows; i++) {
                    a[i][col] = BigComplex.ZERO; // below the threshold: rounding residue of a dependent column
                }
                continue;
            }
            swap(a, p, r);
            BigComplex piv = a[r][col];
            for (int j = col; j < cols; j++) {
                a[r][j] = divide(a[r][j], piv, mc);
            }
            for (int i = 0; i < rows; i++) {
                if (i != r && !isZero(a[i][col])) {
                    BigComplex f = a[i][col];
                    for (int j = col; j < cols; j++) {
                        a[i][j] = subtract(a[i][j], multiply(f, a[r][j], mc), mc);
                    }
                }
            }
            pivots.add(col);
            r++;
        }
        if (r == 0) {
            return new Echelon(null, List.of());
        }
        BigComplex[][] reduced = new BigComplex[r][];
        for (int i = 0; i < r; i++) {
            reduced[i] = a[i].clone();
        }
        return new Echelon(BigMatrix.wrap(reduced), List.copyOf(pivots));
    }

    private static int pivotRow(BigComplex[][] a, int from, int col) {
        int best = from;
        BigDecimal bestSize = Numbers.abs(a[from][col]);
        for (int i = from + 1; i < a.length; i++) {
            BigDecimal s = Numbers.abs(a[i][col]);
            if (s.compareTo(bestSize) > 0) {
                best = i;
                bestSize = s;
            }
        }
        return best;
    }

    private static void swap(BigComplex[][] a, int i, int j) {
        if (i != j) {
            BigComplex[] t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static boolean isZero(BigComplex z) {
        return z.re.signum() == 0 && z.im.signum() == 0;
    }
}
