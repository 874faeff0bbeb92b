package dev.proofscheck.numeric.matrix;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.model.Dim;
import dev.proofscheck.model.MatrixSpec;
import dev.proofscheck.model.MatrixType;
import dev.proofscheck.numeric.Numbers;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;

/** Seeded random matrices and entrywise distances for the matrix tests. */
final class MatrixTestSupport {
    private MatrixTestSupport() {}

    static RationalMatrix exact(long seed, int rows, int cols, MatrixType type, Integer rank) {
        MatrixSpec spec = new MatrixSpec("A", Dim.of(rows), Dim.of(cols), type, rank == null ? null : Dim.of(rank));
        return new RandomMatrices(seed).draw(spec, Map.of());
    }

    static BigMatrix random(long seed, int rows, int cols, Integer rank, MathContext mc) {
        return exact(seed, rows, cols, MatrixType.GENERAL, rank).at(mc);
    }

    /** A + i B with A, B independent random matrices of the given rank (so rank <= 2 rank). */
    static BigMatrix complexRandom(long seed, int rows, int cols, MathContext mc) {
        BigMatrix re = random(seed, rows, cols, null, mc);
        BigMatrix im = random(seed + 1, rows, cols, null, mc);
        BigComplex[][] c = new BigComplex[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                c[i][j] = BigComplex.valueOf(re.get(i, j).re, im.get(i, j).re);
            }
        }
        return BigMatrix.of(c);
    }

    /** The largest entry of |a - b|. */
    static BigDecimal distance(BigMatrix a, BigMatrix b) {
        if (a.rows() != b.rows() || a.cols() != b.cols()) {
            throw new AssertionError("shapes differ: " + a.shape() + " vs " + b.shape());
        }
        BigDecimal m = BigDecimal.ZERO;
        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < a.cols(); j++) {
                m = m.max(Numbers.abs(a.get(i, j).subtract(b.get(i, j))));
            }
        }
        return m;
    }

    /** Whether a and b agree to {@code digits} digits relative to the larger entry magnitude (at least 1). */
    static boolean close(BigMatrix a, BigMatrix b, int digits) {
        BigDecimal scale = a.maxAbs().max(b.maxAbs()).max(BigDecimal.ONE);
        return distance(a, b).compareTo(scale.multiply(Numbers.tenTo(-digits))) <= 0;
    }
}
