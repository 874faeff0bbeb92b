package dev.proofscheck.numeric;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Rational;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Encloses the real values of an expression over a box of real variables ({@link Interval}s): every
 * value the expression takes at a point of the box, where it has one, lies in the result. Knows
 * {@code Plus}, {@code Times}, {@code Power}, {@code Sqrt}, {@code Exp}, {@code Log}, {@code Tanh},
 * {@code ArcTan}, {@code Sinh}, {@code Sin}, {@code Cos}, {@code Cosh}, {@code Abs}, {@code Pi} and {@code E}; anything else, or an argument that
 * may leave a function's real domain (where the checker's complex evaluator would go on with a
 * non-real value), is {@link Unbounded}: root exclusion then gives up rather than guess.
 */
public final class IntervalEvaluator {
    private final Deadline deadline;

    public IntervalEvaluator(Deadline deadline) {
        this.deadline = deadline;
    }

    /** The expression could not be enclosed over this box (and why). */
    public static final class Unbounded extends Exception {
        private final boolean structural;

        public Unbounded(String message) {
            this(message, false);
        }

        /** {@code structural}: no rule for the expression at all, so no smaller box can help. */
        public Unbounded(String message, boolean structural) {
            super(message, null, false, false);
            this.structural = structural;
        }

        public boolean structural() {
            return structural;
        }
    }

    /** The smallest double interval holding the exact rational {@code r}. */
    public static Interval enclose(Rational r) {
        double d = r.toDouble();
        if (Double.isInfinite(d)) {
            return d > 0 ? new Interval(Double.MAX_VALUE, d, false, true) : new Interval(d, -Double.MAX_VALUE, true, false);
        }
        double lo = d;
        double hi = d;
        while (compare(lo, r) > 0) {
            lo = Math.nextDown(lo);
        }
        while (compare(hi, r) < 0) {
            hi = Math.nextUp(hi);
        }
        if (compare(lo, r) == 0) {
            return Interval.point(lo);
        }
        if (compare(hi, r) == 0) {
            return Interval.point(hi);
        }
        return new Interval(lo, hi, true, true);
    }

    private static int compare(double d, Rational r) {
        return new BigDecimal(d).multiply(new BigDecimal(r.den())).compareTo(new BigDecimal(r.num()));
    }

    public Interval evaluate(Expr e, Map<String, Interval> env) throws Unbounded {
        if (e instanceof Expr.Num n) {
            return enclose(n.value());
        }
        if (e instanceof Expr.Sym s) {
            Interval v = env.get(s.name());
            if (v != null) {
                return v;
            }
            return switch (s.name()) {
                case "Pi" -> new Interval(Math.nextDown(Math.PI), Math.nextUp(Math.PI), true, true);
                case "E" -> new Interval(Math.nextDown(Math.E), Math.nextUp(Math.E), true, true);
                default -> throw new Unbounded("'" + s.name() + "' has no real enclosure", true);
            };
        }
        deadline.check();
        Expr.Call c = (Expr.Call) e;
        List<Expr> args = c.args();
        switch (c.head()) {
            case "Plus": {
                Interval sum = evaluate(args.get(0), env);
                for (int i = 1; i < args.size(); i++) {
                    sum = sum.add(evaluate(args.get(i), env));
                }
                return sum;
            }
            case "Times": {
                Interval prod = evaluate(args.get(0), env);
                for (int i = 1; i < args.size(); i++) {
                    prod = prod.multiply(evaluate(args.get(i), env));
                }
                return prod;
            }
            case "Power":
                return power(args.get(0), args.get(1), env);
            case "Sqrt":
                return sqrt(evaluate(args.get(0), env));
            case "Exp":
                return exp(evaluate(args.get(0), env));
            case "Log":
                if (args.size() == 1) {
                    return log(evaluate(args.get(0), env));
                }
                break;
            case "Tanh":
                return evaluate(args.get(0), env).increasing(Math::tanh, 0, 0, -1, 1);
            case "ArcTan":
                if (args.size() == 1) {
                    return evaluate(args.get(0), env).increasing(Math::atan, 0, 0, -Math.PI / 2 - 1e-15, Math.PI / 2 + 1e-15);
                }
                break;
            case "Sinh":
                return TrigInterval.sinh(evaluate(args.get(0), env));
            case "Sin":
                return TrigInterval.sin(evaluate(args.get(0), env));
            case "Cos":
                return TrigInterval.cos(evaluate(args.get(0), env));
            case "Cosh":
                return TrigInterval.cosh(evaluate(args.get(0), env));
            case "Abs":
                return evaluate(args.get(0), env).abs();
            default:
                break;
        }
        throw new Unbounded("no interval rule for " + c.head(), true);
    }

    private Interval power(Expr base, Expr exponent, Map<String, Interval> env) throws Unbounded {
        if (base instanceof Expr.Sym s && s.name().equals("E") && !env.containsKey("E")) {
            return exp(evaluate(exponent, env));
        }
        if (exponent instanceof Expr.Num n && n.value().signum() == 0) {
            return Interval.ONE; // wherever the base has a value (the evaluator's x^0, 0^0 included)
        }
        Interval b = evaluate(base, env);
        if (exponent instanceof Expr.Num n) {
            Rational r = n.value();
            if (r.isInteger() && r.num().bitLength() < 31) {
                long k = r.num().longValue();
                Interval p = b.pow(Math.abs(k));
                return k > 0 ? p : p.reciprocal();
            }
            if (r.equals(Rational.of(1, 2))) {
                return sqrt(b);
            }
            if (r.equals(Rational.of(-1, 2))) {
                return sqrt(b).reciprocal();
            }
        }
        if (b.lo() < 0 || b.lo() == 0 && !b.loOpen()) {
            throw new Unbounded("a power with a base that may be <= 0 and a non-integer exponent");
        }
        return exp(evaluate(exponent, env).multiply(log(b)));
    }

    static Interval exp(Interval x) {
        return x.increasing(Math::exp, 0, 1, 0, Double.POSITIVE_INFINITY);
    }

    static Interval log(Interval x) throws Unbounded {
        if (x.lo() < 0 || x.lo() == 0 && !x.loOpen()) {
            throw new Unbounded("Log of an argument that may be <= 0");
        }
        return x.increasing(Math::log, 1, 0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    static Interval sqrt(Interval x) throws Unbounded {
        if (x.lo() < 0) {
            throw new Unbounded("Sqrt of an argument that may be < 0");
        }
        return x.increasing(Math::sqrt, 0, 0, 0, Double.POSITIVE_INFINITY);
    }
}
