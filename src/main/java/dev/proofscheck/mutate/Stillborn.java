package dev.proofscheck.mutate;

import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.check.Status;
import dev.proofscheck.numeric.NoValueAnywhere;

/**
 * A stillborn mutant: one edit left an expression without a value at any point (a denominator 0
 * everywhere, {@code HermiteHe} of a non-integer order), so the mutant states nothing that could be
 * refuted. It is counted apart only when both sides say so independently: the checker found no value at
 * every point it tried (the fact its verdict carries, {@link NoValueAnywhere}, set by the check as it goes,
 * not read from the evidence's wording), and the independent route found no value at any of its own points
 * ({@link Truth.Kind#NO_VALUE}). An overflow is never "no value", nor is a point left undecided.
 */
final class Stillborn {
    private Stillborn() {}

    /** What the checker found, when it had no value at every point it tried and did not pass; else null. */
    static String checkerFoundNoValue(ClaimResult r) {
        NoValueAnywhere fact = r.verdict().noValue();
        boolean undecided = r.status() == Status.INCONCLUSIVE || r.status() == Status.ERROR;
        return fact != null && undecided ? fact.describe() : null;
    }
}
