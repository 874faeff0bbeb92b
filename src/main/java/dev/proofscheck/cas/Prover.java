package dev.proofscheck.cas;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.model.Direction;
import dev.proofscheck.model.Domain;
import dev.proofscheck.numeric.Deadline;
import java.util.Map;

/** The symbolic side of the checks, as the checkers see it; {@link SymjaProver} is the real one. */
public interface Prover {
    /** Tries to reduce {@code e} to 0 over the given domains. */
    SymbolicOutcome reducesToZero(Expr e, Map<String, Domain> domains, Deadline deadline);

    /** Tries to show {@code Limit[f, var -> point]} from {@code direction} equals {@code value}. */
    SymbolicOutcome limitEquals(Expr f, String var, Expr point, Direction direction, Expr value,
            Map<String, Domain> domains, Deadline deadline);

    /** Tries to show the integral (or the N(0,1) expectation when {@code gaussian}) equals {@code value}. */
    SymbolicOutcome integralEquals(Expr integrand, String var, Expr from, Expr to, boolean gaussian, Expr value,
            Map<String, Domain> domains, Deadline deadline);

    /**
     * Tries to show E[integrand] over z ~ N(0, 1) equals {@code value} when the integrand is a polynomial in
     * {@code var} (its coefficients may hold parameters): exact algebra on the Gaussian moments, no
     * integration, so reliable with symbolic parameters. NOT_ATTEMPTED for any other integrand.
     */
    default SymbolicOutcome gaussianMomentsEqual(Expr integrand, String var, Expr value, Map<String, Domain> domains, Deadline deadline) {
        return SymbolicOutcome.notAttempted("this prover does not take Gaussian moments");
    }

    /**
     * Tries to show that the Jacobian of {@code drift} (a component per state variable) at the state point
     * {@code at} has the eigenvalue 0 at least {@code multiplicity} times: the lowest coefficients of its
     * characteristic polynomial reduce to 0. Not attempted unless a prover supports it.
     */
    default SymbolicOutcome zeroEigenvalues(Map<String, Expr> drift, Map<String, Expr> at, int multiplicity,
            Map<String, Domain> domains, Deadline deadline) {
        return SymbolicOutcome.notAttempted("this prover does not compute Jacobians");
    }
}
