package dev.proofscheck.check;

import dev.proofscheck.cas.SymbolicOutcome;
import dev.proofscheck.numeric.NumericOutcome;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Joins the symbolic and the numeric outcome into one verdict. The numerics decide: a CAS reduction is
 * accepted only when they agree, and a CAS reduction they contradict is reported, never hidden.
 */
final class VerdictCombiner {
    private VerdictCombiner() {}

    static Verdict combine(SymbolicOutcome symbolic, NumericOutcome numeric) {
        Map<String, Object> details = new LinkedHashMap<>(numeric.details());
        details.put("symbolic", describe(symbolic));
        switch (numeric.status()) {
            case REFUTED: {
                String evidence = numeric.summary();
                if (symbolic.reduced()) {
                    evidence += "; WARNING: the CAS claimed a reduction (" + symbolic.method()
                            + ") that the numerics contradict: CAS result rejected";
                    details.put("cas_contradicted", true);
                }
                return new Verdict(Status.REFUTED, "numeric", evidence, details);
            }
            case AGREES:
                if (symbolic.reduced()) {
                    return new Verdict(Status.PROVED, "symbolic+numeric", "Symja: " + symbolic.method() + "; numeric: "
                            + numeric.summary(), details);
                }
                return new Verdict(Status.VERIFIED, "numeric", numeric.summary() + "; symbolic: " + describe(symbolic), details);
            default: {
                String evidence = numeric.summary();
                if (symbolic.reduced()) {
                    evidence += "; the CAS reduced it (" + symbolic.method()
                            + ") but without numeric confirmation that is not accepted";
                }
                return new Verdict(Status.INCONCLUSIVE, symbolic.reduced() ? "symbolic (unconfirmed)" : "numeric", evidence, details,
                        numeric.noValue());
            }
        }
    }

    private static String describe(SymbolicOutcome s) {
        switch (s.status()) {
            case REDUCED:
                return s.method();
            case TIMEOUT:
                return "time limit reached (" + s.detail() + ")";
            case NOT_ATTEMPTED:
                return "not attempted (" + s.detail() + ")";
            default:
                return "no reduction (" + s.detail() + ")";
        }
    }
}
