package dev.proofscheck.report;

import dev.proofscheck.check.ClaimResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable report: per claim its file, derivation, claim id, kind, verdict, method,
 * evidence, seed and seconds, plus {@code expected} and {@code index} where the claim has them.
 */
public final class JsonReport {
    private JsonReport() {}

    public static String render(List<ClaimResult> results, long seed, boolean withTimings) {
        Summary s = Summary.of(results);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "proofs-check");
        root.put("seed", seed);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("proved", s.proved());
        summary.put("verified", s.verified());
        summary.put("supported", s.supported());
        summary.put("refuted", s.refuted());
        summary.put("inconclusive", s.inconclusive());
        summary.put("errors", s.errors());
        summary.put("refuted_as_expected", s.refutedAsExpected());
        summary.put("failures", s.failures());
        summary.put("exit_code", s.exitCode());
        root.put("summary", summary);
        List<Object> claims = new ArrayList<>();
        for (ClaimResult r : results) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("file", r.file());
            c.put("line", r.line());
            c.put("derivation", r.derivationId());
            c.put("claim", r.claimId());
            c.put("kind", r.kind());
            if (r.index() != null) {
                c.put("index", r.index());
            }
            if (r.expectRefuted()) {
                c.put("expected", "refuted");
            }
            c.put("verdict", r.status().name());
            c.put("failed", r.failed());
            c.put("method", r.verdict().method());
            c.put("evidence", r.verdict().evidence());
            if (!r.verdict().details().isEmpty()) {
                c.put("details", r.verdict().details());
            }
            c.put("seed", r.seed());
            if (withTimings) {
                c.put("seconds", r.seconds());
            }
            claims.add(c);
        }
        root.put("claims", claims);
        return JsonWriter.write(root);
    }
}
