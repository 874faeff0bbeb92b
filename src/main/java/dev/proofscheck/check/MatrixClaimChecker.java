package dev.proofscheck.check;

import dev.proofscheck.cas.SymbolicOutcome;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Substitution;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.Definitions;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.model.Domain;
import dev.proofscheck.model.MatrixIdentity;
import dev.proofscheck.model.Variable;
import dev.proofscheck.numeric.Deadline;
import dev.proofscheck.numeric.NumericOutcome;
import dev.proofscheck.numeric.matrix.MatrixCheck;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Checks a {@code matrix} claim: numerically on random matrices only (the CAS never sees matrix
 * functions), so the best verdict is VERIFIED. The scalar parameters sampled are the claim's own
 * {@code scalars} and the file variables the sides use (with the claim's narrower domains).
 */
final class MatrixClaimChecker {
    /** Why there is no symbolic side, as it appears in the evidence. */
    static final String NOT_SYMBOLIC = "matrix identities are checked on random matrices, not symbolically";

    private MatrixClaimChecker() {}

    static Verdict check(Derivation d, Claim c, MatrixIdentity body, Definitions defs, long claimSeed, Deadline deadline) {
        Expr lhs = body.resolve(body.lhs(), defs::expand);
        Expr rhs = body.resolve(body.rhs(), defs::expand);
        Map<String, Domain> domains = new LinkedHashMap<>(body.scalars());
        Set<String> used = new LinkedHashSet<>(Substitution.symbols(lhs));
        used.addAll(Substitution.symbols(rhs));
        for (Variable v : d.variables()) {
            if (used.contains(v.name()) && body.samples(v.name())) {
                domains.put(v.name(), c.domains().getOrDefault(v.name(), v.domain()));
            }
        }
        NumericOutcome numeric;
        try {
            numeric = new MatrixCheck(claimSeed, deadline).check(lhs, rhs, body.matrices(), body.sizes(), domains, body.draws(), body.limit());
        } catch (Deadline.TimeLimitExceeded e) {
            numeric = NumericOutcome.inconclusive("time limit reached during the numeric check");
        }
        return VerdictCombiner.combine(SymbolicOutcome.notAttempted(NOT_SYMBOLIC), numeric);
    }
}
