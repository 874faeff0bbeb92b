package dev.proofscheck.check;

/** The verdict words, exactly as they appear in text and JSON output. */
public enum Status {
    /** Reduced symbolically by the CAS, and the independent numerics agree. */
    PROVED,
    /** The numerics agree at every sampled point; no symbolic reduction was obtained. */
    VERIFIED,
    /** Simulations at growing sizes agree with the predicted limit (the evidence holds the table of sizes). */
    SUPPORTED,
    /** A counterexample was found (the point and both values are in the evidence). */
    REFUTED,
    /** Neither shown nor refuted: time limit, unsupported, or numerics that could not decide. */
    INCONCLUSIVE,
    /** The claim (or its file) could not be read: the evidence holds file:line and a message. */
    ERROR
}
