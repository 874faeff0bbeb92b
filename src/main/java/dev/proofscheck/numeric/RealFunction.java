package dev.proofscheck.numeric;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * An expression of one real variable, the others fixed, as a double function for Monte Carlo: compiled to
 * double arithmetic when it uses only real elementary functions ({@link DoubleCompiler}), else evaluated by
 * the arbitrary-precision {@link Evaluator} at {@link #DIGITS} digits and rounded (one evaluator per thread,
 * caching the subexpressions free of the variable). Either way safe to call from the simulation's threads;
 * a value that is not a finite real number is an {@link ArithmeticException} naming the point.
 */
public final class RealFunction implements DoubleUnaryOperator {
    /** A few digits beyond a double: the value is rounded to one. */
    static final int DIGITS = 20;
    /** An imaginary part beyond this (relative) is a complex value, not rounding: the function is not real there. */
    private static final double IMAGINARY_TOLERANCE = 1e-15;

    private final Expr expr;
    private final String variable;
    private final Map<String, BigComplex> fixed = new HashMap<>();
    private final ThreadLocal<Evaluator> evaluators;
    /** The double version of the expression, or null when it uses a head without one. */
    private final DoubleUnaryOperator compiled;

    /** @param fixedValues the other variables' values (the claim's point) */
    public RealFunction(Expr expr, String variable, Map<String, Double> fixedValues) {
        this.expr = expr;
        this.variable = variable;
        fixedValues.forEach((k, v) -> fixed.put(k, BigComplex.valueOf(v)));
        this.evaluators = ThreadLocal.withInitial(() -> new Evaluator(DIGITS, Deadline.none()).freezeAllBut(expr, variable));
        DoubleUnaryOperator c;
        try {
            c = DoubleCompiler.compile(expr, variable, new Evaluator(DIGITS, Deadline.none()), fixed).orElse(null);
        } catch (EvaluationException e) {
            c = null; // the arbitrary-precision route reports the problem at the first sample, with the point
        }
        this.compiled = c;
    }

    /** Whether the fast double route is used ({@link DoubleCompiler}); false means every sample goes through the evaluator. */
    public boolean compiled() {
        return compiled != null;
    }

    /** @throws ArithmeticException where the expression has no finite real value, with the point */
    @Override
    public double applyAsDouble(double x) {
        if (compiled != null) {
            double v = compiled.applyAsDouble(x);
            if (!Double.isFinite(v)) {
                throw new ArithmeticException("at " + variable + " = " + x + " the value " + v + " is not a finite real number");
            }
            return v;
        }
        Map<String, BigComplex> env = new HashMap<>(fixed);
        env.put(variable, BigComplex.valueOf(x));
        BigComplex v;
        try {
            v = evaluators.get().evaluate(expr, env);
        } catch (EvaluationException e) {
            throw new ArithmeticException("at " + variable + " = " + x + ": " + e.getMessage());
        }
        double re = v.re.doubleValue();
        double im = v.im.doubleValue();
        if (!Double.isFinite(re) || Math.abs(im) > IMAGINARY_TOLERANCE * Math.max(1, Math.abs(re))) {
            throw new ArithmeticException("at " + variable + " = " + x + " the value " + re + " + " + im + " I is not a finite real number");
        }
        return re;
    }
}
