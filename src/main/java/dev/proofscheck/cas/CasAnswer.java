package dev.proofscheck.cas;

/**
 * What one CAS evaluation gave: its status, whether the result is exactly zero, and the result as
 * text (in the user's names, and as Symja input in CAS names). {@code suspicious} flags answers that contain Infinity, Indeterminate or
 * an unevaluated Limit/Integrate/Series, which Symja produces when it has not really found an answer.
 */
public record CasAnswer(Status status, boolean isZero, boolean suspicious, String text, String casText, String message) {

    /** How the evaluation ended. */
    public enum Status { OK, TIMEOUT, FAILED }

    static CasAnswer timeout(double seconds) {
        return new CasAnswer(Status.TIMEOUT, false, false, "", "", "CAS time limit of " + seconds + " s reached");
    }

    static CasAnswer failed(String message) {
        return new CasAnswer(Status.FAILED, false, false, "", "", message);
    }

    public boolean ok() {
        return status == Status.OK;
    }
}
