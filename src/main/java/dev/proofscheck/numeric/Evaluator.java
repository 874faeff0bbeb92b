package dev.proofscheck.numeric;

import ch.obermuhlner.math.big.BigComplex;
import ch.obermuhlner.math.big.BigComplexMath;
import ch.obermuhlner.math.big.BigDecimalMath;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Rational;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates an expression at a point in arbitrary-precision complex arithmetic (BigDecimal, with
 * big-math's elementary functions except the hot ones: {@link FastExp}, {@link RealPower},
 * {@link Numbers#sqrt}), principal branches throughout. Independent of the CAS: this is
 * the evaluator every verdict rests on.
 */
public final class Evaluator {
    /**
     * Exponents beyond this are refused as overflow ({@code Exp}, and a real power x^y with |y ln x| beyond
     * it): e^(1e5) has 43,430 digits before the point, which any exact sum (an addition without a
     * MathContext, in code that never expected such numbers) still writes out in milliseconds.
     */
    static final double MAX_EXP_ARGUMENT = 1e5;
    /**
     * The range of an evaluator made {@link #wideRange()}: e^(1e9) = 10^(4.3e8) is held by BigDecimal's
     * scale at no cost (products of a few such still fit its int scale; past that BigDecimal itself
     * reports an overflow). Only for callers whose arithmetic on the values is all rounded.
     */
    static final double WIDE_EXP_ARGUMENT = 1e9;
    /** Integer powers beyond this are refused as overflow. */
    private static final long MAX_INTEGER_EXPONENT = 100_000;

    private final int precision;
    private final MathContext mc;
    /** Exp and real powers of arguments beyond this are an overflow. */
    private double maxExpArgument = MAX_EXP_ARGUMENT;
    /** ln 10 at the precision of the last range reduction (see {@link #bigExp}). */
    private BigDecimal ln10;
    private final Deadline deadline;
    /** The rational constants at this precision, shared by every evaluator of it (one is made per point and precision). */
    private final Map<Rational, BigComplex> constants;
    private final Map<Expr, BigComplex> frozen = new java.util.IdentityHashMap<>();
    private final java.util.Set<Expr> freezable = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private BigDecimal pi;
    /** exp of real arguments up to {@link #FAST_EXP_LIMIT} (created on first use; an evaluator is used by one thread). */
    private FastExp fastExp;
    /** x^y for real x > 0 and moderate real y (created on first use). */
    private RealPower realPower;
    /** Past this |x| the table of e^n of {@link FastExp} would spend its guard digits: the library's exp takes over. */
    private static final int FAST_EXP_LIMIT = 1000;
    /** Functions evaluated on or next to their branch cut so far (see {@link #branchCuts}). */
    private final java.util.Set<String> branchCuts = new java.util.TreeSet<>();

    public Evaluator(int precision, Deadline deadline) {
        this.precision = precision;
        this.mc = new MathContext(precision);
        this.deadline = deadline;
        this.constants = constantsAt(precision);
    }

    /**
     * Rational constants by precision, for all threads: their quotients were 5% of a corpus run when every
     * evaluator recomputed them. A map that grows past {@link #MAX_SHARED_CONSTANTS} (mutation runs make up
     * many constants) starts afresh; the values are exact quotients rounded to the precision, whoever computes them.
     */
    private static Map<Rational, BigComplex> constantsAt(int precision) {
        Map<Rational, BigComplex> m = SHARED_CONSTANTS.computeIfAbsent(precision, p -> new java.util.concurrent.ConcurrentHashMap<>());
        if (m.size() > MAX_SHARED_CONSTANTS) {
            m.clear();
        }
        return m;
    }

    private static final Map<Integer, Map<Rational, BigComplex>> SHARED_CONSTANTS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_SHARED_CONSTANTS = 10_000;

    public int precision() {
        return precision;
    }

    /**
     * This evaluator with {@code Exp} and real powers up to e^(1e9) instead of e^(1e5) ({@link #WIDE_EXP_ARGUMENT}),
     * for a caller that only does rounded arithmetic on the results (an exact sum of 10^(4e8) and 1 would
     * write out 4e8 digits): the approach of a limit towards infinity, where e^N must be seen growing.
     */
    public Evaluator wideRange() {
        maxExpArgument = WIDE_EXP_ARGUMENT;
        return this;
    }

    /** A new evaluator with this one's precision and deadline and nothing frozen (to freeze for one set of parameter values). */
    public Evaluator fresh() {
        return new Evaluator(precision, deadline);
    }

    public MathContext mathContext() {
        return mc;
    }

    /**
     * The functions ({@code Sqrt}, {@code Log}, {@code Power} with a non-integer exponent) that this
     * evaluator has met with an argument on their branch cut, the negative real axis, or within
     * 10^-(precision/2) relative of it: there the principal branch was taken, and a value computed with
     * a little rounding on the other side would jump to the other branch. Evidence, not an error.
     */
    public java.util.Set<String> branchCuts() {
        return java.util.Collections.unmodifiableSet(branchCuts);
    }

    private void noteCut(String function, BigComplex z) {
        if (z.re.signum() < 0 && (z.im.signum() == 0
                || z.im.abs().compareTo(z.re.abs().multiply(Numbers.tenTo(-precision / 2))) <= 0)) {
            branchCuts.add(function);
        }
    }

    /** An exact rational at this evaluator's working precision. */
    public BigComplex rational(Rational r) {
        return constants.computeIfAbsent(r, k -> BigComplex.valueOf(k.isInteger()
                ? new BigDecimal(k.num())
                : new BigDecimal(k.num()).divide(new BigDecimal(k.den()), mc)));
    }

    /**
     * Marks the calls inside {@code root} that do not involve {@code var}: they are evaluated once and
     * reused while only {@code var} changes (quadrature nodes, approach steps). The other variables'
     * values must then stay fixed for the life of this evaluator.
     */
    public Evaluator freezeAllBut(Expr root, String var) {
        return freezeAllBut(root, java.util.Set.of(var));
    }

    /** As above, with several variables changing (the two of a Gaussian pair). */
    public Evaluator freezeAllBut(Expr root, java.util.Set<String> vars) {
        markFreezable(root, vars);
        return this;
    }

    private boolean markFreezable(Expr e, java.util.Set<String> vars) {
        if (e instanceof Expr.Num) {
            return true;
        }
        if (e instanceof Expr.Sym s) {
            return !vars.contains(s.name());
        }
        boolean all = true;
        for (Expr a : ((Expr.Call) e).args()) {
            all &= markFreezable(a, vars);
        }
        if (all) {
            freezable.add(e);
        }
        return all;
    }

    public BigComplex evaluate(Expr e, Map<String, BigComplex> env) throws EvaluationException {
        try {
            return eval(e, env);
        } catch (ArithmeticException ex) {
            throw new EvaluationException(describe(ex));
        }
    }

    private static String describe(ArithmeticException ex) {
        String m = ex.getMessage() == null ? "arithmetic error" : ex.getMessage();
        String lower = m.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("zero") || lower.contains("undefined") || lower.contains("illegal")) {
            return "singular (" + m + ")";
        }
        if (lower.contains("overflow") || lower.contains("underflow")) {
            return "overflow (" + m + ")";
        }
        return m;
    }

    private BigComplex eval(Expr e, Map<String, BigComplex> env) throws EvaluationException {
        if (e instanceof Expr.Num n) {
            return rational(n.value());
        }
        if (e instanceof Expr.Sym s) {
            return symbol(s.name(), env);
        }
        if (!freezable.isEmpty() && freezable.contains(e)) {
            BigComplex v = frozen.get(e);
            if (v == null) {
                v = evalCall((Expr.Call) e, env);
                frozen.put(e, v);
            }
            return v;
        }
        return evalCall((Expr.Call) e, env);
    }

    private BigComplex evalCall(Expr.Call c, Map<String, BigComplex> env) throws EvaluationException {
        deadline.check();
        List<Expr> args = c.args();
        switch (c.head()) {
            case "Plus": {
                BigComplex sum = eval(args.get(0), env);
                for (int i = 1; i < args.size(); i++) {
                    sum = sum.add(eval(args.get(i), env), mc);
                }
                return sum;
            }
            case "Times": {
                BigComplex prod = eval(args.get(0), env);
                for (int i = 1; i < args.size(); i++) {
                    prod = multiply(prod, eval(args.get(i), env));
                }
                return prod;
            }
            case "Power":
                return power(args.get(0), args.get(1), env);
            case "Sqrt": {
                BigComplex z = eval(args.get(0), env);
                noteCut("Sqrt", z);
                return sqrt(z);
            }
            case "Exp":
                return exp(eval(args.get(0), env));
            case "Log": {
                if (args.size() == 2) {
                    BigComplex base = eval(args.get(0), env);
                    BigComplex x = eval(args.get(1), env);
                    noteCut("Log", base);
                    noteCut("Log", x);
                    return divide(log(x), log(base));
                }
                BigComplex z = eval(args.get(0), env);
                noteCut("Log", z);
                return log(z);
            }
            case "Sin":
                return real1(eval(args.get(0), env), x -> BigDecimalMath.sin(x, mc), z -> BigComplexMath.sin(z, mc));
            case "Cos":
                return real1(eval(args.get(0), env), x -> BigDecimalMath.cos(x, mc), z -> BigComplexMath.cos(z, mc));
            case "Tan":
                return real1(eval(args.get(0), env), x -> BigDecimalMath.tan(x, mc), z -> BigComplexMath.tan(z, mc));
            case "ArcTan":
                return real1(eval(args.get(0), env), x -> BigDecimalMath.atan(x, mc), z -> BigComplexMath.atan(z, mc));
            case "ArcSin":
                return arcSin(eval(args.get(0), env));
            case "ArcCos":
                return arcCos(eval(args.get(0), env));
            case "Sinh":
                return hyperbolic(eval(args.get(0), env), -1);
            case "Cosh":
                return hyperbolic(eval(args.get(0), env), 1);
            case "Tanh":
                return divide(hyperbolic(eval(args.get(0), env), -1), hyperbolic(eval(args.get(0), env), 1));
            case "Abs":
                return BigComplex.valueOf(Numbers.abs(eval(args.get(0), env), mc));
            case "Re":
                return BigComplex.valueOf(eval(args.get(0), env).re);
            case "Im":
                return BigComplex.valueOf(eval(args.get(0), env).im);
            case "Erf":
                return Erf.erf(eval(args.get(0), env), mc);
            case "Gamma":
                return gamma(eval(args.get(0), env));
            case "Factorial":
                return gamma(eval(args.get(0), env).add(BigComplex.ONE));
            case "HermiteHe":
                return hermiteHe(eval(args.get(0), env), eval(args.get(1), env));
            case "UnitStep": {
                BigComplex x = eval(args.get(0), env);
                requireReal(x, "UnitStep");
                return x.re.signum() >= 0 ? BigComplex.ONE : BigComplex.ZERO;
            }
            case "Sign": {
                BigComplex x = eval(args.get(0), env);
                if (x.isReal()) {
                    return BigComplex.valueOf(BigDecimal.valueOf(x.re.signum()));
                }
                return x.divide(Numbers.abs(x, mc), mc);
            }
            case "Max":
            case "Min":
                return extremum(c.head().equals("Max"), args, env);
            default:
                throw new EvaluationException("no numeric evaluation for '" + c.head() + "'");
        }
    }

    private BigComplex symbol(String name, Map<String, BigComplex> env) throws EvaluationException {
        BigComplex v = env.get(name);
        if (v != null) {
            return v;
        }
        switch (name) {
            case "Pi":
                return BigComplex.valueOf(pi());
            case "E":
                return BigComplex.valueOf(BigDecimalMath.e(mc));
            case "I":
                return BigComplex.I;
            case "EulerGamma":
                throw new EvaluationException("EulerGamma has no numeric value here");
            case "Infinity":
                throw new EvaluationException("Infinity cannot be evaluated as a number");
            default:
                throw new EvaluationException("no value for symbol '" + name + "'");
        }
    }

    public BigDecimal pi() {
        if (pi == null) {
            pi = BigDecimalMath.pi(mc);
        }
        return pi;
    }

    private BigComplex multiply(BigComplex a, BigComplex b) {
        return ComplexArithmetic.multiply(a, b, mc);
    }

    private BigComplex divide(BigComplex a, BigComplex b) throws EvaluationException {
        if (isZero(b)) {
            throw new EvaluationException("singular (division by zero)");
        }
        return ComplexArithmetic.divide(a, b, mc);
    }

    private BigComplex power(Expr baseExpr, Expr expExpr, Map<String, BigComplex> env) throws EvaluationException {
        BigComplex base = eval(baseExpr, env);
        if (expExpr instanceof Expr.Num n) {
            Rational r = n.value();
            if (r.isInteger() && r.num().abs().longValue() <= MAX_INTEGER_EXPONENT && r.num().bitLength() < 40) {
                return integerPower(base, r.num().longValue());
            }
            if (r.den().intValue() == 2 && r.num().bitLength() < 40) {
                noteCut("Power", base);
                return integerPower(sqrt(base), r.num().longValue());
            }
        }
        BigComplex exponent = eval(expExpr, env);
        if (!(exponent.isReal() && exponent.re.stripTrailingZeros().scale() <= 0)) {
            noteCut("Power", base);
        }
        if (isZero(base)) {
            if (exponent.re.signum() > 0) {
                return BigComplex.ZERO;
            }
            throw new EvaluationException("singular (0 to a non-positive power)");
        }
        if (base.isReal() && base.re.signum() > 0 && exponent.isReal()) {
            // the same bound as Exp: x^y = e^(y log x), and a result past e^(1e5) has millions of digits
            // of exponent that one uninterruptible multiplication can take seconds to produce
            double magnitude = Math.abs(exponent.re.doubleValue() * Numbers.log10(base.re) * Math.log(10));
            if (!(magnitude <= maxExpArgument)) {
                throw new EvaluationException("overflow (a power whose |exponent x log base| is " + (float) magnitude + ")");
            }
            if (magnitude <= FAST_EXP_LIMIT && Math.abs(exponent.re.doubleValue()) <= RealPower.MAX_EXPONENT
                    && Math.abs(Numbers.log10(base.re) * Math.log(10)) <= FAST_EXP_LIMIT) {
                return BigComplex.valueOf(realPower().pow(base.re, exponent.re));
            }
            if (magnitude > FAST_EXP_LIMIT) {
                // y ln x to an absolute 10^-(precision + 10): its digits before the point come on top
                MathContext wide = new MathContext(precision + 10 + (int) Math.ceil(Math.log10(magnitude)));
                return BigComplex.valueOf(bigExp(exponent.re.multiply(BigDecimalMath.log(base.re, wide), wide)));
            }
            return BigComplex.valueOf(BigDecimalMath.pow(base.re, exponent.re, mc));
        }
        return exp(multiply(log(base), exponent));
    }

    private BigComplex integerPower(BigComplex base, long k) throws EvaluationException {
        if (k == 0) {
            return BigComplex.ONE;
        }
        if (isZero(base)) {
            if (k < 0) {
                throw new EvaluationException("singular (division by zero)");
            }
            return BigComplex.ZERO;
        }
        BigComplex result = BigComplex.ONE;
        BigComplex square = base;
        long m = Math.abs(k);
        while (m > 0) {
            deadline.check();
            if ((m & 1) == 1) {
                result = multiply(result, square);
            }
            m >>= 1;
            if (m > 0) {
                square = multiply(square, square);
            }
        }
        return k < 0 ? divide(BigComplex.ONE, result) : result;
    }

    private BigComplex sqrt(BigComplex z) {
        if (z.isReal() && z.re.signum() >= 0) {
            return BigComplex.valueOf(Numbers.sqrt(z.re, mc));
        }
        if (z.isReal()) {
            // principal branch on the cut: Sqrt[-x] = I Sqrt[x]
            return BigComplex.valueOf(BigDecimal.ZERO, Numbers.sqrt(z.re.negate(), mc));
        }
        return BigComplexMath.sqrt(z, mc);
    }

    private BigComplex exp(BigComplex z) throws EvaluationException {
        if (!(Math.abs(z.re.doubleValue()) <= maxExpArgument)) {
            throw new EvaluationException("overflow (Exp of a number with real part " + z.re.round(MathContext.DECIMAL32) + ")");
        }
        if (z.isReal()) {
            return BigComplex.valueOf(realExp(z.re));
        }
        // e^(a + i b) = e^a (cos b + i sin b); contour integrals evaluate it at every node
        BigDecimal scale = realExp(z.re);
        BigComplex c = z.im.abs().compareTo(BigDecimal.valueOf(FAST_EXP_LIMIT)) <= 0 ? fast().cis(z.im)
                : BigComplex.valueOf(BigDecimalMath.cos(z.im, mc), BigDecimalMath.sin(z.im, mc));
        return BigComplex.valueOf(c.re.multiply(scale, mc), c.im.multiply(scale, mc));
    }

    /** e^x for real x: the quadratures evaluate it at every node, so the fast routine where it is exact enough. */
    private BigDecimal realExp(BigDecimal x) {
        if (x.abs().compareTo(BigDecimal.valueOf(FAST_EXP_LIMIT)) > 0) {
            return bigExp(x);
        }
        return fast().exp(x);
    }

    /**
     * e^x for |x| beyond {@link #FAST_EXP_LIMIT} (up to the range, 1e9) by range reduction: x = k ln 10 + r
     * with the nearest integer k and |r| <= 1.16, so e^x = e^r 10^k, the power of ten only a scale. r is
     * formed with ln 10 to precision + 10 digits after the point (k has up to 9 before it), so e^r, and
     * e^x, are exact to the working precision for the x given.
     */
    private BigDecimal bigExp(BigDecimal x) {
        int extra = (int) Math.ceil(Math.log10(x.abs().doubleValue())) + 10;
        MathContext wide = new MathContext(precision + extra);
        if (ln10 == null || ln10.precision() < wide.getPrecision()) {
            ln10 = BigDecimalMath.log(BigDecimal.TEN, wide);
        }
        BigDecimal k = x.divide(ln10, MathContext.DECIMAL64).setScale(0, java.math.RoundingMode.HALF_EVEN);
        BigDecimal r = x.subtract(k.multiply(ln10, wide), wide);
        return fast().exp(r).scaleByPowerOfTen(k.intValueExact());
    }

    private RealPower realPower() {
        if (realPower == null) {
            realPower = RealPower.at(precision);
        }
        return realPower;
    }

    private FastExp fast() {
        if (fastExp == null) {
            fastExp = FastExp.at(precision);
        }
        return fastExp;
    }

    private BigComplex log(BigComplex z) throws EvaluationException {
        if (isZero(z)) {
            throw new EvaluationException("singular (Log of 0)");
        }
        if (z.isReal() && z.re.signum() > 0) {
            return BigComplex.valueOf(BigDecimalMath.log(z.re, mc));
        }
        if (z.isReal()) {
            // principal branch on the cut: Log[-x] = Log[x] + I Pi
            return BigComplex.valueOf(BigDecimalMath.log(z.re.negate(), mc), pi());
        }
        return BigComplexMath.log(z, mc);
    }

    /** sinh (sign -1) or cosh (sign +1) as (e^z ± e^-z)/2. */
    private BigComplex hyperbolic(BigComplex z, int sign) throws EvaluationException {
        BigComplex a = exp(z);
        BigComplex b = exp(z.negate());
        BigComplex s = sign > 0 ? a.add(b, mc) : a.subtract(b, mc);
        return s.divide(new BigDecimal(2), mc);
    }

    private BigComplex gamma(BigComplex z) throws EvaluationException {
        if (z.isReal() && z.re.signum() <= 0 && z.re.stripTrailingZeros().scale() <= 0) {
            throw new EvaluationException("singular (Gamma at a non-positive integer)");
        }
        return z.isReal() ? BigComplex.valueOf(BigDecimalMath.gamma(z.re, mc)) : BigComplexMath.gamma(z, mc);
    }

    private interface RealFn {
        BigDecimal apply(BigDecimal x);
    }

    private interface ComplexFn {
        BigComplex apply(BigComplex z);
    }

    private static BigComplex real1(BigComplex z, RealFn real, ComplexFn complex) {
        return z.isReal() ? BigComplex.valueOf(real.apply(z.re)) : complex.apply(z);
    }

    /**
     * ArcSin with Symja's values on its cuts (real |x| > 1): sign(x) (Pi/2 - I ArcCosh[|x|]), which is
     * Mathematica's -I Log[I x + Sqrt[1 - x^2]]; off the real axis every convention agrees.
     */
    private BigComplex arcSin(BigComplex z) {
        if (!z.isReal()) {
            return BigComplexMath.asin(z, mc);
        }
        if (z.re.abs().compareTo(BigDecimal.ONE) <= 0) {
            return BigComplex.valueOf(BigDecimalMath.asin(z.re, mc));
        }
        BigDecimal halfPi = pi().divide(BigDecimal.valueOf(2), mc);
        BigComplex v = BigComplex.valueOf(halfPi, arcCoshOfAbs(z.re).negate());
        return z.re.signum() > 0 ? v : v.negate();
    }

    /**
     * ArcCos with Symja's (and C99's) values on its cuts: -I ArcCosh[x] for x > 1, Pi - I ArcCosh[-x]
     * for x < -1 (Mathematica's documented formula gives +I ArcCosh[x] for x > 1; the corpus never
     * evaluates there, and the CAS we cross-check with is Symja).
     */
    private BigComplex arcCos(BigComplex z) {
        if (!z.isReal()) {
            return BigComplexMath.acos(z, mc);
        }
        if (z.re.abs().compareTo(BigDecimal.ONE) <= 0) {
            return BigComplex.valueOf(BigDecimalMath.acos(z.re, mc));
        }
        return BigComplex.valueOf(z.re.signum() > 0 ? BigDecimal.ZERO : pi(), arcCoshOfAbs(z.re).negate());
    }

    /** ln(|x| + sqrt(x^2 - 1)) for |x| > 1, without cancellation. */
    private BigDecimal arcCoshOfAbs(BigDecimal x) {
        BigDecimal a = x.abs();
        return BigDecimalMath.log(a.add(Numbers.sqrt(a.multiply(a, mc).subtract(BigDecimal.ONE), mc), mc), mc);
    }

    private BigComplex extremum(boolean max, List<Expr> args, Map<String, BigComplex> env) throws EvaluationException {
        BigDecimal best = null;
        for (Expr a : args) {
            BigComplex v = eval(a, env);
            if (!v.isReal()) {
                throw new EvaluationException((max ? "Max" : "Min") + " of a non-real value " + Numbers.show(v, 6));
            }
            if (best == null || (max ? v.re.compareTo(best) > 0 : v.re.compareTo(best) < 0)) {
                best = v.re;
            }
        }
        return BigComplex.valueOf(best);
    }

    /** Probabilists' Hermite polynomial He_n(x), by He_(k+1) = x He_k - k He_(k-1). */
    private BigComplex hermiteHe(BigComplex n, BigComplex x) throws EvaluationException {
        requireReal(n, "HermiteHe");
        BigDecimal nr = n.re.stripTrailingZeros();
        if (nr.signum() < 0 || nr.scale() > 0 || nr.compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw new EvaluationException("HermiteHe needs an order 0..1000, not " + Numbers.show(n, 8));
        }
        int order = nr.intValue();
        BigComplex previous = BigComplex.ONE;
        if (order == 0) {
            return previous;
        }
        BigComplex current = x;
        for (int k = 1; k < order; k++) {
            BigComplex next = x.multiply(current, mc).subtract(previous.multiply(BigDecimal.valueOf(k), mc), mc);
            previous = current;
            current = next;
        }
        return current;
    }

    private static void requireReal(BigComplex x, String where) throws EvaluationException {
        if (!x.isReal()) {
            throw new EvaluationException(where + " of a non-real value " + Numbers.show(x, 6));
        }
    }

    static boolean isZero(BigComplex z) {
        return z.re.signum() == 0 && z.im.signum() == 0;
    }
}
