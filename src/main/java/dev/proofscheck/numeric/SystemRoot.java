package dev.proofscheck.numeric;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.ExprPrinter;
import dev.proofscheck.model.FixedPointSystem;
import dev.proofscheck.model.Relation;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The root of a {@link FixedPointSystem} meant at one point, as the {@code fixed-point} kind picks it: the
 * first start (in the system's order) from which Newton reaches a root satisfying every branch condition.
 * For a value that a formula takes at a self-consistent solution (a simulation's prediction), not for a
 * claim about the system: uniqueness is not checked here.
 */
public final class SystemRoot {
    private SystemRoot() {}

    /**
     * @param system its expressions with the definitions expanded
     * @param point the values of the other symbols
     * @return the unknowns' values at {@code precision} digits
     * @throws EvaluationException when no start reaches a root on the branch (with the last reason)
     */
    public static Map<String, BigComplex> solve(FixedPointSystem system, Map<String, BigComplex> point, int precision, Deadline deadline)
            throws EvaluationException {
        FixedPointSolver solver = FixedPointSolver.of(system.unknowns(), system.equations());
        Evaluator ev = new Evaluator(precision, deadline);
        String failure = "no start";
        for (List<Expr> start : system.starts()) {
            BigComplex[] from = new BigComplex[start.size()];
            for (int j = 0; j < from.length; j++) {
                from[j] = ev.evaluate(start.get(j), point);
            }
            Map<String, BigComplex> env = new LinkedHashMap<>(point);
            try {
                BigComplex[] x = solver.solve(ev, point, from);
                for (int j = 0; j < x.length; j++) {
                    env.put(system.unknowns().get(j), x[j]);
                }
                String off = offBranch(ev, system.branch(), env, precision);
                if (off == null) {
                    Map<String, BigComplex> root = new LinkedHashMap<>();
                    system.unknowns().forEach(u -> root.put(u, env.get(u)));
                    return root;
                }
                failure = "root " + solver.show(x) + " is off the branch " + off;
            } catch (EvaluationException e) {
                failure = e.getMessage();
            }
        }
        throw new EvaluationException("no root of the system on its branch: " + failure);
    }

    /** Null when every condition holds at the root; else the first that does not. */
    private static String offBranch(Evaluator ev, List<Relation> branch, Map<String, BigComplex> env, int precision) throws EvaluationException {
        for (Relation cond : branch) {
            Estimate l = estimate(ev.evaluate(cond.lhs(), env), precision);
            Estimate r = estimate(ev.evaluate(cond.rhs(), env), precision);
            if (RelationCheck.decide(l, cond.op(), r, Tolerances.REQUIRED_DIGITS).outcome() != RelationCheck.Outcome.HOLDS) {
                return ExprPrinter.print(cond.lhs()) + " " + cond.op().symbol() + " " + ExprPrinter.print(cond.rhs());
            }
        }
        return null;
    }

    /** A root from Newton is good to about half the working digits at worst (its Jacobian by differences): that is the error allowed. */
    private static Estimate estimate(BigComplex v, int precision) {
        BigDecimal error = Numbers.tenTo(-precision / 2).multiply(BigDecimal.ONE.add(Numbers.abs(v)));
        return new Estimate(v, error, precision, false);
    }
}
