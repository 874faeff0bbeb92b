package dev.proofscheck.cas;

/**
 * What the CAS established about a claim: a reduction to zero (with the steps that did it), no
 * reduction (with what it returned), a time-out, or that the claim kind is not attempted symbolically.
 */
public record SymbolicOutcome(Status status, String method, String detail) {

    /** How the symbolic attempt ended. */
    public enum Status { REDUCED, NOT_REDUCED, TIMEOUT, NOT_ATTEMPTED }

    public static SymbolicOutcome notAttempted(String why) {
        return new SymbolicOutcome(Status.NOT_ATTEMPTED, "", why);
    }

    public boolean reduced() {
        return status == Status.REDUCED;
    }
}
