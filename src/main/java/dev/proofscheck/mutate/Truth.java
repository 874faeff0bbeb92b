package dev.proofscheck.mutate;

import dev.proofscheck.numeric.NoValueAnywhere;
import dev.proofscheck.numeric.NoValueTally;

/**
 * What the independent route says about a mutated claim: it holds (an equivalent mutant), it does
 * not hold, the route could not tell, or the claim has no value at any of the route's points (no
 * overflow among them: a pole, a function outside its domain); with the reason, for reports.
 */
public record Truth(Kind kind, String reason) {
    /** The independent route's answer. */
    public enum Kind { HOLDS, FAILS, UNDECIDED, NO_VALUE }

    static Truth holds(String reason) {
        return new Truth(Kind.HOLDS, reason);
    }

    static Truth fails(String reason) {
        return new Truth(Kind.FAILS, reason);
    }

    static Truth undecided(String reason) {
        return new Truth(Kind.UNDECIDED, reason);
    }

    static Truth noValue(String reason) {
        return new Truth(Kind.NO_VALUE, reason);
    }

    /** No value at any of the route's points ({@code fact} from its {@link NoValueTally}). */
    static Truth noValue(NoValueAnywhere fact) {
        return noValue("no value at any of the route's " + fact.points() + " point(s), e.g. " + fact.first());
    }
}
