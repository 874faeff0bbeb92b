package dev.proofscheck.report.html;

import dev.proofscheck.export.MathMLPrinter;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.model.ClaimBody;
import dev.proofscheck.model.Direction;
import dev.proofscheck.model.MatrixIdentity;
import dev.proofscheck.model.Relation;
import dev.proofscheck.model.SimulationBody;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A claim's statement as MathML, one {@code <math>} element per line (e.g. an equation, then its
 * {@code where} bindings). Expressions are shown as written, definitions not expanded, as in the file.
 */
final class ClaimMath {
    private ClaimMath() {}

    /** The lines of the statement, each a {@code <div>} holding one complete {@code <math>} element. */
    static List<String> lines(ClaimBody body) {
        List<String> out = new ArrayList<>();
        if (body instanceof ClaimBody.Identity b) {
            out.add(math(f(b.lhs()) + mo("=") + f(b.rhs())));
        } else if (body instanceof ClaimBody.Equation b) {
            out.add(math(f(b.lhs()) + mo("=") + f(b.rhs())));
            bindings("where", b.where(), out);
        } else if (body instanceof ClaimBody.Limit b) {
            out.add(math(limit(b.var(), b.point(), b.direction()) + f(b.expr()) + mo("=") + f(b.value())));
        } else if (body instanceof ClaimBody.Series b) {
            String order = "<msup>" + paren(MathMLPrinter.identifier(b.var()) + mo("−") + f(b.point())) + "<mn>" + (b.order() + 1) + "</mn></msup>";
            out.add(math(f(b.expr()) + mo("=") + f(b.polynomial()) + mo("+") + "<mi>O</mi>" + paren(order)));
            out.add(math(text("as ") + arrow(b.var(), b.point(), b.direction())));
        } else if (body instanceof ClaimBody.Integral b) {
            out.add(math(integral(b) + mo("=") + f(b.value())));
        } else if (body instanceof ClaimBody.Value b) {
            out.add(math(f(b.expr()) + mo("≈") + "<mn>" + MathMLPrinter.escape(b.statedText()) + "</mn>" + text(" (" + b.digits() + " digits)")));
        } else if (body instanceof ClaimBody.Inequality b) {
            out.add(math(relation(b.holds())));
        } else if (body instanceof ClaimBody.FixedPoint b) {
            for (Relation r : b.equations()) {
                out.add(math(relation(r)));
            }
            out.add(math(text("at the solution " + (b.branch().isEmpty() ? "" : "with " + b.branch().size() + " branch condition(s)") + ": ")
                    + relation(b.holds())));
        } else if (body instanceof ClaimBody.Rate b) {
            String scale = "<msup>" + MathMLPrinter.identifier(b.var()) + "<mrow>" + f(b.exponent()) + "</mrow></msup>"
                    + "<msup>" + paren("<mi>log</mi><mo>&#x2061;</mo>" + MathMLPrinter.identifier(b.var())) + "<mrow>" + f(b.logPower()) + "</mrow></msup>";
            out.add(math(f(b.expr()) + mo(b.constant() ? "∼" : "≍") + (b.constant() ? "<mi>c</mi><mo>&#x2062;</mo>" : "") + scale
                    + text(" as ") + MathMLPrinter.identifier(b.var()) + mo("→") + "<mi>∞</mi>"));
        } else if (body instanceof ClaimBody.Ode b) {
            b.drift().forEach((v, e) -> out.add(math("<mfrac><mrow><mi>d</mi>" + MathMLPrinter.identifier(v) + "</mrow><mrow><mi>d</mi><mi>t</mi></mrow></mfrac>"
                    + mo("=") + f(e))));
            out.add(math(text(b.fixedPoint() ? "fixed point" + (b.stable() == null ? "" : b.stable() ? ", stable" : ", unstable") + " at " : "drift at ")
                    + tuple(b.at()) + (b.equals().isEmpty() ? "" : mo("=") + tuple(b.equals()))));
        } else if (body instanceof MatrixIdentity b) {
            out.add(math(f(b.lhs()) + mo("=") + f(b.rhs())));
            if (b.limit() != null) {
                out.add(math(text("in the limit ") + arrow(b.limit().var(), b.limit().point(), b.limit().direction())));
            }
            bindings("where", b.where(), out);
        } else if (body instanceof SimulationBody b) {
            out.add(math(text(b.model() + ": " + b.statistic() + " ") + mo("→") + f(b.prediction()) + text(" as n grows")));
            bindings("with", b.parameters(), out);
            bindings("functions of " + b.variable(), b.functions(), out);
            bindings("at", b.at(), out);
            if (b.system() != null) {
                // the prediction's unknowns: the root of this system on its branch, at the point
                out.add(math(text("where " + String.join(", ", b.system().unknowns()) + " solve")));
                for (Relation r : b.system().equations()) {
                    out.add(math(relation(r)));
                }
            }
        }
        return out;
    }

    private static void bindings(String word, Map<String, Expr> values, List<String> out) {
        if (!values.isEmpty()) {
            List<String> parts = new ArrayList<>();
            values.forEach((k, e) -> parts.add(MathMLPrinter.identifier(k) + mo("=") + f(e)));
            out.add(math(text(word + " ") + String.join(mo(","), parts)));
        }
    }

    private static String integral(ClaimBody.Integral b) {
        if (b.gaussian()) {
            return "<msub><mi mathvariant=\"double-struck\">E</mi><mrow>" + MathMLPrinter.identifier(b.var()) + mo("∼")
                    + "<mi mathvariant=\"script\">N</mi>" + paren("<mn>0</mn>" + mo(",") + "<mn>1</mn>") + "</mrow></msub>"
                    + "<mrow><mo>[</mo>" + f(b.integrand()) + "<mo>]</mo></mrow>";
        }
        return "<msubsup><mo>∫</mo><mrow>" + f(b.from()) + "</mrow><mrow>" + f(b.to()) + "</mrow></msubsup>"
                + f(b.integrand()) + "<mspace width=\"0.2em\"></mspace><mi>d</mi>" + MathMLPrinter.identifier(b.var());
    }

    private static String limit(String var, Expr point, Direction direction) {
        return "<munder><mo movablelimits=\"false\">lim</mo><mrow>" + arrow(var, point, direction) + "</mrow></munder>";
    }

    private static String arrow(String var, Expr point, Direction direction) {
        String side = direction == Direction.ABOVE ? "+" : direction == Direction.BELOW ? "−" : null;
        String target = side == null ? f(point) : "<msup><mrow>" + f(point) + "</mrow><mo>" + side + "</mo></msup>";
        return MathMLPrinter.identifier(var) + mo("→") + target;
    }

    private static String relation(Relation r) {
        String op = switch (r.op()) {
            case EQUAL -> "=";
            case LESS_EQUAL -> "≤";
            case GREATER_EQUAL -> "≥";
            case LESS -> "<";
            case GREATER -> ">";
        };
        return f(r.lhs()) + mo(op) + f(r.rhs());
    }

    private static String tuple(Map<String, Expr> values) {
        List<String> parts = new ArrayList<>();
        values.values().forEach(e -> parts.add(f(e)));
        return paren(String.join(mo(","), parts));
    }

    private static String f(Expr e) {
        return MathMLPrinter.fragment(e);
    }

    private static String mo(String op) {
        return "<mo>" + MathMLPrinter.escape(op) + "</mo>";
    }

    /** Words inside a formula; spaces made non-breaking, since MathML trims a token's outer spaces. */
    private static String text(String s) {
        return "<mtext>" + MathMLPrinter.escape(s).replace(' ', '\u00a0') + "</mtext>";
    }

    private static String paren(String inner) {
        return "<mrow><mo>(</mo>" + inner + "<mo>)</mo></mrow>";
    }

    private static String math(String inner) {
        return "<div class=\"line\"><math display=\"block\">" + inner + "</math></div>";
    }
}
