package dev.proofscheck.numeric;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of a numeric check: agreement, a refutation with its counterexample, or no decision,
 * with a one-line summary and the details (points, digits, values) that back it.
 *
 * @param noValue set (on an inconclusive outcome) when every point the check tried had no value; else null
 */
public record NumericOutcome(Status status, String summary, Map<String, Object> details, NoValueAnywhere noValue) {

    /** What the numerics showed. */
    public enum Status { AGREES, REFUTED, INCONCLUSIVE }

    public NumericOutcome {
        details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
        if (noValue != null && status != Status.INCONCLUSIVE) {
            throw new IllegalArgumentException("only an inconclusive outcome can have no value anywhere");
        }
    }

    public NumericOutcome(Status status, String summary, Map<String, Object> details) {
        this(status, summary, details, null);
    }

    public static NumericOutcome inconclusive(String why) {
        return new NumericOutcome(Status.INCONCLUSIVE, why, Map.of());
    }

    /** Inconclusive because the expression had no value at the one point tried ({@code e.noValue()} decides the fact). */
    public static NumericOutcome noValue(String why, Point at, EvaluationException e) {
        NoValueTally tally = new NoValueTally();
        tally.tried();
        tally.noValue(at, e);
        return new NumericOutcome(Status.INCONCLUSIVE, why, Map.of(), tally.fact());
    }
}
