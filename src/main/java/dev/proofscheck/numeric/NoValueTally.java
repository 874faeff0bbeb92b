package dev.proofscheck.numeric;

/**
 * Counts the points a check (or a mutation route) tries and those where the claim has no value there
 * ({@link EvaluationException#noValue()}: an overflow or an undecided point does not count), so that
 * "no value at any point" is a fact recorded as it happens, not read back from a message.
 */
public final class NoValueTally {
    private int tried;
    private int none;
    private String first;

    /** One more point tried. */
    public void tried() {
        tried++;
    }

    /** The claim has no value at {@code where} when {@code e} says so; true if it was counted. */
    public boolean noValue(Object where, EvaluationException e) {
        return noValue(where, e.getMessage(), e.noValue());
    }

    /** As above, for a failure already classified ({@code denotesNothing}) and described. */
    public boolean noValue(Object where, String reason, boolean denotesNothing) {
        if (!denotesNothing) {
            return false;
        }
        none++;
        if (first == null) {
            first = where + ": " + reason;
        }
        return true;
    }

    /** How many points were tried. */
    public int points() {
        return tried;
    }

    /** At least one point was tried, and none had a value. */
    public boolean everywhere() {
        return tried > 0 && none == tried;
    }

    /** The fact, or null unless {@link #everywhere()}. */
    public NoValueAnywhere fact() {
        return everywhere() ? new NoValueAnywhere(tried, first) : null;
    }
}
