package dev.proofscheck.numeric.matrix;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Rational;
import dev.proofscheck.numeric.Deadline;
import dev.proofscheck.numeric.EvaluationException;
import dev.proofscheck.numeric.Numbers;
import dev.proofscheck.numeric.Point;
import dev.proofscheck.numeric.Tolerances;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Evaluates both sides of a matrix identity on one random instance at two precisions (50 and 100
 * digits), raising both (x4, at most twice, as the scalar {@link dev.proofscheck.numeric.PrecisionLadder})
 * while the rounding error eats into the 30 required digits of the largest entry, or while an Inverse
 * is too close to singular to be decided at the current precision.
 */
public final class MatrixLadder {
    private final Deadline deadline;
    private final int basePrecision;

    public MatrixLadder(Deadline deadline) {
        this(deadline, Tolerances.BASE_PRECISION);
    }

    /** A ladder starting from {@code basePrecision} digits (and twice that), e.g. for a limit's small steps. */
    public MatrixLadder(Deadline deadline, int basePrecision) {
        this.deadline = deadline;
        this.basePrecision = basePrecision;
    }

    /** Both sides of the identity, from the same precisions. */
    public record Pair(MatrixEstimate lhs, MatrixEstimate rhs) {}

    /** One random instance: the exact matrices, the sizes and the scalar parameters' point. */
    public record Instance(Map<String, RationalMatrix> matrices, Map<String, Integer> sizes, Point point) {}

    public Pair estimate(Expr lhs, Expr rhs, Instance instance) throws EvaluationException {
        int p = basePrecision;
        Pair best = null;
        EvaluationException lastFailure = null;
        for (int raise = 0; raise <= Tolerances.MAX_PRECISION_RAISES; raise++) {
            try {
                MatrixEvaluator low = new MatrixEvaluator(p, p, deadline);
                MatrixEvaluator high = new MatrixEvaluator(2 * p, p, deadline);
                best = new Pair(side(lhs, instance, low, high, raise > 0), side(rhs, instance, low, high, raise > 0));
                lastFailure = null;
                if (settled(best.lhs(), p) && settled(best.rhs(), p)) {
                    return best;
                }
            } catch (EvaluationException e) {
                if (!e.getMessage().startsWith("singular")) {
                    throw e;
                }
                lastFailure = e; // perhaps only nearly singular: decide at a higher precision
            }
            p *= Tolerances.PRECISION_RAISE_FACTOR;
        }
        if (lastFailure != null) {
            throw lastFailure;
        }
        return best;
    }

    private MatrixEstimate side(Expr e, Instance instance, MatrixEvaluator low, MatrixEvaluator high, boolean raised)
            throws EvaluationException {
        BigMatrix v1 = low.evaluate(e, matrices(instance, low), env(instance, low)).asMatrix();
        BigMatrix v2 = high.evaluate(e, matrices(instance, high), env(instance, high)).asMatrix();
        BigDecimal[][] err = new BigDecimal[v2.rows()][v2.cols()];
        for (int i = 0; i < v2.rows(); i++) {
            for (int j = 0; j < v2.cols(); j++) {
                err[i][j] = Numbers.abs(v2.get(i, j).subtract(v1.get(i, j)));
            }
        }
        return new MatrixEstimate(v2, err, high.mathContext().getPrecision(), raised);
    }

    private static Map<String, BigMatrix> matrices(Instance instance, MatrixEvaluator ev) {
        Map<String, BigMatrix> out = new LinkedHashMap<>();
        instance.matrices().forEach((name, m) -> out.put(name, m.at(ev.mathContext())));
        return out;
    }

    private static Map<String, BigComplex> env(Instance instance, MatrixEvaluator ev) {
        Map<String, BigComplex> env = instance.point().at(ev.scalarEvaluator());
        instance.sizes().forEach((name, n) -> env.put(name, ev.scalarEvaluator().rational(Rational.of(n))));
        return env;
    }

    /**
     * Whether a side needs no higher precision: its rounding error leaves the required digits of its
     * largest entry, or it is an exact zero's rounding residue ({@link MatrixTolerances#ZERO_PRECISION_DIVISOR}).
     */
    private static boolean settled(MatrixEstimate e, int lowPrecision) {
        BigDecimal err = e.maxError();
        if (err.signum() == 0) {
            return true;
        }
        double value = Numbers.log10(e.value().maxAbs());
        double error = Numbers.log10(err);
        return error <= value - Tolerances.REQUIRED_DIGITS
                || value <= error - (double) lowPrecision / MatrixTolerances.ZERO_PRECISION_DIVISOR;
    }
}
