package dev.proofscheck.mutate;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.ExprPrinter;
import dev.proofscheck.expr.Rational;
import dev.proofscheck.expr.Substitution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * All single-edit mutants of an expression: a term's sign flipped, a constant changed by +1, -1 or
 * doubled, an exponent changed, a term dropped, a function swapped (Sqrt/identity, Log/Exp), two
 * variables swapped; in matrix expressions a {@code Transpose} dropped or two neighbouring factors of a
 * {@code Dot} swapped. The kind of edit a typo or a slip in a derivation makes.
 */
public final class Mutations {
    private Mutations() {}

    public static List<Mutant> of(Expr root) {
        List<Mutant> out = new ArrayList<>();
        collect(root, e -> e, out);
        List<String> vars = new ArrayList<>(Substitution.symbols(root));
        vars.removeIf(v -> dev.proofscheck.expr.Builtins.isConstant(v));
        if (vars.size() >= 2) {
            String a = vars.get(0);
            String b = vars.get(1);
            out.add(new Mutant("swap " + a + " and " + b, Substitution.replace(root, Map.of(a, Expr.sym(b), b, Expr.sym(a)))));
        }
        return out;
    }

    /** Walks the tree; {@code rebuild} puts a replacement for the current node back into the root. */
    private static void collect(Expr node, Function<Expr, Expr> rebuild, List<Mutant> out) {
        if (node instanceof Expr.Num n) {
            Rational v = n.value();
            out.add(new Mutant("constant " + v + " -> " + v.add(Rational.ONE), rebuild.apply(new Expr.Num(v.add(Rational.ONE)))));
            out.add(new Mutant("constant " + v + " -> " + v.subtract(Rational.ONE), rebuild.apply(new Expr.Num(v.subtract(Rational.ONE)))));
            if (v.signum() != 0) {
                out.add(new Mutant("constant " + v + " -> " + v.multiply(Rational.of(2)), rebuild.apply(new Expr.Num(v.multiply(Rational.of(2))))));
            }
            return;
        }
        if (!(node instanceof Expr.Call c)) {
            return;
        }
        String shown = ExprPrinter.print(node);
        switch (c.head()) {
            case "Plus":
                for (int i = 0; i < c.args().size(); i++) {
                    out.add(new Mutant("flip the sign of " + ExprPrinter.print(c.arg(i)) + " in " + shown,
                            rebuild.apply(replaceArg(c, i, Expr.times(Expr.num(-1), c.arg(i))))));
                    if (c.args().size() > 1) {
                        List<Expr> rest = new ArrayList<>(c.args());
                        rest.remove(i);
                        Expr dropped = rest.size() == 1 ? rest.get(0) : new Expr.Call("Plus", rest);
                        out.add(new Mutant("drop the term " + ExprPrinter.print(c.arg(i)) + " from " + shown, rebuild.apply(dropped)));
                    }
                }
                break;
            case "Power":
                if (c.arg(1) instanceof Expr.Num k) {
                    Expr changed = Expr.power(c.arg(0), new Expr.Num(k.value().add(Rational.ONE)));
                    out.add(new Mutant("exponent " + k.value() + " -> " + k.value().add(Rational.ONE) + " in " + shown, rebuild.apply(changed)));
                }
                break;
            case "Sqrt":
                out.add(new Mutant("Sqrt -> identity in " + shown, rebuild.apply(c.arg(0))));
                break;
            case "Log":
                out.add(new Mutant("Log -> Exp in " + shown, rebuild.apply(new Expr.Call("Exp", c.args().subList(0, 1)))));
                break;
            case "Exp":
                out.add(new Mutant("Exp -> Log in " + shown, rebuild.apply(new Expr.Call("Log", c.args()))));
                break;
            case "Max":
                out.add(new Mutant("Max -> Min in " + shown, rebuild.apply(new Expr.Call("Min", c.args()))));
                break;
            case "Min":
                out.add(new Mutant("Min -> Max in " + shown, rebuild.apply(new Expr.Call("Max", c.args()))));
                break;
            case "Transpose":
                out.add(new Mutant("Transpose dropped in " + shown, rebuild.apply(c.arg(0))));
                break;
            case "Dot":
                for (int i = 0; i + 1 < c.args().size(); i++) {
                    List<Expr> swapped = new ArrayList<>(c.args());
                    swapped.set(i, c.arg(i + 1));
                    swapped.set(i + 1, c.arg(i));
                    out.add(new Mutant("factors " + ExprPrinter.print(c.arg(i)) + " and " + ExprPrinter.print(c.arg(i + 1))
                            + " swapped in " + shown, rebuild.apply(new Expr.Call("Dot", swapped))));
                }
                break;
            default:
                break;
        }
        for (int i = 0; i < c.args().size(); i++) {
            final int index = i;
            collect(c.arg(i), child -> rebuild.apply(replaceArg(c, index, child)), out);
        }
    }

    private static Expr replaceArg(Expr.Call c, int i, Expr replacement) {
        List<Expr> args = new ArrayList<>(c.args());
        args.set(i, replacement);
        return new Expr.Call(c.head(), args);
    }
}
