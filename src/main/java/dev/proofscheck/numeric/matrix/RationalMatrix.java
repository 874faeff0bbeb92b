package dev.proofscheck.numeric.matrix;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Rational;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * An exact matrix of rationals: how random matrices are drawn, so that every working precision sees
 * the very same matrix (its entries are rounded only when converted with {@link #at}).
 */
public final class RationalMatrix {
    private final Rational[][] a;

    RationalMatrix(Rational[][] a) {
        this.a = a;
    }

    public int rows() {
        return a.length;
    }

    public int cols() {
        return a[0].length;
    }

    public Rational get(int i, int j) {
        return a[i][j];
    }

    static RationalMatrix identity(int n) {
        Rational[][] c = new Rational[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c[i][j] = i == j ? Rational.ONE : Rational.ZERO;
            }
        }
        return new RationalMatrix(c);
    }

    RationalMatrix times(RationalMatrix o) {
        Rational[][] c = new Rational[rows()][o.cols()];
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < o.cols(); j++) {
                Rational s = Rational.ZERO;
                for (int k = 0; k < cols(); k++) {
                    s = s.add(a[i][k].multiply(o.a[k][j]));
                }
                c[i][j] = s;
            }
        }
        return new RationalMatrix(c);
    }

    RationalMatrix plus(RationalMatrix o) {
        Rational[][] c = new Rational[rows()][cols()];
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < cols(); j++) {
                c[i][j] = a[i][j].add(o.a[i][j]);
            }
        }
        return new RationalMatrix(c);
    }

    RationalMatrix scale(Rational s) {
        Rational[][] c = new Rational[rows()][cols()];
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < cols(); j++) {
                c[i][j] = a[i][j].multiply(s);
            }
        }
        return new RationalMatrix(c);
    }

    RationalMatrix transpose() {
        Rational[][] c = new Rational[cols()][rows()];
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < cols(); j++) {
                c[j][i] = a[i][j];
            }
        }
        return new RationalMatrix(c);
    }

    /** The exact inverse (Gauss–Jordan over the rationals); the matrix must be invertible. */
    RationalMatrix inverse() {
        int n = rows();
        Rational[][] m = new Rational[n][];
        Rational[][] inv = identity(n).a;
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int p = col;
            while (m[p][col].signum() == 0) {
                p++; // an exact zero pivot: any non-zero one below will do (ArrayIndexOutOfBounds if singular)
            }
            Rational[] t = m[p]; m[p] = m[col]; m[col] = t;
            t = inv[p]; inv[p] = inv[col]; inv[col] = t;
            Rational piv = m[col][col];
            for (int j = 0; j < n; j++) {
                m[col][j] = m[col][j].divide(piv);
                inv[col][j] = inv[col][j].divide(piv);
            }
            for (int i = 0; i < n; i++) {
                if (i != col && m[i][col].signum() != 0) {
                    Rational f = m[i][col];
                    for (int j = 0; j < n; j++) {
                        m[i][j] = m[i][j].subtract(f.multiply(m[col][j]));
                        inv[i][j] = inv[i][j].subtract(f.multiply(inv[col][j]));
                    }
                }
            }
        }
        return new RationalMatrix(inv);
    }

    /** The matrix at a working precision. */
    public BigMatrix at(MathContext mc) {
        BigComplex[][] c = new BigComplex[rows()][cols()];
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < cols(); j++) {
                Rational r = a[i][j];
                BigDecimal v = r.isInteger() ? new BigDecimal(r.num())
                        : new BigDecimal(r.num()).divide(new BigDecimal(r.den()), mc);
                c[i][j] = BigComplex.valueOf(v);
            }
        }
        return BigMatrix.wrap(c);
    }
}
