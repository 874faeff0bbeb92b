package dev.proofscheck.report;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.ExprPrinter;
import dev.proofscheck.model.ClaimBody;
import dev.proofscheck.model.Direction;
import java.util.Map;

/** A claim's statement as one line of Mathematica-style text, for reports (definitions not expanded). */
public final class Statements {
    private Statements() {}

    public static String of(ClaimBody body) {
        if (body instanceof ClaimBody.Identity b) {
            return p(b.lhs()) + " == " + p(b.rhs());
        }
        if (body instanceof ClaimBody.Equation b) {
            StringBuilder sb = new StringBuilder(p(b.lhs()) + " == " + p(b.rhs()));
            if (!b.where().isEmpty()) {
                sb.append(" where ");
                String sep = "";
                for (Map.Entry<String, Expr> e : b.where().entrySet()) {
                    sb.append(sep).append(e.getKey()).append(" = ").append(p(e.getValue()));
                    sep = ", ";
                }
            }
            return sb.toString();
        }
        if (body instanceof ClaimBody.Limit b) {
            return "Limit[" + p(b.expr()) + ", " + b.var() + " -> " + p(b.point()) + side(b.direction()) + "] == " + p(b.value());
        }
        if (body instanceof ClaimBody.Series b) {
            return p(b.expr()) + " == " + p(b.polynomial()) + " + O((" + b.var() + " - " + p(b.point()) + ")^" + (b.order() + 1) + ")";
        }
        if (body instanceof ClaimBody.Integral b) {
            if (b.gaussian()) {
                return "E[" + p(b.integrand()) + "] over " + b.var() + " ~ N(0,1) == " + p(b.value());
            }
            return "Integrate[" + p(b.integrand()) + ", {" + b.var() + ", " + p(b.from()) + ", " + p(b.to()) + "}] == " + p(b.value());
        }
        if (body instanceof ClaimBody.Value b) {
            return p(b.expr()) + " == " + b.statedText() + " (" + b.digits() + " digits)";
        }
        return body.kind() + " claim";
    }

    private static String side(Direction d) {
        return d == Direction.ABOVE ? ", from above" : d == Direction.BELOW ? ", from below" : "";
    }

    private static String p(Expr e) {
        return ExprPrinter.print(e);
    }
}
