package dev.proofscheck.mutate;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.model.Domain;
import dev.proofscheck.model.Relation;
import dev.proofscheck.numeric.EvaluationException;
import dev.proofscheck.numeric.Point;
import java.util.Map;

/**
 * The independent route for an inequality {@code lhs op rhs}: denser sampling than the checker (160
 * points of the route's own seed, ends included, against the checker's 100), both sides at 160 and 320
 * digits instead of the checker's 50/100 ladder, and {@link RouteComparison}'s thresholds instead of
 * {@code RelationCheck}'s. It holds when every point with a value holds (one undecided point leaves it undecided); one clear
 * violation fails it.
 */
final class InequalityRoute {
    /** Points tried: more than the checker's 100, so that a mutant violated on a narrow region is more likely caught here. */
    static final int POINTS = 160;

    private InequalityRoute() {}

    static Truth decide(IndependentRoute route, Derivation d, Claim c, Relation holds) {
        Map<String, Domain> domains = IndependentRoute.domains(d, c, null, holds.lhs(), holds.rhs());
        int held = 0;
        String undecided = null;
        for (Point p : route.points(domains, POINTS)) {
            BigComplex[] l;
            BigComplex[] r;
            try {
                l = route.twoPrecisions(holds.lhs(), p::at);
                r = route.twoPrecisions(holds.rhs(), p::at);
            } catch (EvaluationException e) {
                continue;
            }
            RouteComparison.AtPoint at = RouteComparison.decide(l, holds.op(), r);
            if (at.kind() == Truth.Kind.FAILS) {
                return Truth.fails("at " + p + ": " + at.why());
            }
            if (at.kind() == Truth.Kind.HOLDS) {
                held++;
            } else if (undecided == null) {
                undecided = p + ": " + at.why();
            }
        }
        if (undecided != null) {
            return Truth.undecided("undecided at " + undecided);
        }
        int needed = route.needed(domains);
        return held >= needed ? Truth.holds(held + " independent points satisfy " + holds.op().symbol())
                : Truth.undecided("only " + held + " points decided");
    }
}
