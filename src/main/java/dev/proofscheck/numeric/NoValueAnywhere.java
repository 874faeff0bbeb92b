package dev.proofscheck.numeric;

/**
 * The fact that a check found no value at every point it tried (a pole everywhere, {@code HermiteHe} of a
 * non-integer order; never an overflow, never a point left undecided), so the claim it checked states
 * nothing there. Carried by the outcome itself, so that no reader has to parse the evidence's wording.
 *
 * @param points how many points were tried (each without a value)
 * @param first the first of them and the evaluator's reason
 */
public record NoValueAnywhere(int points, String first) {
    public NoValueAnywhere {
        if (points < 1) {
            throw new IllegalArgumentException("no value anywhere needs at least one point tried");
        }
    }

    /** {@code no value at any of the 3 points tried, e.g. ...}. */
    public String describe() {
        return "no value at " + (points == 1 ? "the one point tried" : "any of the " + points + " points tried") + ", e.g. " + first;
    }
}
