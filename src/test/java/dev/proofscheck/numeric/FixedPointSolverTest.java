package dev.proofscheck.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.ExprParser;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Newton in BigComplex, and the eigenvalues used for stability, against closed forms at seeded random inputs. */
class FixedPointSolverTest {
    private static Expr parse(String s) {
        try {
            return ExprParser.parse(s);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void solvesQuadraticToFortyDigitsAtSeededParameters() throws Exception {
        SplittableRandom rnd = new SplittableRandom(7);
        FixedPointSolver s = new FixedPointSolver(List.of("y"), List.of(parse("y^2 - c")), null);
        for (int i = 0; i < 20; i++) {
            Evaluator ev = new Evaluator(50, Deadline.none());
            BigDecimal c = BigDecimal.valueOf(0.01 + 100 * rnd.nextDouble());
            BigComplex[] y = s.solve(ev, Map.of("c", BigComplex.valueOf(c)), new BigComplex[] {BigComplex.ONE});
            BigDecimal exact = c.sqrt(new MathContext(60));
            assertTrue(y[0].re.subtract(exact).abs().compareTo(exact.scaleByPowerOfTen(-40)) < 0, "sqrt " + c + ": " + y[0]);
        }
    }

    @Test
    void complexRootFromComplexStart() throws Exception {
        FixedPointSolver s = new FixedPointSolver(List.of("z"), List.of(parse("z^2 + 4")), null);
        BigComplex[] z = s.solve(new Evaluator(50, Deadline.none()), Map.of(), new BigComplex[] {BigComplex.valueOf(1, 1)});
        assertTrue(LinearSolve.size(z[0].subtract(BigComplex.valueOf(0, 2))).doubleValue() < 1e-40, z[0].toString());
    }

    @Test
    void twoUnknownSystem() throws Exception {
        // x + y = 3, x y = 2, from (0.5, 2.5): the root (1, 2)
        FixedPointSolver s = new FixedPointSolver(List.of("x", "y"), List.of(parse("x + y - 3"), parse("x y - 2")), null);
        BigComplex[] r = s.solve(new Evaluator(100, Deadline.none()), Map.of(), new BigComplex[] {BigComplex.valueOf(0.5), BigComplex.valueOf(2.5)});
        assertTrue(r[0].re.subtract(BigDecimal.ONE).abs().compareTo(BigDecimal.ONE.scaleByPowerOfTen(-80)) < 0, r[0].toString());
    }

    /**
     * Vieta's system of three seeded roots, from a start 10% off, at 50 digits and then at 100, 200 and 400 from the
     * root one level down (as the checker's ladder does): every root to its precision less the guard digits.
     */
    @Test
    void threeUnknownSystemAtEveryPrecisionOfTheLadder() throws Exception {
        SplittableRandom rnd = new SplittableRandom(5);
        FixedPointSolver s = new FixedPointSolver(List.of("x", "y", "z"),
                List.of(parse("x + y + z - a"), parse("x y + y z + z x - b"), parse("x y z - c")), null);
        for (int trial = 0; trial < 8; trial++) {
            double[] r = {1 + rnd.nextDouble(), 3 + rnd.nextDouble(), 6 + rnd.nextDouble()};
            BigDecimal[] exact = {new BigDecimal(r[0]), new BigDecimal(r[1]), new BigDecimal(r[2])};
            Map<String, BigComplex> params = Map.of(
                    "a", BigComplex.valueOf(exact[0].add(exact[1]).add(exact[2])),
                    "b", BigComplex.valueOf(exact[0].multiply(exact[1]).add(exact[1].multiply(exact[2])).add(exact[2].multiply(exact[0]))),
                    "c", BigComplex.valueOf(exact[0].multiply(exact[1]).multiply(exact[2])));
            BigComplex[] x = new BigComplex[3];
            for (int j = 0; j < 3; j++) {
                x[j] = BigComplex.valueOf(r[j] * (1 + 0.2 * (rnd.nextDouble() - 0.5)));
            }
            for (int precision = 50; precision <= 400; precision *= 2) {
                x = s.solve(new Evaluator(precision, Deadline.none()), params, x);
                for (int j = 0; j < 3; j++) {
                    BigDecimal error = LinearSolve.size(x[j].subtract(BigComplex.valueOf(exact[j])));
                    assertTrue(error.compareTo(BigDecimal.ONE.scaleByPowerOfTen(-(precision - 12))) < 0,
                            "trial " + trial + ", root " + j + " at " + precision + " digits: error " + Numbers.sci(error));
                }
            }
        }
    }

    @Test
    void noRealRootIsReportedNotInvented() {
        FixedPointSolver s = new FixedPointSolver(List.of("y"), List.of(parse("y^2 + 1")), null);
        assertThrows(EvaluationException.class, () -> s.solve(new Evaluator(50, Deadline.none()), Map.of(), new BigComplex[] {BigComplex.ONE}));
    }

    @Test
    void eigenvaluesOfSeededMatricesSolveTheCharacteristicPolynomial() {
        SplittableRandom rnd = new SplittableRandom(11);
        MathContext mc = new MathContext(100);
        for (int trial = 0; trial < 10; trial++) {
            int n = 2 + trial % 3;
            BigComplex[][] a = new BigComplex[n][n];
            double trace = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] = BigComplex.valueOf(rnd.nextDouble() * 4 - 2);
                }
                trace += a[i][i].re.doubleValue();
            }
            BigComplex[] ev = Eigenvalues.of(a, mc);
            assertEquals(n, ev.length);
            double sum = 0;
            for (BigComplex z : ev) {
                sum += z.re.doubleValue();
                // det(A - z I) = 0 via the 2x2 / 3x3 / 4x4 characteristic polynomial evaluated independently
                BigComplex[] c = Eigenvalues.characteristicPolynomial(a, mc);
                BigComplex p = BigComplex.ZERO;
                for (int k = n; k >= 0; k--) {
                    p = p.multiply(z, mc).add(c[k], mc);
                }
                assertTrue(LinearSolve.size(p).doubleValue() < 1e-40, "p(eigenvalue) = " + p);
            }
            assertEquals(trace, sum, 1e-12, "the eigenvalues sum to the trace");
        }
    }

    @Test
    void doubleEigenvalueOfAJordanBlockIsAccurateBeyondTheMargin() {
        MathContext mc = new MathContext(100);
        BigComplex[][] jordan = {{BigComplex.valueOf(-1), BigComplex.ONE}, {BigComplex.ZERO, BigComplex.valueOf(-1)}};
        for (BigComplex z : Eigenvalues.of(jordan, mc)) {
            assertTrue(LinearSolve.size(z.subtract(BigComplex.valueOf(-1))).doubleValue() < SolverTolerances.STABILITY_MARGIN * 1e-3, z.toString());
        }
    }
}
