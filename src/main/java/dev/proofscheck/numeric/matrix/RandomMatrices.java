package dev.proofscheck.numeric.matrix;

import dev.proofscheck.expr.Rational;
import dev.proofscheck.model.MatrixSpec;
import dev.proofscheck.model.MatrixType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Draws the random matrices of a matrix claim, exactly (rational entries from short decimals), from a
 * seeded {@link SplittableRandom}: the same seed gives the same matrices, and both working precisions
 * see the same ones. Each type is drawn so that it has its property exactly (a symmetric matrix is
 * exactly symmetric, an orthogonal one exactly orthogonal).
 */
public final class RandomMatrices {
    /** Significant digits of a drawn entry: short exact decimals, like the sampled scalar points. */
    private static final MathContext ENTRY = new MathContext(MatrixTolerances.ENTRY_DIGITS);
    /**
     * Smallest diagonal entry of a diagonal-positive matrix, and the multiple of the identity added to
     * G G^T for an spd one: keeps both clearly positive definite (condition numbers of a few hundred at
     * the sizes tried), so that no identity is decided by an ill-conditioned draw.
     */
    private static final Rational POSITIVE_FLOOR = Rational.of(1, 10);

    private final SplittableRandom random;

    public RandomMatrices(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A matrix of the spec's type at the given sizes. */
    public RationalMatrix draw(MatrixSpec spec, Map<String, Integer> sizes) {
        int rows = spec.rows().at(sizes);
        int cols = spec.cols().at(sizes);
        MatrixType type = spec.type();
        if (spec.rank() != null) {
            int r = spec.rank().at(sizes);
            return uniform(rows, r).times(uniform(r, cols));
        }
        switch (type) {
            case SYMMETRIC:
                return symmetric(rows);
            case SPD: {
                RationalMatrix g = uniform(rows, rows);
                return g.times(g.transpose()).plus(RationalMatrix.identity(rows).scale(POSITIVE_FLOOR));
            }
            case ORTHOGONAL: {
                // Cayley transform of a skew-symmetric K: Q = (I - K)(I + K)^-1 is exactly orthogonal,
                // and I + K is always invertible (the eigenvalues of K are imaginary).
                RationalMatrix k = skew(rows);
                RationalMatrix id = RationalMatrix.identity(rows);
                return id.plus(k.scale(Rational.of(-1))).times(id.plus(k).inverse());
            }
            case DIAGONAL_POSITIVE: {
                Rational[][] d = zeros(rows, rows);
                for (int i = 0; i < rows; i++) {
                    d[i][i] = POSITIVE_FLOOR.add(decimal(2 * random.nextDouble()));
                }
                return new RationalMatrix(d);
            }
            default:
                return uniform(rows, cols);
        }
    }

    private RationalMatrix uniform(int rows, int cols) {
        Rational[][] c = new Rational[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                c[i][j] = entry();
            }
        }
        return new RationalMatrix(c);
    }

    private RationalMatrix symmetric(int n) {
        Rational[][] c = new Rational[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                c[i][j] = entry();
                c[j][i] = c[i][j];
            }
        }
        return new RationalMatrix(c);
    }

    private RationalMatrix skew(int n) {
        Rational[][] c = zeros(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                c[i][j] = entry();
                c[j][i] = c[i][j].negate();
            }
        }
        return new RationalMatrix(c);
    }

    /** Uniform on (-1, 1), as a short decimal. */
    private Rational entry() {
        return decimal(2 * random.nextDouble() - 1);
    }

    private static Rational decimal(double x) {
        return Rational.of(new BigDecimal(x).round(ENTRY));
    }

    private static Rational[][] zeros(int rows, int cols) {
        Rational[][] c = new Rational[rows][cols];
        for (Rational[] row : c) {
            java.util.Arrays.fill(row, Rational.ZERO);
        }
        return c;
    }
}
