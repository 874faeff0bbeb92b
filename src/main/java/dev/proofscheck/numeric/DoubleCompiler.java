package dev.proofscheck.numeric;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Substitution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Compiles an expression of one real variable into double arithmetic, for the millions of evaluations of a
 * Monte Carlo ({@link RealFunction}); the arbitrary-precision evaluator takes ~50 µs per point there. Every
 * subexpression free of the variable is a constant computed once by the {@link Evaluator}; the rest may use
 * only the real elementary functions below, whose double versions agree with the evaluator's principal
 * branches wherever the value is real (a complex value gives NaN in double, which the caller rejects).
 * Any other head makes the compilation fail, and the caller keeps the arbitrary-precision evaluator.
 */
final class DoubleCompiler {
    private final String variable;
    private final Evaluator constants;
    private final Map<String, BigComplex> fixed;

    private DoubleCompiler(String variable, Evaluator constants, Map<String, BigComplex> fixed) {
        this.variable = variable;
        this.constants = constants;
        this.fixed = fixed;
    }

    /** The compiled function, or empty when the expression uses a head that has no double version here. */
    static Optional<DoubleUnaryOperator> compile(Expr e, String variable, Evaluator constants, Map<String, BigComplex> fixed)
            throws EvaluationException {
        return Optional.ofNullable(new DoubleCompiler(variable, constants, fixed).of(e));
    }

    private DoubleUnaryOperator of(Expr e) throws EvaluationException {
        if (!Substitution.symbols(e).contains(variable)) {
            BigComplex v = constants.evaluate(e, fixed);
            if (v.im.signum() != 0) {
                throw new EvaluationException("the constant " + v + " in the function is not real");
            }
            double c = v.re.doubleValue();
            return x -> c;
        }
        if (e instanceof Expr.Sym) {
            return x -> x;
        }
        Expr.Call call = (Expr.Call) e;
        List<DoubleUnaryOperator> args = new ArrayList<>();
        if (call.head().equals("HermiteHe")) {
            return hermite(call);
        }
        for (Expr a : call.args()) {
            DoubleUnaryOperator f = of(a);
            if (f == null) {
                return null;
            }
            args.add(f);
        }
        return switch (call.head()) {
            case "Plus" -> fold(args, Double::sum);
            case "Times" -> fold(args, (a, b) -> a * b);
            case "Max" -> fold(args, Math::max);
            case "Min" -> fold(args, Math::min);
            case "Power" -> x -> Math.pow(args.get(0).applyAsDouble(x), args.get(1).applyAsDouble(x));
            case "Sqrt" -> unary(args, Math::sqrt);
            case "Exp" -> unary(args, Math::exp);
            case "Log" -> args.size() == 1 ? unary(args, Math::log) : null;
            case "Sin" -> unary(args, Math::sin);
            case "Cos" -> unary(args, Math::cos);
            case "Tan" -> unary(args, Math::tan);
            case "ArcTan" -> args.size() == 1 ? unary(args, Math::atan) : null;
            case "Sinh" -> unary(args, Math::sinh);
            case "Cosh" -> unary(args, Math::cosh);
            case "Tanh" -> unary(args, Math::tanh);
            case "Abs" -> unary(args, Math::abs);
            case "Sign" -> unary(args, Math::signum);
            case "UnitStep" -> unary(args, v -> v >= 0 ? 1 : Double.isNaN(v) ? Double.NaN : 0);
            default -> null;
        };
    }

    private static DoubleUnaryOperator unary(List<DoubleUnaryOperator> args, DoubleUnaryOperator f) {
        if (args.size() != 1) {
            return null;
        }
        DoubleUnaryOperator a = args.get(0);
        return x -> f.applyAsDouble(a.applyAsDouble(x));
    }

    private static DoubleUnaryOperator fold(List<DoubleUnaryOperator> args, DoubleBinaryOperator op) {
        DoubleUnaryOperator[] a = args.toArray(DoubleUnaryOperator[]::new);
        return x -> {
            double v = a[0].applyAsDouble(x);
            for (int i = 1; i < a.length; i++) {
                v = op.applyAsDouble(v, a[i].applyAsDouble(x));
            }
            return v;
        };
    }

    /** He_k by the recurrence He_{j+1} = x He_j - j He_{j-1}, for a constant whole k (as the evaluator's). */
    private DoubleUnaryOperator hermite(Expr.Call call) throws EvaluationException {
        if (call.args().size() != 2 || Substitution.symbols(call.arg(0)).contains(variable)) {
            return null;
        }
        BigComplex k = constants.evaluate(call.arg(0), fixed);
        double kd = k.re.doubleValue();
        if (k.im.signum() != 0 || kd < 0 || kd != Math.rint(kd) || kd > 100) {
            return null;
        }
        int order = (int) kd;
        DoubleUnaryOperator arg = of(call.arg(1));
        if (arg == null) {
            return null;
        }
        return x -> {
            double t = arg.applyAsDouble(x);
            double previous = 1;
            double current = t;
            if (order == 0) {
                return 1;
            }
            for (int j = 1; j < order; j++) {
                double next = t * current - j * previous;
                previous = current;
                current = next;
            }
            return current;
        };
    }
}
