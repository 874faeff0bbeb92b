package dev.proofscheck.sim;

/** Told, after each batch of trials, how far a simulation has come (for a progress display; the results never depend on it). */
@FunctionalInterface
public interface TrialProgress {
    /** Tells no one. */
    TrialProgress NONE = (label, n, done, total) -> { };

    /** {@code done} of {@code total} trials at size {@code n} of the simulation {@code label} (its derivation/claim). */
    void trials(String label, int n, int done, int total);
}
