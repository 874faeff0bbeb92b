package dev.proofscheck.numeric.matrix;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Rational;
import dev.proofscheck.expr.Substitution;
import dev.proofscheck.model.Direction;
import dev.proofscheck.model.MatrixLimit;
import dev.proofscheck.numeric.Comparison;
import dev.proofscheck.numeric.Deadline;
import dev.proofscheck.numeric.EvaluationException;
import dev.proofscheck.numeric.LimitApproach;
import dev.proofscheck.numeric.Numbers;
import dev.proofscheck.numeric.Tolerances;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Follows a matrix claim stated as a limit ({@link MatrixLimit}) on one random instance: both sides at
 * {@code var = point ± 10^(-4k)}, k = 1..10, from the precision of the scalar limits on
 * ({@link LimitApproach#precisionFor}), the difference {@code lhs - rhs} classified by the scalar rule
 * ({@link LimitApproach#trend}: converging, diverging or neither). A converging difference is then
 * compared with 0 entry by entry at the last step, each entry's last change counted as its error; the
 * digits the approach resolved are counted, as for scalar limits, against the largest entry met on the way
 * (a limit of 0 approached linearly resolves all of them).
 */
public final class MatrixLimitApproach {
    /**
     * The approach from every requested side: how it ended (the first side that did not converge, or did
     * not agree), the last step's two sides with the approach error added to the left one's, their
     * comparison, the digits the approach resolved relative to the largest entry, and a short trail.
     */
    public record Result(LimitApproach.Kind kind, MatrixLadder.Pair last, EntrywiseComparison comparison, double digits, String trail) {}

    private final MatrixLadder ladder;

    public MatrixLimitApproach(Deadline deadline) {
        this.ladder = new MatrixLadder(deadline, LimitApproach.precisionFor(Tolerances.LIMIT_STEP_DIGITS));
    }

    /** Both sides of the claim (definitions and abbreviations substituted) along the limit's approach. */
    public Result approach(Expr lhs, Expr rhs, MatrixLimit limit, MatrixLadder.Instance instance) throws EvaluationException {
        Result out = null;
        for (int sign : sides(limit.direction())) {
            Result r = approach(lhs, rhs, limit, sign, instance);
            if (r.kind() != LimitApproach.Kind.CONVERGED || r.comparison().result() != Comparison.Result.EQUAL) {
                return r;
            }
            out = out == null || r.digits() < out.digits() ? r : out;
        }
        return out;
    }

    /** +1 for above, -1 for below, both for {@link Direction#BOTH}. */
    public static List<Integer> sides(Direction d) {
        return d == Direction.ABOVE ? List.of(1) : d == Direction.BELOW ? List.of(-1) : List.of(1, -1);
    }

    /** The location of step k (1-based) from the side {@code sign}: {@code point ± 10^(-4k)}, exact. */
    public static Expr location(MatrixLimit limit, int sign, int k) {
        Rational h = new Rational(BigInteger.ONE, BigInteger.TEN.pow(k * Tolerances.LIMIT_STEP_DIGITS));
        return Expr.plus(limit.point(), new Expr.Num(sign > 0 ? h : Rational.ZERO.subtract(h)));
    }

    private Result approach(Expr lhs, Expr rhs, MatrixLimit limit, int sign, MatrixLadder.Instance instance) throws EvaluationException {
        List<BigDecimal> gaps = new ArrayList<>();
        List<BigDecimal> sizes = new ArrayList<>();
        BigDecimal noise = BigDecimal.ZERO;
        BigDecimal previousRounding = BigDecimal.ZERO;
        BigMatrix previous = null;
        BigMatrix lastChange = null;
        MatrixLadder.Pair pair = null;
        BigDecimal scale = BigDecimal.ZERO;
        for (int k = 1; k <= Tolerances.LIMIT_STEPS; k++) {
            Map<String, Expr> at = Map.of(limit.var(), location(limit, sign, k));
            pair = ladder.estimate(Substitution.replace(lhs, at), Substitution.replace(rhs, at), instance);
            MathContext mc = new MathContext(pair.lhs().precision());
            BigMatrix d = pair.lhs().value().minus(pair.rhs().value(), mc);
            BigDecimal rounding = pair.lhs().maxError().add(pair.rhs().maxError());
            sizes.add(d.maxAbs());
            scale = scale.max(pair.lhs().value().maxAbs()).max(pair.rhs().value().maxAbs());
            if (previous != null) {
                lastChange = d.minus(previous, mc);
                gaps.add(lastChange.maxAbs());
                noise = noise.max(rounding.add(previousRounding)); // a change within rounding is no change
            }
            previous = d;
            previousRounding = rounding;
        }
        int last = Tolerances.LIMIT_STEPS * Tolerances.LIMIT_STEP_DIGITS;
        String trail = (sign > 0 ? "from above" : "from below") + ": max |lhs - rhs| = " + Numbers.sci(sizes.get(sizes.size() - 3)) + ", "
                + Numbers.sci(sizes.get(sizes.size() - 2)) + ", " + Numbers.sci(sizes.get(sizes.size() - 1)) + " at " + limit.var()
                + " = limit point " + (sign > 0 ? "+ " : "- ") + "10^-" + (last - 2 * Tolerances.LIMIT_STEP_DIGITS) + ", 10^-"
                + (last - Tolerances.LIMIT_STEP_DIGITS) + ", 10^-" + last;
        LimitApproach.Kind kind = LimitApproach.trend(gaps, sizes, noise);
        MatrixEstimate l = pair.lhs();
        BigDecimal[][] err = new BigDecimal[l.error().length][];
        for (int i = 0; i < err.length; i++) {
            err[i] = l.error()[i].clone();
            for (int j = 0; j < err[i].length; j++) {
                err[i][j] = err[i][j].add(Numbers.abs(lastChange.get(i, j)));
            }
        }
        MatrixLadder.Pair withApproach = new MatrixLadder.Pair(new MatrixEstimate(l.value(), err, l.precision(), l.raised()), pair.rhs());
        EntrywiseComparison c = EntrywiseComparison.of(withApproach.lhs(), withApproach.rhs());
        BigDecimal error = gaps.get(gaps.size() - 1).add(previousRounding);
        double digits = error.signum() == 0 ? Double.POSITIVE_INFINITY
                : scale.signum() == 0 ? 0 : Numbers.log10(scale) - Numbers.log10(error);
        return new Result(kind, withApproach, c, digits, trail);
    }
}
