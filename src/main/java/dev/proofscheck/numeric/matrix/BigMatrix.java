package dev.proofscheck.numeric.matrix;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.numeric.Numbers;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * An immutable matrix of arbitrary-precision complex numbers with the elementwise and product
 * operations of a matrix claim, each rounded to a given {@link MathContext}. Real matrices stay real
 * (the fast path of the scalar evaluator); complex entries arise only from complex scalars such as the
 * spectral parameter of a resolvent.
 */
public final class BigMatrix {
    private final BigComplex[][] a;
    private final int rows;
    private final int cols;

    private BigMatrix(BigComplex[][] a) {
        this.a = a;
        this.rows = a.length;
        this.cols = a.length == 0 ? 0 : a[0].length;
    }

    /** A matrix with the given entries (copied). */
    public static BigMatrix of(BigComplex[][] entries) {
        if (entries.length == 0 || entries[0].length == 0) {
            throw new IllegalArgumentException("a matrix needs at least one row and one column");
        }
        BigComplex[][] c = new BigComplex[entries.length][];
        for (int i = 0; i < entries.length; i++) {
            if (entries[i].length != entries[0].length) {
                throw new IllegalArgumentException("ragged matrix");
            }
            c[i] = entries[i].clone();
        }
        return new BigMatrix(c);
    }

    /** A real matrix from decimal strings, for tests: rows of numbers. */
    public static BigMatrix real(String[][] entries) {
        BigComplex[][] c = new BigComplex[entries.length][];
        for (int i = 0; i < entries.length; i++) {
            c[i] = new BigComplex[entries[i].length];
            for (int j = 0; j < entries[i].length; j++) {
                c[i][j] = BigComplex.valueOf(new BigDecimal(entries[i][j]));
            }
        }
        return of(c);
    }

    public static BigMatrix identity(int n) {
        BigComplex[][] c = new BigComplex[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c[i][j] = i == j ? BigComplex.ONE : BigComplex.ZERO;
            }
        }
        return new BigMatrix(c);
    }

    /** The 1 x 1 matrix holding {@code s}. */
    public static BigMatrix scalar(BigComplex s) {
        return new BigMatrix(new BigComplex[][] {{s}});
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public boolean isSquare() {
        return rows == cols;
    }

    public BigComplex get(int i, int j) {
        return a[i][j];
    }

    /** A copy of the entries, for algorithms that work in place. */
    BigComplex[][] entries() {
        BigComplex[][] c = new BigComplex[rows][];
        for (int i = 0; i < rows; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    static BigMatrix wrap(BigComplex[][] entries) {
        return new BigMatrix(entries);
    }

    public BigMatrix plus(BigMatrix o, MathContext mc) {
        requireSameShape(o, "add");
        BigComplex[][] c = new BigComplex[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                c[i][j] = add(a[i][j], o.a[i][j], mc);
            }
        }
        return new BigMatrix(c);
    }

    public BigMatrix minus(BigMatrix o, MathContext mc) {
        return plus(o.scale(BigComplex.valueOf(BigDecimal.ONE.negate()), mc), mc);
    }

    public BigMatrix scale(BigComplex s, MathContext mc) {
        BigComplex[][] c = new BigComplex[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                c[i][j] = multiply(s, a[i][j], mc);
            }
        }
        return new BigMatrix(c);
    }

    /** The matrix product {@code this . o}. */
    public BigMatrix dot(BigMatrix o, MathContext mc) {
        if (cols != o.rows) {
            throw new IllegalArgumentException("cannot multiply a " + shape() + " by a " + o.shape() + " matrix");
        }
        BigComplex[][] c = new BigComplex[rows][o.cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < o.cols; j++) {
                BigComplex s = BigComplex.ZERO;
                for (int k = 0; k < cols; k++) {
                    s = add(s, multiply(a[i][k], o.a[k][j], mc), mc);
                }
                c[i][j] = s;
            }
        }
        return new BigMatrix(c);
    }

    public BigMatrix transpose() {
        BigComplex[][] c = new BigComplex[cols][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                c[j][i] = a[i][j];
            }
        }
        return new BigMatrix(c);
    }

    /** The conjugate transpose (the transpose, for a real matrix). */
    public BigMatrix adjoint() {
        BigComplex[][] c = new BigComplex[cols][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                c[j][i] = a[i][j].conjugate();
            }
        }
        return new BigMatrix(c);
    }

    public BigComplex trace(MathContext mc) {
        if (!isSquare()) {
            throw new IllegalArgumentException("the trace of a non-square " + shape() + " matrix");
        }
        BigComplex s = BigComplex.ZERO;
        for (int i = 0; i < rows; i++) {
            s = add(s, a[i][i], mc);
        }
        return s;
    }

    /** The largest entry magnitude (to 20 digits: it only sets scales). */
    public BigDecimal maxAbs() {
        BigDecimal m = BigDecimal.ZERO;
        for (BigComplex[] row : a) {
            for (BigComplex z : row) {
                m = Numbers.max(m, Numbers.abs(z));
            }
        }
        return m;
    }

    /** {@code rows x cols}. */
    public String shape() {
        return rows + " x " + cols;
    }

    private void requireSameShape(BigMatrix o, String what) {
        if (rows != o.rows || cols != o.cols) {
            throw new IllegalArgumentException("cannot " + what + " a " + shape() + " and a " + o.shape() + " matrix");
        }
    }

    static BigComplex add(BigComplex x, BigComplex y, MathContext mc) {
        if (x.isReal() && y.isReal()) {
            return BigComplex.valueOf(x.re.add(y.re, mc));
        }
        return x.add(y, mc);
    }

    static BigComplex multiply(BigComplex x, BigComplex y, MathContext mc) {
        if (x.isReal() && y.isReal()) {
            return BigComplex.valueOf(x.re.multiply(y.re, mc));
        }
        return x.multiply(y, mc);
    }

    static BigComplex divide(BigComplex x, BigComplex y, MathContext mc) {
        if (x.isReal() && y.isReal()) {
            return BigComplex.valueOf(x.re.divide(y.re, mc));
        }
        return x.divide(y, mc);
    }

    static BigComplex subtract(BigComplex x, BigComplex y, MathContext mc) {
        if (x.isReal() && y.isReal()) {
            return BigComplex.valueOf(x.re.subtract(y.re, mc));
        }
        return x.subtract(y, mc);
    }
}
