package dev.proofscheck.check;

/**
 * The outcome of checking one claim, with everything a report needs: where it is, what it encodes,
 * what the corpus expected, the verdict, the seed that reproduces it and the time it took.
 *
 * @param line 1-based line of the claim in its file (0 when unknown)
 * @param claimId null for an error about the whole file
 */
public record ClaimResult(
        String file,
        int line,
        String derivationId,
        String claimId,
        String kind,
        String index,
        boolean expectRefuted,
        Verdict verdict,
        long seed,
        double seconds) {

    public Status status() {
        return verdict.status();
    }

    /** A refutation the file expected. */
    public boolean refutedAsExpected() {
        return expectRefuted && status() == Status.REFUTED;
    }

    /**
     * Whether this result breaks the run: an unexpected refutation, or an expected refutation that
     * did not happen (the claim was shown to hold, so the file is wrong about it).
     */
    public boolean failed() {
        if (expectRefuted) {
            return status() == Status.PROVED || status() == Status.VERIFIED || status() == Status.SUPPORTED;
        }
        return status() == Status.REFUTED;
    }

    /** {@code derivation/claim}, or the file name for a whole-file error. */
    public String name() {
        if (claimId == null) {
            return derivationId != null ? derivationId : file;
        }
        return (derivationId != null ? derivationId : file) + "/" + claimId;
    }
}
