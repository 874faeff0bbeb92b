package dev.proofscheck.mutate;

import dev.proofscheck.numeric.EvaluationException;
import dev.proofscheck.numeric.Point;
import java.util.regex.Pattern;

/**
 * Evaluation failures that mean an expression has no value at a point (a pole, a function outside its
 * domain: {@code HermiteHe} of a non-integer order, {@code Max} of a non-real value), as opposed to a value
 * our evaluator could not reach (an overflow) or could not decide. Only these make a stillborn mutant.
 */
final class NoValue {
    /** Evaluator messages of an expression without a value ({@code numeric.Evaluator}). */
    private static final Pattern NOTHING = Pattern.compile("singular \\(|HermiteHe needs an order|of a non-real value");

    private NoValue() {}

    /** Whether an evaluator message says the expression has no value (never for an overflow). */
    static boolean denotesNothing(String message) {
        return message != null && NOTHING.matcher(message).find() && !message.contains("overflow");
    }

    /** Counts, over a route's points, those where the claim has no value. */
    static final class Tally {
        private int tried;
        private int none;
        private String first;

        void tried() {
            tried++;
        }

        /** The claim has no value at {@code p} when {@code e} says so (an overflow does not count). */
        void noValue(Point p, EvaluationException e) {
            if (denotesNothing(e.getMessage())) {
                none++;
                if (first == null) {
                    first = p + ": " + e.getMessage();
                }
            }
        }

        /** At least one point was tried, and none had a value. */
        boolean everywhere() {
            return tried > 0 && none == tried;
        }

        Truth truth() {
            return Truth.noValue("no value at any of the route's " + tried + " point(s), e.g. " + first);
        }
    }
}
