package dev.proofscheck.numeric.matrix;

/** An expression of a matrix claim whose shapes do not fit (a product of mismatched dimensions, say). */
public final class ShapeException extends Exception {
    public ShapeException(String message) {
        super(message, null, false, false);
    }
}
