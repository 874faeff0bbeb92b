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
        if (body instanceof ClaimBody.GaussianPair b) {
            return "E[" + p(b.integrand()) + "] over (" + b.u() + ", " + b.v() + ") standard Gaussian with correlation "
                    + p(b.correlation()) + " == " + p(b.value());
        }
        if (body instanceof ClaimBody.Value b) {
            return p(b.expr()) + " == " + b.statedText() + " (" + b.digits() + " digits)";
        }
        return null;
    }

    /**
     * The statement of a claim for a report: the one-line form where this class has one, otherwise the
     * claim's own lines of its file (kinds with structure, such as matrices or ODE systems).
     */
    public static String of(dev.proofscheck.model.Claim claim) {
        String line = of(claim.body());
        return line != null ? line : yamlOf(claim);
    }

    private static String yamlOf(dev.proofscheck.model.Claim claim) {
        try {
            java.util.List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of(claim.position().file()));
            int start = claim.position().line() - 1;
            int indent = claim.position().column() - 1;
            StringBuilder sb = new StringBuilder();
            for (int i = start; i < lines.size(); i++) {
                String l = lines.get(i);
                boolean nextItem = i > start && (l.trim().startsWith("- ") && leading(l) <= indent - 2 || (!l.isBlank() && leading(l) < indent));
                if (nextItem) {
                    break;
                }
                if (!l.isBlank() && !l.trim().startsWith("#") && !l.trim().startsWith("note:") && !l.trim().startsWith("locator:")) {
                    sb.append(sb.length() == 0 ? "" : "; ").append(l.trim().replaceFirst("^- ", ""));
                }
            }
            return sb.toString();
        } catch (java.io.IOException | RuntimeException e) {
            return claim.kind() + " claim " + claim.id();
        }
    }

    private static int leading(String l) {
        int n = 0;
        while (n < l.length() && l.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static String side(Direction d) {
        return d == Direction.ABOVE ? ", from above" : d == Direction.BELOW ? ", from below" : "";
    }

    private static String p(Expr e) {
        return ExprPrinter.print(e);
    }
}
