package dev.proofscheck.numeric;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of a numeric check: agreement, a refutation with its counterexample, or no decision,
 * with a one-line summary and the details (points, digits, values) that back it.
 */
public record NumericOutcome(Status status, String summary, Map<String, Object> details) {

    /** What the numerics showed. */
    public enum Status { AGREES, REFUTED, INCONCLUSIVE }

    public NumericOutcome {
        details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public static NumericOutcome inconclusive(String why) {
        return new NumericOutcome(Status.INCONCLUSIVE, why, Map.of());
    }
}
