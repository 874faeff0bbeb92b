package dev.proofscheck.numeric;

/**
 * Exact facts a numeric check may ask for where its own numbers cannot decide (sides equal within
 * rounding, an eigenvalue within rounding of 0). Each answer is the evidence of a symbolic reduction,
 * or null; the check still requires its numbers to agree, so a wrong answer can only turn an
 * undecided point into a refutation where the numerics already show equality to working precision.
 */
public interface ExactWitness {
    /** Never knows anything: the numbers alone decide. */
    ExactWitness NONE = new ExactWitness() {};

    /** Evidence that the two sides of the checked relation are exactly equal at {@code p} (or everywhere), or null. */
    default String sidesEqual(Point p) {
        return null;
    }

    /** Evidence that the Jacobian at the checked fixed point has the eigenvalue 0 at least {@code k} times at {@code p}, or null. */
    default String zeroEigenvalues(Point p, int k) {
        return null;
    }
}
