package dev.proofscheck.numeric;

import java.util.regex.Pattern;

/** An expression has no finite value at a point (a pole, log 0, overflow, a complex Max...). */
public class EvaluationException extends Exception {
    /** The evaluator's messages for an expression without a value ({@link Evaluator}): a pole, a function outside its domain. */
    private static final Pattern NOTHING = Pattern.compile("singular \\(|HermiteHe needs an order|of a non-real value");

    public EvaluationException(String message) {
        super(message);
    }

    /**
     * Whether the expression has no value here (a pole, {@code HermiteHe} of a non-integer order, {@code Max}
     * of a non-real value), as opposed to a value the evaluator could not reach (an overflow: never "no
     * value") or a failure of some method (a solver, a quadrature). The messages are the evaluator's own.
     */
    public boolean noValue() {
        return denotesNothing(getMessage());
    }

    /** As {@link #noValue()}, for a message passed on as text. */
    public static boolean denotesNothing(String message) {
        return message != null && NOTHING.matcher(message).find() && !message.contains("overflow");
    }
}
