package dev.proofscheck.numeric;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Rational;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A point of a claim's domain: an exact value for each variable (real part, and imaginary part for
 * complex variables). Exact, so that every precision evaluates the very same point.
 */
public record Point(Map<String, Rational> re, Map<String, Rational> im) {
    public Point {
        re = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(re));
        im = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(im));
    }

    public static Point empty() {
        return new Point(Map.of(), Map.of());
    }

    /** The variable values at a working precision, for the evaluator (a fresh, mutable map). */
    public Map<String, BigComplex> at(Evaluator ev) {
        Map<String, BigComplex> env = new LinkedHashMap<>();
        for (Map.Entry<String, Rational> e : re.entrySet()) {
            BigComplex r = ev.rational(e.getValue());
            Rational i = im.get(e.getKey());
            env.put(e.getKey(), i == null ? r : BigComplex.valueOf(r.re, ev.rational(i).re));
        }
        return env;
    }

    /** The point as exact expressions (complex values as {@code re + im I}), to substitute into a formula. */
    public Map<String, dev.proofscheck.expr.Expr> exact() {
        Map<String, dev.proofscheck.expr.Expr> out = new LinkedHashMap<>();
        re.forEach((name, r) -> {
            dev.proofscheck.expr.Expr value = new dev.proofscheck.expr.Expr.Num(r);
            Rational i = im.get(name);
            out.put(name, i == null ? value : dev.proofscheck.expr.Expr.plus(value,
                    dev.proofscheck.expr.Expr.times(new dev.proofscheck.expr.Expr.Num(i), dev.proofscheck.expr.Expr.sym("I"))));
        });
        return out;
    }

    /** {@code g=0.37, z=1.2+0.5*I}, for evidence. */
    @Override
    public String toString() {
        if (re.isEmpty()) {
            return "(no variables)";
        }
        StringJoiner j = new StringJoiner(", ");
        for (Map.Entry<String, Rational> e : re.entrySet()) {
            String v = Numbers.show(e.getValue());
            Rational i = im.get(e.getKey());
            if (i != null) {
                v = v + (i.signum() < 0 ? " - " : " + ") + Numbers.show(i.signum() < 0 ? i.negate() : i) + "*I";
            }
            j.add(e.getKey() + "=" + v);
        }
        return j.toString();
    }
}
