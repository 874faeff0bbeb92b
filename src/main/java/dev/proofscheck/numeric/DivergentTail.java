package dev.proofscheck.numeric;

import dev.proofscheck.expr.Expr;
import java.util.Optional;

/**
 * Whether an integral over an infinite range fails to exist because its integrand's magnitude grows without
 * bound toward that end: |f| tending to infinity makes |f| > 1 on a whole tail, so no finite value is the
 * integral. Seen only as {@link LogDomainApproach} sees it: beyond the evaluator's range (e^(1e9)) and growing
 * along the steps {@code var = ±10^(2k)}, as a limit claimed infinite is checked. Within the range the
 * quadrature decides; an oscillating integrand of moderate size (whose integral may converge) never gets here.
 */
public final class DivergentTail {
    private final LogDomainApproach approach;

    public DivergentTail(Deadline deadline) {
        this.approach = new LogDomainApproach(deadline);
    }

    /**
     * The evidence that {@code integrand} grows without bound toward the infinity of sign {@code sign} of
     * {@code var} at the parameter point {@code p}, keeping one sign at every step (so that no cancellation
     * between its parts can leave an improper integral), or empty.
     */
    public Optional<String> at(Expr integrand, String var, int sign, Point p) {
        return approach.unbounded(integrand, var, null, sign, p)
                .filter(LogDomainApproach.Growth::oneSign)
                .map(g -> "the integrand as " + var + " -> " + (sign < 0 ? "-" : "") + "Infinity: " + g.evidence());
    }

    /** The integrand against the N(0,1) density, as the quadrature of a Gaussian expectation integrates it. */
    public static Expr withGaussianDensity(Expr integrand, String var) {
        Expr density = Expr.divide(Expr.call("Exp", Expr.times(Expr.num(-1), Expr.divide(Expr.power(Expr.sym(var), Expr.num(2)), Expr.num(2)))),
                Expr.call("Sqrt", Expr.times(Expr.num(2), Expr.sym("Pi"))));
        return Expr.times(integrand, density);
    }
}
