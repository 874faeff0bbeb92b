package dev.proofscheck.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * An expression divided by its leading power of one symbol, {@code e / x^deg(e)}, with the division
 * pushed into sums, products and integer powers: each term is divided by its own power, and a term of
 * lower degree keeps a negative power of {@code x}. For root exclusion at infinity, where the terms of a
 * sum grow without bound but their quotients by {@code x^deg} stay bounded, so that interval arithmetic
 * sees their balance. Exact wherever {@code x != 0}: the result is defined exactly where {@code e} is and
 * equals {@code e x^-deg(e)} there. The degree counts {@code x} itself 1, integer powers and products as
 * in polynomials, a sum its largest term, and anything else (a function call, a non-integer power) 0.
 */
public final class PowerScaling {
    /** Integer exponents beyond this are treated as opaque (their degrees could overflow). */
    private static final int MAX_EXPONENT = 1 << 16;

    private PowerScaling() {}

    /** {@code e / x^deg(e)}, pushed inwards. */
    public static Expr divideByLeadingPower(Expr e, String x) {
        return scaled(e, x, degree(e, x));
    }

    /** The degree of {@code e} in {@code x} as described above (a function call counts 0). */
    public static int degree(Expr e, String x) {
        if (e instanceof Expr.Sym s) {
            return s.name().equals(x) ? 1 : 0;
        }
        if (!(e instanceof Expr.Call c)) {
            return 0;
        }
        switch (c.head()) {
            case "Plus": {
                int max = Integer.MIN_VALUE;
                for (Expr a : c.args()) {
                    max = Math.max(max, degree(a, x));
                }
                return max;
            }
            case "Times": {
                long sum = 0;
                for (Expr a : c.args()) {
                    sum += degree(a, x);
                }
                return (int) Math.max(Math.min(sum, MAX_EXPONENT), -MAX_EXPONENT);
            }
            case "Power": {
                Integer n = integerExponent(c);
                return n == null ? 0 : (int) Math.max(Math.min((long) n * degree(c.arg(0), x), MAX_EXPONENT), -MAX_EXPONENT);
            }
            default:
                return 0;
        }
    }

    /** {@code e / x^d} (exponents added in long arithmetic: exact for any degrees the rules give). */
    private static Expr scaled(Expr e, String x, long d) {
        if (e instanceof Expr.Sym s && s.name().equals(x)) {
            return power(x, 1 - d);
        }
        if (e instanceof Expr.Call c && (c.head().equals("Plus") || c.head().equals("Times") || c.head().equals("Power") && integerExponent(c) != null)) {
            List<Expr> parts = new ArrayList<>();
            switch (c.head()) {
                case "Plus":
                    c.args().forEach(a -> parts.add(scaled(a, x, d)));
                    return new Expr.Call("Plus", parts);
                case "Times": {
                    long sum = 0;
                    for (Expr a : c.args()) {
                        int k = degree(a, x);
                        sum += k;
                        parts.add(scaled(a, x, k));
                    }
                    return times(parts, x, sum - d);
                }
                default: {
                    int k = degree(c.arg(0), x);
                    parts.add(Expr.power(scaled(c.arg(0), x, k), c.arg(1)));
                    return times(parts, x, (long) integerExponent(c) * k - d);
                }
            }
        }
        return times(new ArrayList<>(List.of(e)), x, -d);
    }

    /** The product of {@code factors} and {@code x^k}. */
    private static Expr times(List<Expr> factors, String x, long k) {
        if (k != 0) {
            factors.add(power(x, k));
        }
        return factors.size() == 1 ? factors.get(0) : new Expr.Call("Times", factors);
    }

    private static Expr power(String x, long k) {
        return k == 0 ? Expr.num(1) : k == 1 ? Expr.sym(x) : Expr.power(Expr.sym(x), Expr.num(k));
    }

    /** The exponent of an integer power of modest size, or null. */
    private static Integer integerExponent(Expr.Call c) {
        if (c.head().equals("Power") && c.args().size() == 2 && c.arg(1) instanceof Expr.Num n && n.value().isInteger()
                && n.value().num().abs().compareTo(java.math.BigInteger.valueOf(MAX_EXPONENT)) <= 0) {
            return n.value().num().intValue();
        }
        return null;
    }
}
