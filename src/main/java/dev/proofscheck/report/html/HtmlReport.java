package dev.proofscheck.report.html;

import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.check.Status;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.report.Statements;
import dev.proofscheck.report.Summary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The results of a run as one self-contained HTML page (inline CSS, MathML and SVG; no script, no
 * external resource): the summary counts, then per derivation each claim's statement, verdict badge,
 * method, evidence and chart. Everything read from derivation files is escaped: it is data, never markup.
 */
public final class HtmlReport {
    private final List<ClaimResult> results;
    private final Map<String, Derivation> derivations;
    private final long seed;
    private final String date;
    private final ClaimPlots plots;

    /**
     * @param derivations the derivations read by the run, by id (as {@code CorpusRunner.derivations()})
     * @param date when the run was made, as it is to be shown
     */
    public HtmlReport(List<ClaimResult> results, Map<String, Derivation> derivations, long seed, String date) {
        this.results = List.copyOf(results);
        this.derivations = derivations;
        this.seed = seed;
        this.date = date;
        this.plots = new ClaimPlots(seed);
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>proofs-check report</title>\n<style>\n").append(css()).append("</style>\n</head>\n<body>\n");
        summary(sb);
        sb.append("<main>\n");
        Map<String, List<ClaimResult>> byDerivation = new LinkedHashMap<>();
        List<ClaimResult> fileErrors = new ArrayList<>();
        for (ClaimResult r : results) {
            if (r.derivationId() != null && derivations.containsKey(r.derivationId())) {
                byDerivation.computeIfAbsent(r.derivationId(), k -> new ArrayList<>()).add(r);
            } else {
                fileErrors.add(r);
            }
        }
        if (!fileErrors.isEmpty()) {
            sb.append("<section class=\"derivation\" id=\"file-errors\">\n<h2>Files that could not be read</h2>\n");
            fileErrors.forEach(r -> claim(sb, r, null, null));
            sb.append("</section>\n");
        }
        byDerivation.forEach((id, rs) -> derivation(sb, derivations.get(id), rs));
        sb.append("</main>\n</body>\n</html>\n");
        return sb.toString();
    }

    private void summary(StringBuilder sb) {
        Summary s = Summary.of(results);
        sb.append("<header>\n<h1>proofs-check report</h1>\n<p class=\"meta\">")
                .append(results.size()).append(" results from ").append(derivations.size()).append(" derivations · seed <span id=\"seed\">")
                .append(seed).append("</span> · ").append(esc(date)).append("</p>\n<div id=\"summary\" class=\"summary\">\n");
        count(sb, "proved", s.proved(), "proved");
        count(sb, "verified", s.verified(), "verified");
        count(sb, "supported", s.supported(), "supported");
        count(sb, "refuted", s.refuted(), "refuted");
        count(sb, "refuted-as-expected", s.refutedAsExpected(), "expected");
        count(sb, "inconclusive", s.inconclusive(), "inconclusive");
        count(sb, "errors", s.errors(), "error");
        sb.append("</div>\n<p class=\"outcome ").append(s.failures() > 0 ? "bad" : "good").append("\">")
                .append(s.failures() > 0 ? s.failures() + (s.failures() == 1 ? " claim" : " claims") + " failed (refuted unexpectedly, or an expected refutation did not happen)"
                        : "nothing unexpected: no claim failed")
                .append(" · exit code ").append(s.exitCode()).append("</p>\n</header>\n");
    }

    private static void count(StringBuilder sb, String key, int n, String style) {
        sb.append("<div class=\"count ").append(style).append("\"><span class=\"n\" data-count=\"").append(key).append("\">")
                .append(n).append("</span><span class=\"label\">").append(key.replace('-', ' ')).append("</span></div>\n");
    }

    private void derivation(StringBuilder sb, Derivation d, List<ClaimResult> rs) {
        sb.append("<section class=\"derivation\" id=\"").append(esc(anchor("d-", d.id()))).append("\">\n<h2>").append(esc(d.title() != null ? d.title() : d.id()))
                .append("</h2>\n<p class=\"source\"><code>").append(esc(d.id())).append("</code>");
        if (d.source() != null) {
            sb.append(" · ").append(esc(d.source().seed())).append(" · ").append(esc(d.source().locator()));
        }
        sb.append(" · <code>").append(esc(d.file())).append("</code></p>\n");
        for (ClaimResult r : rs) {
            Optional<Claim> c = d.claims().stream().filter(x -> x.id().equals(r.claimId())).findFirst();
            claim(sb, r, d, c.orElse(null));
        }
        sb.append("</section>\n");
    }

    private void claim(StringBuilder sb, ClaimResult r, Derivation d, Claim c) {
        String badge = r.refutedAsExpected() ? "refuted-as-expected" : r.status().name().toLowerCase(Locale.ROOT);
        sb.append("<article id=\"").append(esc(anchor("c-", r.name()))).append("\" class=\"claim ").append(badge).append(r.failed() ? " failed" : "").append("\" data-status=\"")
                .append(r.status()).append("\">\n<div class=\"head\"><span class=\"badge ").append(badge).append("\">").append(r.status())
                .append(r.refutedAsExpected() ? " · as expected" : "").append(r.failed() ? " · FAILED" : "").append("</span> <h3>")
                .append(esc(r.claimId() != null ? r.claimId() : r.name())).append("</h3>");
        if (r.kind() != null) {
            sb.append(" <span class=\"tag\">").append(esc(r.kind())).append("</span>");
        }
        if (r.index() != null) {
            sb.append(" <span class=\"tag index\" title=\"row of the claims index\">").append(esc(r.index())).append("</span>");
        }
        sb.append(" <span class=\"where\">").append(esc(r.file())).append(r.line() > 0 ? ":" + r.line() : "").append("</span></div>\n");
        if (c != null) {
            if (c.locator() != null) {
                sb.append("<p class=\"locator\">").append(esc(c.locator())).append("</p>\n");
            }
            List<String> lines = ClaimMath.lines(c.body());
            sb.append("<div class=\"statement\">");
            if (lines.isEmpty()) {
                sb.append("<code>").append(esc(Statements.of(c))).append("</code>");
            }
            lines.forEach(sb::append);
            sb.append("</div>\n");
            relation(sb, r, c);
            if (c.note() != null) {
                sb.append("<p class=\"note\">").append(esc(c.note())).append("</p>\n");
            }
        }
        sb.append("<dl class=\"evidence\"><dt>method</dt><dd>").append(esc(r.verdict().method())).append("</dd><dt>")
                .append(r.status() == Status.REFUTED ? "counterexample" : "evidence").append("</dt><dd>").append(esc(r.verdict().evidence()))
                .append("</dd></dl>\n");
        details(sb, r);
        if (c != null && r.status() != Status.ERROR) {
            Plot p = plots.of(d, c, r);
            if (p instanceof Plot.Chart chart) {
                sb.append("<figure class=\"plot\">").append(SvgPlot.render(chart)).append("<figcaption>").append(esc(chart.caption()))
                        .append("</figcaption></figure>\n");
            } else {
                sb.append("<p class=\"noplot\">no chart: ").append(esc(((Plot.Skipped) p).reason())).append("</p>\n");
            }
        }
        sb.append("</article>\n");
    }

    /** The expect-refuted / corrects relation of a claim, in words. */
    private void relation(StringBuilder sb, ClaimResult r, Claim c) {
        List<String> parts = new ArrayList<>();
        if (c.expectsRefutation()) {
            parts.add("as written in the source, expected to be refuted: " + (r.status() == Status.REFUTED ? "refuted, as expected"
                    : "NOT refuted (" + r.status() + ")"));
        }
        if (c.corrects() != null) {
            parts.add("corrects " + c.corrects());
        }
        if (!parts.isEmpty()) {
            sb.append("<p class=\"relation\">").append(esc(String.join(" · ", parts))).append("</p>\n");
        }
    }

    private static void details(StringBuilder sb, ClaimResult r) {
        Map<String, Object> details = r.verdict().details();
        if (details.isEmpty()) {
            return;
        }
        sb.append("<details").append(r.status() == Status.REFUTED ? " open" : "").append("><summary>details</summary><table class=\"details\">");
        details.forEach((k, v) -> {
            sb.append("<tr><th>").append(esc(k)).append("</th><td>");
            value(sb, v);
            sb.append("</td></tr>");
        });
        sb.append("</table></details>\n");
    }

    /** A detail's value: a table for a list of rows (a simulation's sizes), else its text. */
    private static void value(StringBuilder sb, Object v) {
        if (v instanceof List<?> rows && !rows.isEmpty() && rows.stream().allMatch(x -> x instanceof Map<?, ?>)) {
            sb.append("<table class=\"rows\"><tr>");
            ((Map<?, ?>) rows.get(0)).keySet().forEach(k -> sb.append("<th>").append(esc(String.valueOf(k))).append("</th>"));
            sb.append("</tr>");
            for (Object row : rows) {
                sb.append("<tr>");
                ((Map<?, ?>) row).values().forEach(x -> sb.append("<td>").append(esc(String.valueOf(x))).append("</td>"));
                sb.append("</tr>");
            }
            sb.append("</table>");
        } else {
            sb.append(esc(String.valueOf(v)));
        }
    }

    /** A fragment id for links: the prefix says derivation or claim, other characters than letters and digits become '_'. */
    private static String anchor(String prefix, String id) {
        return prefix + id.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** Text for the page: escaped, and empty where a field is absent. */
    private static String esc(String s) {
        return s == null ? "" : dev.proofscheck.export.MathMLPrinter.escape(s);
    }

    private static String css() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
