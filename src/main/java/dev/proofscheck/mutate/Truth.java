package dev.proofscheck.mutate;

/**
 * What the independent route says about a mutated claim: it holds (an equivalent mutant), it does
 * not hold, or the route could not tell; with the reason, for reports.
 */
public record Truth(Kind kind, String reason) {
    /** The independent route's answer. */
    public enum Kind { HOLDS, FAILS, UNDECIDED }

    static Truth holds(String reason) {
        return new Truth(Kind.HOLDS, reason);
    }

    static Truth fails(String reason) {
        return new Truth(Kind.FAILS, reason);
    }

    static Truth undecided(String reason) {
        return new Truth(Kind.UNDECIDED, reason);
    }
}
