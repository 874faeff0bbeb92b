package dev.proofscheck.export;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.numeric.Deadline;
import dev.proofscheck.numeric.EvaluationException;
import dev.proofscheck.numeric.Evaluator;
import dev.proofscheck.numeric.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tolerance for a double-precision evaluation of an expression (exported Java or Python), from a
 * first-order forward error analysis done in high precision: every input is rounded to a double
 * (relative error u = 2^-53), every operation adds its own rounding (a sum of n terms (n-1) u times
 * the sum of the magnitudes, a product (n-1) u, a library function {@link #ULPS_LIBRARY} ulps, our
 * erf/Gamma helpers {@link #ULPS_HELPER}), and each node passes its arguments' errors on multiplied by
 * the magnitude of its partial derivative (a difference quotient at 40 digits, along the
 * real and the imaginary direction; exactly for sums, products and powers with a number as exponent). The bound is then multiplied by {@link #SAFETY} for the neglected
 * second-order terms. Cancellation and ill-conditioning thus widen the tolerance exactly where double
 * arithmetic loses digits, and nowhere else.
 */
final class DoubleErrorBound {
    static final double U = Math.ulp(1.0) / 2;
    static final double ULPS_LIBRARY = 2;
    static final double ULPS_HELPER = 64;
    static final double SAFETY = 8;
    private static final Set<String> HELPERS = Set.of("Erf", "Gamma", "Factorial", "HermiteHe");
    private static final BigDecimal STEP = new BigDecimal("1e-15");

    private final Evaluator ev = new Evaluator(40, Deadline.none());

    /**
     * The value at 40 digits, the tolerance of a double evaluation at the same point, and whether some
     * subexpression is not real there (real double arithmetic then gives NaN, even if the value is real),
     * and the largest magnitude of a subexpression (beyond 1e300 double arithmetic overflows).
     */
    record Bound(BigComplex value, double tolerance, boolean complexIntermediate, double largest) {
        boolean beyondDoubleRange() {
            return !(largest <= 1e300);
        }
    }

    Bound bound(Expr e, Map<String, BigComplex> env) throws EvaluationException {
        Node n = node(e, env);
        return new Bound(n.value, SAFETY * n.error, n.complex, n.largest);
    }

    private record Node(BigComplex value, double error, boolean complex, double largest) {}

    /** Clearly not real: an imaginary part beyond 10^-25 of the magnitude (40-digit rounding is far below). */
    private static boolean nonReal(BigComplex v) {
        return v.im.abs().compareTo(Numbers.abs(v).multiply(new BigDecimal("1e-25"))) > 0;
    }

    private Node node(Expr e, Map<String, BigComplex> env) throws EvaluationException {
        if (!(e instanceof Expr.Call c)) {
            BigComplex v = ev.evaluate(e, env);
            double mag = Numbers.abs(v).doubleValue();
            boolean exact = e instanceof Expr.Num n && n.value().isInteger() && n.value().num().bitLength() < 53;
            return new Node(v, exact ? 0 : 2 * U * mag, nonReal(v), mag);
        }
        List<Node> args = new ArrayList<>();
        boolean complex = false;
        double largest = 0;
        Map<String, BigComplex> local = new HashMap<>();
        List<Expr> holes = new ArrayList<>();
        for (int i = 0; i < c.args().size(); i++) {
            Node a = node(c.arg(i), env);
            args.add(a);
            complex |= a.complex;
            largest = Math.max(largest, a.largest);
            local.put("arg" + i, a.value);
            holes.add(new Expr.Sym("arg" + i));
        }
        Expr.Call shape = new Expr.Call(c.head(), holes);
        BigComplex v = ev.evaluate(shape, local);
        double mag = Numbers.abs(v).doubleValue();
        double propagated = 0;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).error > 0) {
                propagated += sensitivity(c, shape, local, i, v) * args.get(i).error;
            }
        }
        int n = args.size();
        double own = switch (c.head()) {
            case "Plus" -> (n - 1) * U * args.stream().mapToDouble(a -> Numbers.abs(a.value).doubleValue()).sum();
            case "Times" -> (n - 1) * U * mag;
            default -> (HELPERS.contains(c.head()) ? ULPS_HELPER : ULPS_LIBRARY) * 2 * U * mag;
        };
        return new Node(v, propagated + own, complex || nonReal(v), Math.max(largest, mag));
    }

    /** |d f/d arg_i|: exact for sums, products and numeric powers, else by {@link #difference}. */
    private double sensitivity(Expr.Call c, Expr shape, Map<String, BigComplex> local, int i, BigComplex f) throws EvaluationException {
        double a = Numbers.abs(local.get("arg" + i)).doubleValue();
        double fm = Numbers.abs(f).doubleValue();
        if (c.head().equals("Plus")) {
            return 1;
        }
        if (c.head().equals("Times") && a > 0) {
            return fm / a;
        }
        if (c.head().equals("Power") && i == 0 && c.arg(1) instanceof Expr.Num n && a > 0) {
            return Math.abs(n.value().toDouble()) * fm / a;
        }
        return difference(shape, local, i, f);
    }

    /** |d f/d arg_i| by one-sided differences along the real and imaginary directions (the larger). */
    private double difference(Expr shape, Map<String, BigComplex> local, int i, BigComplex f) throws EvaluationException {
        String name = "arg" + i;
        BigComplex a = local.get(name);
        BigDecimal h = Numbers.abs(a).max(BigDecimal.ONE).multiply(STEP);
        double worst = 0;
        for (BigComplex step : List.of(BigComplex.valueOf(h), BigComplex.valueOf(BigDecimal.ZERO, h))) {
            Map<String, BigComplex> moved = new HashMap<>(local);
            moved.put(name, a.add(step));
            BigComplex g;
            try {
                g = ev.evaluate(shape, moved);
            } catch (EvaluationException ex) {
                continue;
            }
            worst = Math.max(worst, Numbers.abs(g.subtract(f)).divide(h, ev.mathContext()).doubleValue());
        }
        return worst;
    }
}
