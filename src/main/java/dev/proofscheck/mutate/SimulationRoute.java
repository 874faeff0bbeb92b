package dev.proofscheck.mutate;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.model.Definitions;
import dev.proofscheck.model.SimulationBody;
import dev.proofscheck.numeric.EvaluationException;
import dev.proofscheck.numeric.Evaluator;
import dev.proofscheck.numeric.SystemRoot;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The independent route for a simulation mutant (an edited prediction): no second simulation, but the
 * original claim as reference. Its prediction was SUPPORTED by the checker's simulation before the
 * mutants are made, and a limit has one value: a mutated prediction that differs from the original's at
 * the claim's point does not hold, one equal to it (at 160/320 digits) does. This rests on the original
 * claim being true, which is what the corpus holds (the checker's own verdict on the mutant plays no part).
 * A difference smaller than the simulation can resolve makes a survivor, listed as such.
 */
final class SimulationRoute {
    private SimulationRoute() {}

    static Truth decide(IndependentRoute route, Definitions defs, SimulationBody mutant, SimulationBody original) {
        if (original == null) {
            return Truth.undecided("no original prediction to compare with");
        }
        BigComplex[] m = new BigComplex[2];
        BigComplex[] o = new BigComplex[2];
        try {
            for (int k = 0; k < 2; k++) {
                Evaluator ev = new Evaluator(IndependentRoute.PRECISION << k, route.deadline());
                Map<String, BigComplex> env = new LinkedHashMap<>();
                for (Map.Entry<String, Expr> e : original.at().entrySet()) {
                    env.put(e.getKey(), ev.evaluate(defs.expand(e.getValue()), Map.of()));
                }
                if (original.system() != null) {
                    // the unknowns of the prediction's system (mutants keep the original's system)
                    env.putAll(SystemRoot.solve(original.system().expanded(defs), env, ev.precision(), route.deadline()));
                }
                m[k] = ev.evaluate(defs.expand(mutant.prediction()), env);
                o[k] = ev.evaluate(defs.expand(original.prediction()), env);
            }
        } catch (EvaluationException e) {
            // the claim's point is its only point: a prediction without a value there states nothing (stillborn)
            String why = "the mutated prediction has no value at the claim's point (" + e.getMessage() + ")";
            return e.noValue() ? Truth.noValue(why) : Truth.fails(why);
        }
        RouteComparison.AtPoint at = RouteComparison.decide(m, dev.proofscheck.model.Relation.Operator.EQUAL, o);
        return switch (at.kind()) {
            case HOLDS -> Truth.holds("the mutated prediction equals the supported one at the claim's point");
            case FAILS -> Truth.fails("prediction " + at.why() + " (the original, supported by simulation)");
            default -> Truth.undecided(at.why());
        };
    }
}
