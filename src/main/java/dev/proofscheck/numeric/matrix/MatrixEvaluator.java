package dev.proofscheck.numeric.matrix;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.numeric.Deadline;
import dev.proofscheck.numeric.EvaluationException;
import dev.proofscheck.numeric.Evaluator;
import dev.proofscheck.numeric.Numbers;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates an expression of a matrix claim whose shapes were checked ({@link ShapeChecker}) at one
 * working precision: matrix names to drawn matrices, the matrix functions here, and every scalar
 * function by the scalar {@link Evaluator} (same branches, same arithmetic), so that a scalar inside
 * a matrix claim means exactly what it means elsewhere.
 */
public final class MatrixEvaluator {
    private final MathContext mc;
    private final Evaluator scalars;
    private final Deadline deadline;
    private final BigDecimal rankThreshold;
    private final BigDecimal singularThreshold;

    /**
     * @param precision the working precision (digits)
     * @param decisionPrecision the lower precision of the pair being compared: the thresholds of rank and
     *        singularity decisions are set from it, so that both precisions decide alike
     */
    public MatrixEvaluator(int precision, int decisionPrecision, Deadline deadline) {
        this.mc = new MathContext(precision);
        this.scalars = new Evaluator(precision, deadline);
        this.deadline = deadline;
        this.rankThreshold = Numbers.tenTo(-decisionPrecision / MatrixTolerances.RANK_PRECISION_DIVISOR);
        this.singularThreshold = Numbers.tenTo(-(decisionPrecision - MatrixTolerances.INVERSE_GUARD_DIGITS));
    }

    public MathContext mathContext() {
        return mc;
    }

    /** The scalar evaluator at this precision, to convert exact scalar values. */
    public Evaluator scalarEvaluator() {
        return scalars;
    }

    /**
     * The value of {@code e} with matrix names bound in {@code matrices} and scalar names (parameters,
     * variables, sizes) in {@code env}.
     */
    public MatrixValue evaluate(Expr e, Map<String, BigMatrix> matrices, Map<String, BigComplex> env) throws EvaluationException {
        try {
            return eval(e, matrices, env);
        } catch (ArithmeticException ex) {
            throw new EvaluationException("singular (" + ex.getMessage() + ")");
        }
    }

    private MatrixValue eval(Expr e, Map<String, BigMatrix> matrices, Map<String, BigComplex> env) throws EvaluationException {
        deadline.check();
        if (e instanceof Expr.Num) {
            return new MatrixValue.Scalar(scalars.evaluate(e, env));
        }
        if (e instanceof Expr.Sym s) {
            BigMatrix m = matrices.get(s.name());
            return m != null ? MatrixValue.of(m) : new MatrixValue.Scalar(scalars.evaluate(e, env));
        }
        Expr.Call c = (Expr.Call) e;
        switch (c.head()) {
            case "IdentityMatrix": {
                int n = scalars.evaluate(c.arg(0), env).re.intValueExact();
                return MatrixValue.of(BigMatrix.identity(n));
            }
            case "MatrixPower":
                return matrixPower(eval(c.arg(0), matrices, env).asMatrix(), ((Expr.Num) c.arg(1)).value().num().intValue());
            default:
                break;
        }
        List<MatrixValue> args = new ArrayList<>();
        for (Expr a : c.args()) {
            args.add(eval(a, matrices, env));
        }
        switch (c.head()) {
            case "Plus":
                return plus(args);
            case "Times":
                return times(args);
            case "Dot": {
                BigMatrix p = args.get(0).asMatrix();
                for (int i = 1; i < args.size(); i++) {
                    p = p.dot(args.get(i).asMatrix(), mc);
                }
                return MatrixValue.of(p);
            }
            case "Transpose":
                return MatrixValue.of(args.get(0).asMatrix().transpose());
            case "Inverse":
                return MatrixValue.of(Elimination.inverse(args.get(0).asMatrix(), singularThreshold, mc));
            case "PseudoInverse":
                return MatrixValue.of(PseudoInverse.of(args.get(0).asMatrix(), rankThreshold, mc));
            case "Det":
                return new MatrixValue.Scalar(Elimination.det(args.get(0).asMatrix(), mc));
            case "Tr":
                return new MatrixValue.Scalar(args.get(0).asMatrix().trace(mc));
            default:
                return scalarCall(c, args);
        }
    }

    private MatrixValue plus(List<MatrixValue> args) throws EvaluationException {
        MatrixValue acc = args.get(0);
        for (int i = 1; i < args.size(); i++) {
            MatrixValue b = args.get(i);
            if (acc instanceof MatrixValue.Scalar x && b instanceof MatrixValue.Scalar y) {
                acc = new MatrixValue.Scalar(BigMatrix.add(x.value(), y.value(), mc));
            } else if (acc instanceof MatrixValue.Matrix x && b instanceof MatrixValue.Matrix y) {
                acc = MatrixValue.of(x.value().plus(y.value(), mc));
            } else {
                throw new EvaluationException("a scalar added to a matrix (the shape check should have refused this)");
            }
        }
        return acc;
    }

    private MatrixValue times(List<MatrixValue> args) {
        BigComplex s = BigComplex.ONE;
        BigMatrix m = null;
        for (MatrixValue v : args) {
            if (v instanceof MatrixValue.Matrix x) {
                m = x.value();
            } else {
                s = BigMatrix.multiply(s, ((MatrixValue.Scalar) v).value(), mc);
            }
        }
        return m == null ? new MatrixValue.Scalar(s) : MatrixValue.of(m.scale(s, mc));
    }

    private MatrixValue matrixPower(BigMatrix a, int k) throws EvaluationException {
        BigMatrix base = k < 0 ? Elimination.inverse(a, singularThreshold, mc) : a;
        BigMatrix result = BigMatrix.identity(a.rows());
        for (int i = 0; i < Math.abs(k); i++) {
            result = result.dot(base, mc);
        }
        return MatrixValue.of(result);
    }

    /** A scalar function: evaluated by the scalar evaluator on placeholders (numbers stay literal, so that
     *  {@code x^-1} keeps its exact integer exponent). */
    private MatrixValue scalarCall(Expr.Call c, List<MatrixValue> args) throws EvaluationException {
        Map<String, BigComplex> env = new HashMap<>();
        List<Expr> placeholders = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (!(args.get(i) instanceof MatrixValue.Scalar s)) {
                throw new EvaluationException(c.head() + " of a matrix (the shape check should have refused this)");
            }
            if (c.arg(i) instanceof Expr.Num) {
                placeholders.add(c.arg(i));
            } else {
                String name = "_" + i; // not a possible user name: names cannot contain '_'
                placeholders.add(Expr.sym(name));
                env.put(name, s.value());
            }
        }
        return new MatrixValue.Scalar(scalars.evaluate(new Expr.Call(c.head(), placeholders), env));
    }
}
