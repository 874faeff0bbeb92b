package dev.proofscheck.numeric;

import ch.obermuhlner.math.big.BigComplex;
import ch.obermuhlner.math.big.BigDecimalMath;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a real expression in the log domain, as the sign and log|f| ({@link LogValue}), for values far
 * beyond what {@link Evaluator} holds even with its wide range (e^(c e^N) at N = 100 is 10^(10^42)). Only by
 * rules that are exact: products and quotients (logs add), integer powers, real powers x^y of x > 0 (y log x),
 * {@code Exp} (its argument is the log), {@code Log}, {@code Sqrt}, {@code Abs}, and sums whose terms all
 * have one sign (log-sum-exp). A node with no such rule (a sum of both signs, a complex value, another
 * function) is evaluated by the ordinary evaluator (wide range); where that fails too, this one gives up with
 * an {@link EvaluationException}, never a guess. The logs are rounded to the working precision, relative.
 */
public final class LogMagnitudeEvaluator {
    private static final Expr EXP_OF_T = Expr.call("Exp", Expr.sym("t"));

    private final Evaluator ordinary;
    private final MathContext mc;
    /** Working precision plus guard digits, for ln of a mantissa and its power of ten. */
    private final MathContext guarded;
    private final Deadline deadline;
    private BigDecimal ln10;

    public LogMagnitudeEvaluator(int precision, Deadline deadline) {
        this.ordinary = new Evaluator(precision, deadline).wideRange();
        this.mc = new MathContext(precision);
        this.guarded = new MathContext(precision + 12);
        this.deadline = deadline;
    }

    /** The ordinary evaluator this one falls back on (the same precision, wide range): to build variable values with. */
    public Evaluator ordinary() {
        return ordinary;
    }

    public LogValue evaluate(Expr e, Map<String, BigComplex> env) throws EvaluationException {
        try {
            return eval(e, env);
        } catch (ArithmeticException ex) {
            throw new EvaluationException("log domain: " + ex.getMessage());
        }
    }

    private LogValue eval(Expr e, Map<String, BigComplex> env) throws EvaluationException {
        if (!(e instanceof Expr.Call c)) {
            return of(ordinary.evaluate(e, env));
        }
        deadline.check();
        try {
            return rule(c, env);
        } catch (EvaluationException noRule) {
            // no exact rule here (a sum of both signs, a negative base...): the ordinary value, if it has one in range
            BigComplex v;
            try {
                v = ordinary.evaluate(c, env);
            } catch (EvaluationException ex) {
                throw noRule;
            }
            return of(v);
        }
    }

    private LogValue rule(Expr.Call c, Map<String, BigComplex> env) throws EvaluationException {
        List<Expr> args = c.args();
        switch (c.head()) {
            case "Times":
                return times(values(args, env));
            case "Plus":
                return sum(values(args, env));
            case "Power":
                return power(args.get(0), args.get(1), env);
            case "Exp":
                return new LogValue(1, linear(eval(args.get(0), env)));
            case "Log":
                if (args.size() == 2) {
                    return quotient(log(eval(args.get(1), env)), log(eval(args.get(0), env)));
                }
                return log(eval(args.get(0), env));
            case "Sqrt":
                return sqrt(eval(args.get(0), env));
            case "Abs": {
                LogValue x = eval(args.get(0), env);
                return new LogValue(Math.abs(x.sign()), x.log());
            }
            default:
                throw new EvaluationException("log domain: no rule for " + c.head());
        }
    }

    private List<LogValue> values(List<Expr> args, Map<String, BigComplex> env) throws EvaluationException {
        List<LogValue> out = new ArrayList<>();
        for (Expr a : args) {
            out.add(eval(a, env));
        }
        return out;
    }

    /** A value of the ordinary evaluator: real, or this domain has no rule for it. */
    private LogValue of(BigComplex v) throws EvaluationException {
        if (!v.isReal()) {
            throw new EvaluationException("log domain: complex value " + Numbers.show(v, 6));
        }
        return of(v.re);
    }

    private LogValue of(BigDecimal x) {
        return x.signum() == 0 ? LogValue.ZERO : new LogValue(x.signum(), lnAbs(x));
    }

    /** ln|x| for x != 0 of any size BigDecimal holds: x = m 10^e with 1 <= m < 10, ln m + e ln 10. */
    private BigDecimal lnAbs(BigDecimal x) {
        BigDecimal a = x.abs();
        int e = a.precision() - a.scale() - 1;
        BigDecimal m = a.scaleByPowerOfTen(-e);
        BigDecimal lnM = BigDecimalMath.log(m, guarded);
        if (e == 0) {
            return lnM.round(mc);
        }
        if (ln10 == null) {
            ln10 = BigDecimalMath.log(BigDecimal.TEN, guarded);
        }
        return lnM.add(ln10.multiply(BigDecimal.valueOf(e), guarded), guarded).round(mc);
    }

    /** sign e^log as an ordinary number: an overflow (no rule) when log is beyond the wide range. */
    private BigDecimal linear(LogValue v) throws EvaluationException {
        if (v.isZero()) {
            return BigDecimal.ZERO;
        }
        BigComplex e;
        try {
            e = ordinary.evaluate(EXP_OF_T, Map.of("t", BigComplex.valueOf(v.log())));
        } catch (EvaluationException ex) {
            throw new EvaluationException("log domain: overflow (a log of magnitude beyond the range: " + ex.getMessage() + ")");
        }
        return v.sign() < 0 ? e.re.negate() : e.re;
    }

    private LogValue times(List<LogValue> factors) {
        int sign = 1;
        BigDecimal log = BigDecimal.ZERO;
        for (LogValue f : factors) {
            sign *= f.sign();
            log = log.add(f.log(), mc);
        }
        return sign == 0 ? LogValue.ZERO : new LogValue(sign, log);
    }

    private LogValue quotient(LogValue a, LogValue b) throws EvaluationException {
        if (b.isZero()) {
            throw new EvaluationException("singular (division by zero)");
        }
        return a.isZero() ? LogValue.ZERO : new LogValue(a.sign() * b.sign(), a.log().subtract(b.log(), mc));
    }

    /**
     * Terms all of one sign: M + ln(sum of e^(l_i - M)) with M the largest log. A term below the largest by
     * more than the working precision's decades is below the rounding and left out; both signs: no rule.
     */
    private LogValue sum(List<LogValue> terms) throws EvaluationException {
        int sign = 0;
        BigDecimal max = null;
        for (LogValue t : terms) {
            if (t.isZero()) {
                continue;
            }
            if (sign != 0 && t.sign() != sign) {
                throw new EvaluationException("log domain: no rule for a sum of terms of both signs");
            }
            sign = t.sign();
            max = max == null ? t.log() : max.max(t.log());
        }
        if (sign == 0) {
            return LogValue.ZERO;
        }
        BigDecimal negligible = BigDecimal.valueOf(-(mc.getPrecision() + 10) * Math.log(10));
        BigDecimal total = BigDecimal.ZERO;
        for (LogValue t : terms) {
            BigDecimal d = t.log().subtract(max, guarded);
            if (!t.isZero() && d.compareTo(negligible) >= 0) {
                total = total.add(linear(new LogValue(1, d)), guarded);
            }
        }
        return new LogValue(sign, max.add(lnAbs(total), mc));
    }

    private LogValue power(Expr baseExpr, Expr expExpr, Map<String, BigComplex> env) throws EvaluationException {
        LogValue x = eval(baseExpr, env);
        if (expExpr instanceof Expr.Num n && n.value().isInteger()) {
            return integerPower(x, n.value().num());
        }
        LogValue y = expExpr instanceof Expr.Num n ? rational(n.value()) : eval(expExpr, env);
        if (x.isZero()) {
            if (y.sign() > 0) {
                return LogValue.ZERO;
            }
            throw new EvaluationException("singular (0 to a non-positive power)");
        }
        if (x.sign() < 0) {
            throw new EvaluationException("log domain: no rule for a negative base to a non-integer power");
        }
        if (y.isZero() || x.log().signum() == 0) {
            return LogValue.ONE;
        }
        // log of x^y is y ln x: as a product in the log domain, then back to an ordinary number (the new log)
        LogValue lnX = of(x.log());
        return new LogValue(1, linear(new LogValue(y.sign() * lnX.sign(), y.log().add(lnX.log(), mc))));
    }

    private LogValue integerPower(LogValue x, BigInteger k) throws EvaluationException {
        if (k.signum() == 0) {
            return LogValue.ONE;
        }
        if (x.isZero()) {
            if (k.signum() < 0) {
                throw new EvaluationException("singular (division by zero)");
            }
            return LogValue.ZERO;
        }
        int sign = x.sign() < 0 && k.testBit(0) ? -1 : 1;
        return new LogValue(sign, x.log().multiply(new BigDecimal(k), mc));
    }

    private LogValue rational(Rational r) throws EvaluationException {
        return of(ordinary.rational(r));
    }

    private LogValue log(LogValue x) throws EvaluationException {
        if (x.isZero()) {
            throw new EvaluationException("singular (Log of 0)");
        }
        if (x.sign() < 0) {
            throw new EvaluationException("log domain: no rule for Log of a negative number (complex)");
        }
        return of(x.log());
    }

    private static LogValue sqrt(LogValue x) throws EvaluationException {
        if (x.sign() < 0) {
            throw new EvaluationException("log domain: no rule for Sqrt of a negative number (complex)");
        }
        return x.isZero() ? LogValue.ZERO : new LogValue(1, x.log().divide(BigDecimal.valueOf(2)));
    }
}
