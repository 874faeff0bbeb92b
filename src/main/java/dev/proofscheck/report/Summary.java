package dev.proofscheck.report;

import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.check.Status;
import java.util.List;

/** Counts of a run's verdicts, with expected refutations counted apart, and the exit code they imply. */
public record Summary(int proved, int verified, int supported, int refuted, int inconclusive, int errors, int refutedAsExpected, int failures) {

    /** Exit codes, documented in the README. */
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_INPUT_ERROR = 2;
    public static final int EXIT_INCONCLUSIVE = 3;

    public static Summary of(List<ClaimResult> results) {
        int proved = 0;
        int verified = 0;
        int supported = 0;
        int refuted = 0;
        int inconclusive = 0;
        int errors = 0;
        int expected = 0;
        int failures = 0;
        for (ClaimResult r : results) {
            if (r.failed()) {
                failures++;
            }
            if (r.refutedAsExpected()) {
                expected++;
                continue;
            }
            Status s = r.status();
            if (s == Status.PROVED) {
                proved++;
            } else if (s == Status.VERIFIED) {
                verified++;
            } else if (s == Status.SUPPORTED) {
                supported++;
            } else if (s == Status.REFUTED) {
                refuted++;
            } else if (s == Status.INCONCLUSIVE) {
                inconclusive++;
            } else {
                errors++;
            }
        }
        return new Summary(proved, verified, supported, refuted, inconclusive, errors, expected, failures);
    }

    /** The closing line: {@code N proved, N verified, N supported, N refuted, N inconclusive, N errors (N refuted as expected)}. */
    public String line() {
        return proved + " proved, " + verified + " verified, " + supported + " supported, " + refuted + " refuted, " + inconclusive + " inconclusive, "
                + errors + " errors (" + refutedAsExpected + " refuted as expected)";
    }

    /** 1 when a claim failed, else 2 for input errors, else 3 for inconclusive claims, else 0. */
    public int exitCode() {
        if (failures > 0) {
            return EXIT_FAILURE;
        }
        if (errors > 0) {
            return EXIT_INPUT_ERROR;
        }
        if (inconclusive > 0) {
            return EXIT_INCONCLUSIVE;
        }
        return EXIT_OK;
    }
}
