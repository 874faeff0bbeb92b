package dev.proofscheck.expr;

import java.util.List;

/** Prints an expression in readable Mathematica infix form, e.g. {@code (1 + Sqrt[g])^2/z}. */
public final class ExprPrinter {
    private static final int PREC_EQUAL = 1;
    private static final int PREC_PLUS = 2;
    private static final int PREC_TIMES = 3;
    private static final int PREC_UNARY = 4;
    private static final int PREC_POWER = 5;
    private static final int PREC_ATOM = 6;

    private ExprPrinter() {}

    public static String print(Expr e) {
        StringBuilder sb = new StringBuilder();
        write(e, sb);
        return sb.toString();
    }

    private static void write(Expr e, StringBuilder sb) {
        if (e instanceof Expr.Num n) {
            sb.append(n.value());
        } else if (e instanceof Expr.Sym s) {
            sb.append(s.name());
        } else {
            writeCall((Expr.Call) e, sb);
        }
    }

    private static void writeCall(Expr.Call c, StringBuilder sb) {
        switch (c.head()) {
            case "Plus" -> writePlus(c.args(), sb);
            case "Times" -> writeTimes(c.args(), sb);
            case "Power" -> {
                if (isMinusOne(c.arg(1))) {
                    sb.append("1/");
                    writeWrapped(c.arg(0), PREC_POWER, sb);
                } else {
                    writeWrapped(c.arg(0), PREC_ATOM, sb);
                    sb.append("^");
                    writeWrapped(c.arg(1), PREC_ATOM, sb);
                }
            }
            case "Equal" -> {
                write(c.arg(0), sb);
                sb.append(" == ");
                write(c.arg(1), sb);
            }
            default -> {
                sb.append(c.head()).append('[');
                for (int i = 0; i < c.args().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    write(c.arg(i), sb);
                }
                sb.append(']');
            }
        }
    }

    private static void writePlus(List<Expr> terms, StringBuilder sb) {
        for (int i = 0; i < terms.size(); i++) {
            Expr t = terms.get(i);
            Expr positive = negatedOrNull(t);
            if (i > 0) {
                sb.append(positive != null ? " - " : " + ");
            } else if (positive != null) {
                sb.append("-");
            }
            writeWrapped(positive != null ? positive : t, positive != null ? PREC_UNARY : PREC_PLUS + 1, sb);
        }
    }

    private static void writeTimes(List<Expr> factors, StringBuilder sb) {
        boolean first = true;
        if (factors.size() >= 2 && isMinusOne(factors.get(0))) {
            if (!(factors.get(1) instanceof Expr.Call p && p.head().equals("Power") && isMinusOne(p.arg(1)))) {
                sb.append("-");
                writeTimes(factors.subList(1, factors.size()), sb);
                return;
            }
            // -1/x reads back as Times[-1, Power[x, -1]]; -(1/x) would read back with an extra factor 1
            sb.append("-1");
            factors = factors.subList(1, factors.size());
            first = false;
        }
        for (Expr f : factors) {
            if (f instanceof Expr.Call p && p.head().equals("Power") && isMinusOne(p.arg(1)) && !first) {
                sb.append("/");
                writeWrapped(p.arg(0), PREC_POWER, sb);
            } else {
                if (!first) {
                    sb.append("*");
                }
                writeWrapped(f, PREC_TIMES + 1, sb);
            }
            first = false;
        }
    }

    private static Expr negatedOrNull(Expr t) {
        if (t instanceof Expr.Num n && n.value().signum() < 0) {
            return new Expr.Num(n.value().negate());
        }
        if (t instanceof Expr.Call c && c.head().equals("Times") && c.args().size() >= 2 && isMinusOne(c.arg(0))) {
            List<Expr> rest = c.args().subList(1, c.args().size());
            return rest.size() == 1 ? rest.get(0) : new Expr.Call("Times", rest);
        }
        return null;
    }

    private static void writeWrapped(Expr e, int minPrecedence, StringBuilder sb) {
        if (precedence(e) < minPrecedence) {
            sb.append('(');
            write(e, sb);
            sb.append(')');
        } else {
            write(e, sb);
        }
    }

    private static int precedence(Expr e) {
        if (e instanceof Expr.Num n) {
            return n.value().signum() < 0 ? PREC_UNARY : (n.value().isInteger() ? PREC_ATOM : PREC_TIMES);
        }
        if (e instanceof Expr.Sym) {
            return PREC_ATOM;
        }
        Expr.Call c = (Expr.Call) e;
        return switch (c.head()) {
            case "Plus" -> PREC_PLUS;
            case "Times" -> isMinusOne(c.arg(0)) ? PREC_UNARY : PREC_TIMES;
            case "Power" -> isMinusOne(c.arg(1)) ? PREC_TIMES : PREC_POWER;
            case "Equal" -> PREC_EQUAL;
            default -> PREC_ATOM;
        };
    }

    private static boolean isMinusOne(Expr e) {
        return e instanceof Expr.Num n && n.value().equals(Rational.of(-1));
    }
}
