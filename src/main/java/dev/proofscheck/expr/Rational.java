package dev.proofscheck.expr;

import java.math.BigDecimal;
import java.math.BigInteger;

/** An exact rational number in lowest terms with a positive denominator. */
public record Rational(BigInteger num, BigInteger den) implements Comparable<Rational> {

    public static final Rational ZERO = of(0);
    public static final Rational ONE = of(1);

    public Rational {
        if (den.signum() == 0) {
            throw new ArithmeticException("zero denominator");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        if (num.signum() == 0) {
            den = BigInteger.ONE;
        }
    }

    public static Rational of(long n) {
        return new Rational(BigInteger.valueOf(n), BigInteger.ONE);
    }

    public static Rational of(long n, long d) {
        return new Rational(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }

    /** The exact value of a decimal literal such as {@code 0.125} or {@code 1e-6}. */
    public static Rational parseDecimal(String text) {
        BigDecimal d = new BigDecimal(text);
        if (d.scale() <= 0) {
            return new Rational(d.toBigIntegerExact(), BigInteger.ONE);
        }
        return new Rational(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    public static Rational of(BigDecimal d) {
        return parseDecimal(d.toString());
    }

    public boolean isInteger() {
        return den.equals(BigInteger.ONE);
    }

    public int signum() {
        return num.signum();
    }

    public Rational add(Rational o) {
        return new Rational(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    public Rational subtract(Rational o) {
        return add(o.negate());
    }

    public Rational multiply(Rational o) {
        return new Rational(num.multiply(o.num), den.multiply(o.den));
    }

    public Rational divide(Rational o) {
        return new Rational(num.multiply(o.den), den.multiply(o.num));
    }

    public Rational negate() {
        return new Rational(num.negate(), den);
    }

    public double toDouble() {
        return new BigDecimal(num).divide(new BigDecimal(den), java.math.MathContext.DECIMAL64).doubleValue();
    }

    @Override
    public int compareTo(Rational o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    /** Short display form: {@code 3}, {@code -1/4}. */
    @Override
    public String toString() {
        return isInteger() ? num.toString() : num + "/" + den;
    }

    /** Decimal display with up to {@code digits} significant digits, for reports. */
    public String toDecimalString(int digits) {
        if (isInteger()) {
            return num.toString();
        }
        BigDecimal q = new BigDecimal(num).divide(new BigDecimal(den), new java.math.MathContext(digits));
        return q.stripTrailingZeros().toPlainString();
    }
}
