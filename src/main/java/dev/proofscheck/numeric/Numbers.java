package dev.proofscheck.numeric;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Locale;

/** Small helpers for measuring and showing high-precision numbers in reports. */
public final class Numbers {
    /** Precision for magnitudes used only in comparisons of orders of size. */
    private static final MathContext MAGNITUDE = new MathContext(20);

    private Numbers() {}

    /** |z| to 20 digits: enough to compare sizes, which is all it is used for. */
    public static BigDecimal abs(BigComplex z) {
        return abs(z, MAGNITUDE);
    }

    /** |z| at the given precision, by scaling (big-math's abs divides by zero when the squares vanish). */
    public static BigDecimal abs(BigComplex z, MathContext mc) {
        if (z.isReal()) {
            return z.re.abs();
        }
        BigDecimal a = z.re.abs();
        BigDecimal b = z.im.abs();
        BigDecimal big = a.max(b);
        BigDecimal small = a.min(b);
        if (small.signum() == 0) {
            return big;
        }
        BigDecimal ratio = small.divide(big, mc);
        return big.multiply(sqrt(BigDecimal.ONE.add(ratio.multiply(ratio, mc)), mc), mc);
    }

    /**
     * The square root of {@code x >= 0} rounded to {@code mc} (within 0.5 ulp plus 10^-(precision+2) relative),
     * by an integer square root of x scaled to 2 precision + 6 digits: faster than {@link BigDecimal#sqrt},
     * whose Newton steps divide in decimal at full length.
     */
    public static BigDecimal sqrt(BigDecimal x, MathContext mc) {
        if (x.signum() < 0) {
            throw new ArithmeticException("square root of a negative number");
        }
        if (x.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (mc.getPrecision() == 0) {
            return x.sqrt(mc); // unlimited: exact or an exception, as BigDecimal defines it
        }
        BigInteger u = x.unscaledValue();
        int digits = x.precision();
        // M = x 10^(2t) has about 2 precision + 6 digits, so floor(sqrt(M)) has precision + 3
        int t = Math.floorDiv(2 * mc.getPrecision() + 6 - digits + x.scale() + 1, 2);
        int shift = 2 * t - x.scale();
        BigInteger m = shift >= 0 ? u.multiply(BigInteger.TEN.pow(shift)) : u.divide(BigInteger.TEN.pow(-shift));
        return new BigDecimal(approximateSqrt(m), t).round(mc);
    }

    /**
     * sqrt(m) within a few units, for m >= 1: the root of m's upper half, shifted, and one Newton step, which
     * doubles its correct bits; so each level divides only half as many bits as the next (the JDK's
     * BigInteger.sqrt divides at full length at every step and was slower than BigDecimal.sqrt).
     */
    private static BigInteger approximateSqrt(BigInteger m) {
        int n = m.bitLength();
        if (n < 63) {
            return m.sqrt();
        }
        int k = n / 4;
        BigInteger r = approximateSqrt(m.shiftRight(2 * k)).shiftLeft(k);
        return r.add(m.divide(r)).shiftRight(1);
    }

    /**
     * A MathContext ten digits beyond the longest of {@code xs}: a sum or difference rounded to it is exact
     * to far below any tolerance, while an exact one of numbers of very different size (10^(4e8) and 1, as a
     * wide-range evaluation can give: see {@link Evaluator#wideRange()}) would write out every digit between.
     */
    public static MathContext beyond(BigDecimal... xs) {
        int digits = 0;
        for (BigDecimal x : xs) {
            digits = Math.max(digits, x.precision());
        }
        return new MathContext(digits + 10);
    }

    /** a - b rounded to {@link #beyond} both. */
    public static BigComplex difference(BigComplex a, BigComplex b) {
        return a.subtract(b, beyond(a.re, a.im, b.re, b.im));
    }

    /** a + b rounded to {@link #beyond} both (error bounds and tolerances of any size). */
    public static BigDecimal sum(BigDecimal a, BigDecimal b) {
        return a.add(b, beyond(a, b));
    }

    /** {@code log10(|x|)} as a double, valid far outside double range; -infinity for 0. */
    public static double log10(BigDecimal x) {
        if (x.signum() == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        BigInteger u = x.unscaledValue().abs();
        int bits = u.bitLength();
        if (bits <= LEAD_BITS) {
            return Math.log10(u.doubleValue()) - x.scale();
        }
        // the leading 62 bits carry the value to double precision; the rest is a power of two (no decimal conversion:
        // this is called at every quadrature node)
        int shift = bits - LEAD_BITS;
        return Math.log10(u.shiftRight(shift).doubleValue()) + shift * LOG10_2 - x.scale();
    }

    private static final int LEAD_BITS = 62;
    private static final double LOG10_2 = Math.log10(2);

    /** 10^k exactly. */
    public static BigDecimal tenTo(int k) {
        return BigDecimal.ONE.scaleByPowerOfTen(k);
    }

    /** A value rounded to {@code digits} significant digits, as {@code 1.2345}, {@code 1.2e-30} or {@code 0.5 - 3.4*I}. */
    public static String show(BigComplex v, int digits) {
        String re = showReal(v.re, digits);
        if (v.im.signum() == 0) {
            return re;
        }
        String im = showReal(v.im.abs(), digits);
        if (v.re.signum() == 0) {
            return (v.im.signum() < 0 ? "-" : "") + im + "*I";
        }
        return re + (v.im.signum() < 0 ? " - " : " + ") + im + "*I";
    }

    public static String showReal(BigDecimal x, int digits) {
        if (x.signum() == 0) {
            return "0";
        }
        BigDecimal r = x.round(new MathContext(digits)).stripTrailingZeros();
        int exp = r.precision() - r.scale() - 1;
        if (exp >= -4 && exp < 15) {
            return r.toPlainString();
        }
        String u = r.unscaledValue().abs().toString();
        String mantissa = u.length() == 1 ? u : u.charAt(0) + "." + u.substring(1);
        return (r.signum() < 0 ? "-" : "") + mantissa + "e" + exp;
    }

    /** A short scientific form of a magnitude, e.g. {@code 3.2e-41}. */
    public static String sci(BigDecimal x) {
        if (x.signum() == 0) {
            return "0";
        }
        BigDecimal r = x.round(new MathContext(2));
        int exp = r.precision() - r.scale() - 1;
        BigDecimal mant = r.movePointLeft(exp);
        return String.format(Locale.ROOT, "%se%d", mant.stripTrailingZeros().toPlainString(), exp);
    }

    /** A rational shown as a decimal with at most 12 significant digits. */
    public static String show(Rational r) {
        return r.toDecimalString(12);
    }

    public static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
