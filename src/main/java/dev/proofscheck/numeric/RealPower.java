package dev.proofscheck.numeric;

import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * x^y for real x > 0 and real y with |y| <= {@link #MAX_EXPONENT} and |y ln x| <= {@link FastExp}'s range,
 * as e^(y ln x) with both steps on {@link FastExp}: ln x by Halley's iteration on e^t = x from the double
 * logarithm (three steps reach 140 digits), then one exp. A power's relative error is the absolute error
 * of y ln x, so ln x is needed to an absolute 10^-(precision + 10), which the iteration at that many
 * digits gives. Several times faster than big-math's pow, whose logarithm runs a Newton iteration of its own
 * general exp.
 */
final class RealPower {
    /** Exponents up to this size keep |y| times the logarithm's error below 10^-(precision + 5). */
    static final double MAX_EXPONENT = 1e5;
    private static final int GUARD_DIGITS = 10;
    private static final int MAX_STEPS = 8;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private final FastExp exp;
    private final FastExp wideExp;
    private final MathContext wide;
    /** A correction below this leaves an error below 10^-(digits + 3): the last step needed. */
    private final BigDecimal lastStep;

    private static final java.util.Map<Integer, RealPower> BY_PRECISION = new java.util.concurrent.ConcurrentHashMap<>();

    /** The routine at {@code precision}, shared by all evaluators and threads (it holds only constants of the precision). */
    static RealPower at(int precision) {
        return BY_PRECISION.computeIfAbsent(precision, p -> new RealPower(p, FastExp.at(p)));
    }

    /** {@code exp}: e^x at the working precision (the evaluator's own, shared). */
    RealPower(int precision, FastExp exp) {
        this.exp = exp;
        this.wideExp = FastExp.at(precision + GUARD_DIGITS);
        this.wide = new MathContext(precision + GUARD_DIGITS);
        this.lastStep = Numbers.tenTo(-((precision + GUARD_DIGITS + 3) / 3 + 1));
    }

    /** x^y, for x > 0 and |y ln x| at most 1000 (the caller checks). */
    BigDecimal pow(BigDecimal x, BigDecimal y) {
        BigDecimal t = y.multiply(log(x), wide);
        return exp.exp(t);
    }

    /** ln x for x > 0 with |ln x| <= 1000, to an absolute 10^-(precision + 10) or so. */
    BigDecimal log(BigDecimal x) {
        BigDecimal t = halley(x);
        return t != null ? t : BigDecimalMath.log(x, wide); // not converged (never seen): the library's
    }

    /**
     * Halley's iteration for e^t = x from the double logarithm: t += 2 (x - e^t) / (x + e^t). Its error is
     * cubed (times 1/12) each step, so once a correction is below 10^-(digits/3 + 1) the new t is exact to
     * the working digits and the iteration stops; null if that does not happen within {@link #MAX_STEPS}.
     */
    BigDecimal halley(BigDecimal x) {
        BigDecimal t = new BigDecimal(Numbers.log10(x) * Math.log(10));
        for (int step = 0; step < MAX_STEPS; step++) {
            BigDecimal e = wideExp.exp(t);
            BigDecimal correction = TWO.multiply(x.subtract(e, wide), wide).divide(x.add(e, wide), wide);
            t = t.add(correction, wide);
            if (correction.signum() == 0 || correction.abs().compareTo(lastStep) < 0) {
                return t;
            }
        }
        return null;
    }
}
