package dev.proofscheck.numeric;

import dev.proofscheck.expr.Expr;
import java.util.Map;
import org.apache.commons.math3.complex.Complex;

/**
 * An independent double-precision evaluator (Commons Math complex numbers), as a test oracle. Signed
 * zeros are normalised after every step (exact arithmetic has one zero, so Log[-2] is log 2 + I Pi, as
 * in Mathematica), and any infinite or undefined intermediate makes the whole value NaN.
 */
final class DoubleComplexEvaluator {
    private DoubleComplexEvaluator() {}

    static Complex eval(Expr e, Map<String, Complex> env) {
        return clean(evalRaw(e, env));
    }

    private static Complex clean(Complex v) {
        if (v.isNaN() || v.isInfinite()) {
            return Complex.NaN;
        }
        return new Complex(v.getReal() == 0 ? 0.0 : v.getReal(), v.getImaginary() == 0 ? 0.0 : v.getImaginary());
    }

    private static Complex evalRaw(Expr e, Map<String, Complex> env) {
        if (e instanceof Expr.Num n) {
            return new Complex(n.value().toDouble());
        }
        if (e instanceof Expr.Sym s) {
            switch (s.name()) {
                case "Pi":
                    return new Complex(Math.PI);
                case "E":
                    return new Complex(Math.E);
                case "I":
                    return Complex.I;
                default:
                    return env.get(s.name());
            }
        }
        Expr.Call c = (Expr.Call) e;
        Complex a = eval(c.arg(0), env);
        if (a.isNaN()) {
            return Complex.NaN;
        }
        if (a.getImaginary() == 0 && c.args().size() == 1) {
            // real arguments through real functions, so that no spurious imaginary rounding appears
            double x = a.getReal();
            switch (c.head()) {
                case "Exp": return new Complex(Math.exp(x));
                case "Sin": return new Complex(Math.sin(x));
                case "Cos": return new Complex(Math.cos(x));
                case "Tan": return new Complex(Math.tan(x));
                case "ArcTan": return new Complex(Math.atan(x));
                case "Tanh": return new Complex(Math.tanh(x));
                case "Sinh": return new Complex(Math.sinh(x));
                case "Cosh": return new Complex(Math.cosh(x));
                case "Sqrt": return x >= 0 ? new Complex(Math.sqrt(x)) : new Complex(0, Math.sqrt(-x));
                case "Log": return x > 0 ? new Complex(Math.log(x)) : (x < 0 ? new Complex(Math.log(-x), Math.PI) : Complex.NaN);
                default: break;
            }
        }
        switch (c.head()) {
            case "Plus": {
                Complex sum = a;
                for (int i = 1; i < c.args().size(); i++) {
                    sum = clean(sum.add(eval(c.arg(i), env)));
                }
                return sum;
            }
            case "Times": {
                Complex prod = a;
                for (int i = 1; i < c.args().size(); i++) {
                    prod = clean(prod.multiply(eval(c.arg(i), env)));
                }
                return prod;
            }
            case "Power": {
                Expr ex = c.arg(1);
                if (ex instanceof Expr.Num n && n.value().isInteger()) {
                    int k = n.value().num().intValue();
                    Complex r = Complex.ONE;
                    for (int i = 0; i < Math.abs(k); i++) {
                        r = clean(r.multiply(a));
                    }
                    return k < 0 ? Complex.ONE.divide(r) : r;
                }
                return a.pow(eval(ex, env));
            }
            case "Sqrt":
                return a.sqrt();
            case "Exp":
                return a.exp();
            case "Log":
                return a.log();
            case "Sin":
                return a.sin();
            case "Cos":
                return a.cos();
            case "Tan":
                return a.tan();
            case "ArcTan":
                // on the branch cuts (imaginary axis beyond +-I) the two conventions differ: no oracle there
                return Math.abs(a.getReal()) < 1e-12 && Math.abs(a.getImaginary()) >= 1 ? Complex.NaN : a.atan();
            case "Tanh":
                return a.tanh();
            case "Sinh":
                return a.sinh();
            case "Cosh":
                return a.cosh();
            case "Abs":
                return new Complex(a.abs());
            default:
                throw new IllegalArgumentException("oracle cannot evaluate " + c.head());
        }
    }
}
