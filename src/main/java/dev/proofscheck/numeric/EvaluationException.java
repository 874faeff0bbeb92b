package dev.proofscheck.numeric;

/** An expression has no finite value at a point (a pole, log 0, overflow, a complex Max...). */
public class EvaluationException extends Exception {
    public EvaluationException(String message) {
        super(message);
    }
}
