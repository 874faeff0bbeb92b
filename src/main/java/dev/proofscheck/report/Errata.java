package dev.proofscheck.report;

import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.check.Status;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.Derivation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The errata of the lecture notes: every claim the corpus keeps as written but expects to be refuted,
 * with its locator, the statement, the corrected statement(s) beside it (the claims saying
 * {@code corrects: <its id>}, or else the claims of the same derivation and index expected to hold),
 * and the evidence. An entry is only listed when the checker did
 * refute it: no erratum without a counterexample.
 */
public final class Errata {
    /** One erratum. */
    public record Entry(String derivation, String claim, String index, String locator, String asWritten,
            String evidence, List<String> corrected, List<String> correctedVerdicts, String note) {}

    private Errata() {}

    /**
     * Builds the entries from the run's results and the parsed derivations ({@code derivations} maps a
     * derivation id to its model).
     */
    public static List<Entry> of(List<ClaimResult> results, Map<String, Derivation> derivations) {
        List<Entry> out = new ArrayList<>();
        for (ClaimResult r : results) {
            if (!r.refutedAsExpected() || r.derivationId() == null) {
                continue;
            }
            Derivation d = derivations.get(r.derivationId());
            Optional<Claim> claim = d == null ? Optional.empty() : d.claims().stream().filter(c -> c.id().equals(r.claimId())).findFirst();
            if (claim.isEmpty()) {
                continue;
            }
            Claim c = claim.get();
            List<String> corrected = new ArrayList<>();
            List<String> verdicts = new ArrayList<>();
            boolean explicit = d.claims().stream().anyMatch(o -> c.id().equals(o.corrects()));
            for (Claim other : d.claims()) {
                boolean correction = explicit ? c.id().equals(other.corrects())
                        : !other.expectsRefutation() && other.index() != null && other.index().equals(c.index());
                if (!correction) {
                    continue;
                }
                corrected.add(other.id() + ": " + Statements.of(other));
                verdicts.add(other.id() + ": " + results.stream()
                        .filter(x -> d.id().equals(x.derivationId()) && other.id().equals(x.claimId()))
                        .map(x -> x.status().name()).findFirst().orElse("not checked"));
            }
            out.add(new Entry(d.id(), c.id(), c.index(), c.locator(), Statements.of(c), r.verdict().evidence(),
                    corrected, verdicts, c.note()));
        }
        return out;
    }

    /** The entries as Markdown, one section each. */
    public static String markdown(List<Entry> entries, List<ClaimResult> results) {
        StringBuilder sb = new StringBuilder("# Errata found by proofs-check\n\n");
        long unconfirmed = results.stream().filter(r -> r.expectRefuted() && r.status() != Status.REFUTED).count();
        sb.append(entries.size()).append(" statements of the notes are refuted as written");
        if (unconfirmed > 0) {
            sb.append("; ").append(unconfirmed).append(" claims marked as errata were NOT refuted in this run");
        }
        sb.append(".\n");
        for (Entry e : entries) {
            sb.append("\n## ").append(e.derivation()).append('/').append(e.claim());
            if (e.index() != null) {
                sb.append(" (").append(e.index()).append(')');
            }
            sb.append("\n\n");
            sb.append("- **Where**: ").append(e.locator() == null ? "(no locator)" : e.locator()).append('\n');
            sb.append("- **As written**: `").append(e.asWritten()).append("`\n");
            if (e.corrected().isEmpty()) {
                sb.append("- **Corrected**: (no corrected claim beside it)\n");
            }
            for (int i = 0; i < e.corrected().size(); i++) {
                sb.append("- **Corrected**: `").append(e.corrected().get(i)).append("` — ").append(e.correctedVerdicts().get(i)
                        .replaceFirst("^[^:]*: ", "")).append('\n');
            }
            if (e.note() != null) {
                sb.append("- **Note**: ").append(e.note()).append('\n');
            }
            sb.append("- **Evidence**: ").append(e.evidence()).append('\n');
        }
        return sb.toString();
    }
}
