package dev.proofscheck.numeric;

import dev.proofscheck.expr.Derivative;
import dev.proofscheck.expr.Expr;
import java.util.List;
import java.util.Map;

/**
 * Encloses the complex values of an expression in complex unknowns over a box of their real and
 * imaginary parts (for systems such as {@code nu1 == psi1/(-I y - nu2 - ...)}): {@code Plus}, {@code Times},
 * integer powers and {@code I} in rectangular form, {@code Exp}, {@code Log}, {@code Sqrt}, {@code Sin},
 * {@code Cos} and other powers on the principal branch ({@link ComplexEnclosures}); a subexpression of the
 * real parameters alone goes to the {@link IntervalEvaluator}, and to these rules when its value may be
 * non-real ({@code Log[-1] = I Pi}). Anything else is {@link IntervalEvaluator.Unbounded}.
 */
final class ComplexIntervalEvaluator {
    /** {@code re + i im}. */
    record Rect(Interval re, Interval im) {
        static final Rect WHOLE = new Rect(Interval.WHOLE, Interval.WHOLE);

        Rect add(Rect o) {
            return new Rect(re.add(o.re), im.add(o.im));
        }

        Rect multiply(Rect o) {
            return new Rect(re.multiply(o.re).subtract(im.multiply(o.im)), re.multiply(o.im).add(im.multiply(o.re)));
        }

        /** {@code (re - i im)/(re^2 + im^2)}; the whole plane when the box may hold 0. */
        Rect reciprocal() {
            Interval d = re.pow(2).add(im.pow(2));
            if (d.containsZero()) {
                return WHOLE;
            }
            Interval inv = d.reciprocal();
            return new Rect(re.multiply(inv), im.negate().multiply(inv));
        }

        Rect pow(long n) {
            Rect r = this;
            for (long k = 1; k < n; k++) {
                r = r.multiply(this);
            }
            return r;
        }
    }

    private final IntervalEvaluator real;
    private final java.util.Set<String> complexNames;

    ComplexIntervalEvaluator(IntervalEvaluator real, java.util.Set<String> complexNames) {
        this.real = real;
        this.complexNames = complexNames;
    }

    Rect evaluate(Expr e, Map<String, Interval> params, Map<String, Rect> unknowns) throws IntervalEvaluator.Unbounded {
        if (complexNames.stream().noneMatch(u -> Derivative.mentions(e, u)) && !Derivative.mentions(e, "I")) {
            try {
                return new Rect(real.evaluate(e, params), Interval.ZERO);
            } catch (IntervalEvaluator.Unbounded u) {
                if (!(e instanceof Expr.Call)) {
                    throw u;
                } // else a value that may be non-real (a Log or Sqrt of a negative number), or a function only the rules below know
            }
        }
        if (e instanceof Expr.Sym s) {
            if (s.name().equals("I")) {
                return new Rect(Interval.ZERO, Interval.ONE);
            }
            return unknowns.get(s.name());
        }
        if (e instanceof Expr.Call c) {
            List<Expr> args = c.args();
            switch (c.head()) {
                case "Plus": {
                    Rect sum = evaluate(args.get(0), params, unknowns);
                    for (int i = 1; i < args.size(); i++) {
                        sum = sum.add(evaluate(args.get(i), params, unknowns));
                    }
                    return sum;
                }
                case "Times": {
                    Rect prod = evaluate(args.get(0), params, unknowns);
                    for (int i = 1; i < args.size(); i++) {
                        prod = prod.multiply(evaluate(args.get(i), params, unknowns));
                    }
                    return prod;
                }
                case "Power":
                    return power(args.get(0), args.get(1), params, unknowns);
                case "Exp":
                    return ComplexEnclosures.exp(evaluate(args.get(0), params, unknowns));
                case "Log":
                    if (args.size() == 1) {
                        return ComplexEnclosures.log(evaluate(args.get(0), params, unknowns));
                    }
                    break;
                case "Sqrt":
                    return ComplexEnclosures.sqrt(evaluate(args.get(0), params, unknowns));
                case "Sin":
                    return ComplexEnclosures.sin(evaluate(args.get(0), params, unknowns));
                case "Cos":
                    return ComplexEnclosures.cos(evaluate(args.get(0), params, unknowns));
                default:
                    break;
            }
            throw new IntervalEvaluator.Unbounded("no complex interval rule for " + c.head(), true);
        }
        throw new IntervalEvaluator.Unbounded("a complex number", true);
    }

    /**
     * As the point evaluator: small integer powers by products, {@code z^(k/2)} as {@code Sqrt[z]^k},
     * {@code E^w} as {@code Exp[w]}, any other {@code z^w} as {@code Exp[w Log[z]]} (no value at z = 0 is
     * claimed: Log gives up on a box that may hold it).
     */
    private Rect power(Expr base, Expr exponent, Map<String, Interval> params, Map<String, Rect> unknowns) throws IntervalEvaluator.Unbounded {
        if (exponent instanceof Expr.Num n && n.value().num().bitLength() < 8 && (n.value().isInteger() || n.value().den().equals(java.math.BigInteger.TWO))) {
            long k = n.value().num().longValue();
            if (k == 0) { // 1 wherever the base has a value (the evaluator's z^0, 0^0 included)
                return new Rect(Interval.ONE, Interval.ZERO);
            }
            Rect b = evaluate(base, params, unknowns);
            if (!n.value().isInteger()) {
                b = ComplexEnclosures.sqrt(b);
            }
            Rect p = b.pow(Math.abs(k));
            return k > 0 ? p : p.reciprocal();
        }
        Rect w = evaluate(exponent, params, unknowns);
        if (base instanceof Expr.Sym s && s.name().equals("E") && !params.containsKey("E") && !unknowns.containsKey("E")) {
            return ComplexEnclosures.exp(w);
        }
        return ComplexEnclosures.exp(w.multiply(ComplexEnclosures.log(evaluate(base, params, unknowns))));
    }
}
