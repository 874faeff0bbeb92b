package dev.proofscheck.numeric;

import ch.obermuhlner.math.big.BigComplex;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Eigenvalues of a small square matrix in arbitrary precision: the characteristic polynomial by the
 * Faddeev–LeVerrier recursion, its roots by the Durand–Kerner (Weierstrass) iteration. Meant for the
 * Jacobians of ODE fixed points (dimension up to 4), where working in 100 digits keeps even the
 * eigenvalues of a defective matrix (which move like a root of the perturbation) accurate far beyond
 * the stability margin.
 */
public final class Eigenvalues {
    /** Durand–Kerner iterations at most: quadratic convergence for simple roots, linear (halving) for double ones. */
    private static final int MAX_ITERATIONS = 2000;

    private Eigenvalues() {}

    /** The eigenvalues of {@code a} (with multiplicity). */
    public static BigComplex[] of(BigComplex[][] a, MathContext mc) {
        return roots(characteristicPolynomial(a, mc), mc);
    }

    /** Coefficients c[0..n] of det(sI - A) = sum c[k] s^k, c[n] = 1. */
    static BigComplex[] characteristicPolynomial(BigComplex[][] a, MathContext mc) {
        int n = a.length;
        BigComplex[] c = new BigComplex[n + 1];
        c[n] = BigComplex.ONE;
        BigComplex[][] m = new BigComplex[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = BigComplex.ZERO;
            }
        }
        for (int k = 1; k <= n; k++) {
            BigComplex[][] next = multiply(a, m, mc);
            for (int i = 0; i < n; i++) {
                next[i][i] = next[i][i].add(c[n - k + 1], mc);
            }
            m = next;
            BigComplex[][] am = multiply(a, m, mc);
            BigComplex trace = BigComplex.ZERO;
            for (int i = 0; i < n; i++) {
                trace = trace.add(am[i][i], mc);
            }
            c[n - k] = trace.divide(BigDecimal.valueOf(-k), mc);
        }
        return c;
    }

    /** Roots of the monic polynomial sum c[k] s^k by simultaneous (Durand–Kerner) iteration. */
    static BigComplex[] roots(BigComplex[] c, MathContext mc) {
        int n = c.length - 1;
        BigDecimal bound = BigDecimal.ONE;
        for (int k = 0; k < n; k++) {
            bound = Numbers.max(bound, LinearSolve.size(c[k]).add(BigDecimal.ONE));
        }
        BigComplex[] z = new BigComplex[n];
        BigComplex seed = BigComplex.valueOf(new BigDecimal("0.4"), new BigDecimal("0.9"));
        BigComplex power = BigComplex.ONE;
        for (int i = 0; i < n; i++) {
            power = power.multiply(seed, mc);
            z[i] = power.multiply(bound, mc);
        }
        BigDecimal done = Numbers.tenTo(-(mc.getPrecision() - 10));
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            BigDecimal change = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                BigComplex value = c[n];
                for (int k = n - 1; k >= 0; k--) {
                    value = value.multiply(z[i], mc).add(c[k], mc);
                }
                BigComplex denom = BigComplex.ONE;
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        denom = denom.multiply(z[i].subtract(z[j], mc), mc);
                    }
                }
                if (Evaluator.isZero(denom)) {
                    continue;
                }
                BigComplex step = value.divide(denom, mc);
                z[i] = z[i].subtract(step, mc);
                change = Numbers.max(change, LinearSolve.size(step));
            }
            if (change.compareTo(done.multiply(bound)) <= 0) {
                break;
            }
        }
        return z;
    }

    private static BigComplex[][] multiply(BigComplex[][] a, BigComplex[][] b, MathContext mc) {
        int n = a.length;
        BigComplex[][] out = new BigComplex[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                BigComplex s = BigComplex.ZERO;
                for (int k = 0; k < n; k++) {
                    s = s.add(a[i][k].multiply(b[k][j], mc), mc);
                }
                out[i][j] = s;
            }
        }
        return out;
    }
}
