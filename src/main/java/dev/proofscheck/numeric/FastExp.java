package dev.proofscheck.numeric;

import ch.obermuhlner.math.big.BigComplex;
import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * exp(x) and e^(i b) at a fixed working precision, many times faster than the library's general routines:
 * e^n for the nearest integer n from a table, e^f for the rest |f| <= 1/2 as (Taylor of f/256)^256. The
 * series and the squarings run in binary fixed point (a BigInteger scaled by 2^bits), where rounding is a
 * shift rather than the division by a power of ten that every rounded BigDecimal product costs; only the
 * argument and the result are converted. Ten guard digits plus 16 bits absorb the truncations and the
 * squarings (which double a relative error each). Used where a quadrature needs a Gaussian density or
 * a contour point at every node.
 */
final class FastExp {
    private static final int SQUARINGS = 8;
    /** Extra bits of the reduced argument of {@link #cis}: the 2 pi multiples removed (up to ~160 for |b| <= 1000) cost fewer. */
    private static final int REDUCTION_BITS = 24;
    private final MathContext mc;
    private final MathContext wide;
    /** Bits of the fixed-point arithmetic: the guard digits' worth plus 16. */
    private final int bits;
    private final BigInteger one;
    /** 5^bits: x / 2^bits is exactly x 5^bits / 10^bits. */
    private final BigInteger fivePowBits;
    private final BigDecimal e;
    private final Map<Integer, BigDecimal> powers = new ConcurrentHashMap<>();
    private final Map<Integer, BigInteger> tenPowers = new ConcurrentHashMap<>();
    /** 2 pi in fixed point with {@code bits + REDUCTION_BITS} bits. */
    private final BigInteger twoPi;
    private final double twoPiDouble;

    private static final Map<Integer, FastExp> BY_PRECISION = new ConcurrentHashMap<>();

    /**
     * The routine at {@code precision}, shared by all evaluators and threads: its tables (e^n, powers of ten,
     * 2 pi) depend on the precision alone and are filled once, not per evaluator (one is made per point and precision).
     */
    static FastExp at(int precision) {
        return BY_PRECISION.computeIfAbsent(precision, FastExp::new);
    }

    FastExp(int precision) {
        this.mc = new MathContext(precision);
        this.wide = new MathContext(precision + 10);
        this.bits = (int) Math.ceil((precision + 10) * LOG2_10) + 16;
        this.one = BigInteger.ONE.shiftLeft(bits);
        this.fivePowBits = BigInteger.valueOf(5).pow(bits);
        this.e = BigDecimalMath.exp(BigDecimal.ONE, wide);
        int wideBits = bits + REDUCTION_BITS;
        BigDecimal pi2 = BigDecimalMath.pi(new MathContext((int) Math.ceil(wideBits / LOG2_10) + 10)).multiply(BigDecimal.valueOf(2));
        this.twoPi = fixed(pi2, wideBits);
        this.twoPiDouble = pi2.doubleValue();
    }

    private static final double LOG2_10 = Math.log(10) / Math.log(2);

    BigDecimal exp(BigDecimal x) {
        BigDecimal n = x.setScale(0, RoundingMode.HALF_EVEN);
        int k = n.intValueExact();
        // y = (x - n)/256 scaled by 2^bits
        BigInteger y = fixed(x.subtract(n), bits - SQUARINGS);
        BigInteger sum = one;
        BigInteger term = one;
        for (int i = 1; term.signum() != 0; i++) {
            term = term.multiply(y).shiftRight(bits).divide(BigInteger.valueOf(i));
            sum = sum.add(term);
        }
        for (int i = 0; i < SQUARINGS; i++) {
            sum = sum.multiply(sum).shiftRight(bits);
        }
        return decimal(sum, wide).multiply(power(k), mc);
    }

    /**
     * e^(i b) = cos b + i sin b for |b| up to a thousand or so: b reduced by multiples of 2 pi, the
     * rest's Taylor series summed once and squared {@link #SQUARINGS} times (|e^(i y)| = 1 keeps the
     * squarings' error to a few units of the guard bits).
     */
    BigComplex cis(BigDecimal b) {
        int wideBits = bits + REDUCTION_BITS;
        // any whole number of turns will do (the rest stays within a few pi): the double's is near the nearest
        long turns = Math.round(b.doubleValue() / twoPiDouble);
        BigInteger rest = fixed(b, wideBits).subtract(twoPi.multiply(BigInteger.valueOf(turns)));
        BigInteger y = rest.shiftRight(REDUCTION_BITS + SQUARINGS);
        // Taylor of e^(i y): real part 1 - y^2/2! + ..., imaginary part y - y^3/3! + ...
        BigInteger re = one;
        BigInteger im = BigInteger.ZERO;
        BigInteger term = one;
        for (int i = 1; term.signum() != 0; i++) {
            term = term.multiply(y).shiftRight(bits).divide(BigInteger.valueOf(i));
            switch (i % 4) {
                case 1 -> im = im.add(term);
                case 2 -> re = re.subtract(term);
                case 3 -> im = im.subtract(term);
                default -> re = re.add(term);
            }
        }
        for (int i = 0; i < SQUARINGS; i++) {
            BigInteger r = re.multiply(re).subtract(im.multiply(im)).shiftRight(bits);
            im = re.multiply(im).shiftRight(bits - 1);
            re = r;
        }
        return BigComplex.valueOf(decimal(re, mc), decimal(im, mc));
    }

    /** v scaled by 2^scaleBits, truncated to an integer (an error below one unit). */
    private BigInteger fixed(BigDecimal v, int scaleBits) {
        BigInteger u = v.unscaledValue();
        int scale = v.scale();
        if (scale <= 0) {
            return u.multiply(BigInteger.TEN.pow(-scale)).shiftLeft(scaleBits);
        }
        return u.shiftLeft(scaleBits).divide(tenPowers.computeIfAbsent(scale, BigInteger.TEN::pow));
    }

    /** The fixed-point value v / 2^bits, rounded to {@code context}. */
    private BigDecimal decimal(BigInteger v, MathContext context) {
        return new BigDecimal(v.multiply(fivePowBits), bits).round(context);
    }

    private BigDecimal power(int k) {
        return powers.computeIfAbsent(k, j -> j >= 0 ? e.pow(j, wide) : BigDecimal.ONE.divide(e.pow(-j, wide), wide));
    }
}
