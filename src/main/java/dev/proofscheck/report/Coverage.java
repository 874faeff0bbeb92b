package dev.proofscheck.report;

import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.parse.ClaimsIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which rows of the claims index the corpus encodes, per seed and section, with the verdicts of the
 * claims that encode them; rows not encoded carry their written reason, or are flagged as missing.
 */
public final class Coverage {
    /** One row's status: the verdicts of the claims naming it, or the reason it is not encoded (null if none). */
    public record RowStatus(ClaimsIndex.Row row, List<String> verdicts, String reason) {
        public boolean encoded() {
            return !verdicts.isEmpty();
        }

        public boolean missingWithoutReason() {
            return verdicts.isEmpty() && reason == null;
        }
    }

    private final List<RowStatus> rows = new ArrayList<>();

    public Coverage(ClaimsIndex index, List<ClaimResult> results, Map<String, String> reasons) {
        Map<String, List<String>> verdicts = new LinkedHashMap<>();
        for (ClaimResult r : results) {
            if (r.index() != null) {
                verdicts.computeIfAbsent(r.index(), k -> new ArrayList<>()).add(r.claimId() + " " + r.status()
                        + (r.expectRefuted() ? " (expected refuted)" : ""));
            }
        }
        for (ClaimsIndex.Row row : index.rows().values()) {
            rows.add(new RowStatus(row, verdicts.getOrDefault(row.id(), List.of()), reasons.get(row.id())));
        }
    }

    public List<RowStatus> rows() {
        return rows;
    }

    public long encoded() {
        return rows.stream().filter(RowStatus::encoded).count();
    }

    public long withReason() {
        return rows.stream().filter(r -> !r.encoded() && r.reason() != null).count();
    }

    public long missing() {
        return rows.stream().filter(RowStatus::missingWithoutReason).count();
    }

    /** The report: a table per seed and section, then the totals. */
    public String text() {
        Map<String, List<RowStatus>> bySection = new TreeMap<>();
        for (RowStatus r : rows) {
            bySection.computeIfAbsent(r.row().seed() + "  " + r.row().section(), k -> new ArrayList<>()).add(r);
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, List<RowStatus>> e : bySection.entrySet()) {
            long enc = e.getValue().stream().filter(RowStatus::encoded).count();
            sb.append(String.format(java.util.Locale.ROOT, "%s: %d of %d rows encoded%n", e.getKey(), enc, e.getValue().size()));
            for (RowStatus r : e.getValue()) {
                String state = r.encoded() ? String.join("; ", r.verdicts())
                        : r.reason() != null ? "not encoded: " + r.reason() : "MISSING (no reason written)";
                sb.append(String.format(java.util.Locale.ROOT, "  %-11s %-8s %s%n", r.row().id(), r.row().check(), state));
            }
        }
        sb.append(String.format(java.util.Locale.ROOT, "coverage: %d rows, %d encoded, %d not encoded with a reason, %d missing%n",
                rows.size(), encoded(), withReason(), missing()));
        return sb.toString();
    }
}
