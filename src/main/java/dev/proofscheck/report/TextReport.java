package dev.proofscheck.report;

import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.check.Status;
import java.util.Locale;

/**
 * The terminal report: one line per claim (verdict, derivation/claim, method, seconds), with the
 * evidence beneath every verdict that needs attention (or beneath all, when verbose).
 */
public final class TextReport {
    private final boolean verbose;

    public TextReport(boolean verbose) {
        this.verbose = verbose;
    }

    public String line(ClaimResult r) {
        String status = r.status().name();
        String tag = "";
        if (r.expectRefuted()) {
            tag = r.refutedAsExpected() ? "  (refuted as expected)"
                    : r.failed() ? "  (FAILED: expected to be refuted)" : "  (expected to be refuted; not decided)";
        } else if (r.status() == Status.REFUTED) {
            tag = "  (FAILED)";
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-12s %-52s %-17s %6.2fs%s",
                status, r.name(), r.verdict().method(), r.seconds(), tag));
        boolean showEvidence = verbose || r.status() == Status.REFUTED || r.status() == Status.INCONCLUSIVE
                || r.status() == Status.ERROR || r.failed();
        if (showEvidence) {
            String indent = System.lineSeparator() + "             ";
            sb.append(indent).append(r.verdict().evidence().replace("\n", indent));
        }
        return sb.toString();
    }
}
