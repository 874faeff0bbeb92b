package dev.proofscheck.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.TestSupport;
import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.check.Status;
import dev.proofscheck.check.Verdict;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.report.Summary;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML page: untrusted text is escaped, the summary counts are the run's, nothing is loaded from elsewhere, charts are right. */
class HtmlReportTest {
    private static final String FILE = """
            id: d
            title: "T <script>alert('title')</script>"
            source: {seed: "<img src=x onerror=alert(1)>", locator: "</p><iframe src=javascript:alert(2)>"}
            variables: {x: "(0, 1)", a: "(1/2, 4)", t: real}
            claims:
              - {id: sq, locator: "<b onclick=alert(3)>loc</b>", note: "n <script>alert(4)</script>", kind: identity, lhs: 'x^2', rhs: 'x x'}
              - {id: slope, kind: limit, expr: '(a^t - 1)/t', var: t, at: 0, equals: 'Log[a]'}
              - {id: wrong, kind: identity, lhs: 't', rhs: 'Abs[t]', expect: refuted}
              - {id: both, kind: identity, lhs: 'x a', rhs: 'a x'}
            """;

    private static ClaimResult result(String claim, String kind, Status s, boolean expectRefuted, String evidence, Map<String, Object> details) {
        return new ClaimResult("d.yaml", 1, "d", claim, kind, null, expectRefuted, new Verdict(s, "numeric", evidence, details), 1, 0);
    }

    private static List<ClaimResult> results() {
        return List.of(
                result("sq", "identity", Status.PROVED, false, "agree <script>alert(5)</script>", Map.of("k<i>", "v</td><script>")),
                result("slope", "limit", Status.VERIFIED, false, "ok", Map.of()),
                result("wrong", "identity", Status.REFUTED, true, "at t=-0.5: lhs = -0.5, rhs = 0.5", Map.of("point", "t=-0.5")),
                result("both", "identity", Status.INCONCLUSIVE, false, "time limit", Map.of()),
                new ClaimResult("<bad>.yaml", 3, null, null, null, null, false, Verdict.error("<bad>.yaml:3: not YAML <svg onload=alert(6)>"), 1, 0));
    }

    private static String page() {
        Derivation d = TestSupport.derivation(FILE);
        return new HtmlReport(results(), Map.of("d", d), 1, "2026-01-01 <u>").render();
    }

    @Test
    void textFromDerivationFilesAndEvidenceIsEscapedNeverMarkup() {
        String html = page();
        String lower = html.toLowerCase(Locale.ROOT);
        for (String tag : List.of("<script", "<img", "<iframe", "<b ", "<u>", "<i>", "<svg onload")) {
            assertFalse(lower.contains(tag), tag + " must not appear as markup");
        }
        assertFalse(lower.contains("onerror=alert") && !lower.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(html.contains("T &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"), "the title is shown as text");
        assertTrue(html.contains("&lt;b onclick=alert(3)&gt;loc&lt;/b&gt;"), "the locator is shown as text");
        assertTrue(html.contains("agree &lt;script&gt;alert(5)&lt;/script&gt;"), "the evidence is shown as text");
        assertTrue(html.contains("v&lt;/td&gt;&lt;script&gt;"), "details are shown as text");
        assertTrue(html.contains("not YAML &lt;svg onload=alert(6)&gt;"), "errors are shown as text");
    }

    @Test
    void theSummaryCountsAreTheRunsAndTheExpectedRefutationIsShownAsSuch() {
        String html = page();
        Summary s = Summary.of(results());
        assertEquals(SummaryCounts.of(s), SummaryCounts.shownIn(html), "the seven counts");
        assertEquals(1, s.refutedAsExpected());
        assertTrue(html.contains("class=\"badge refuted-as-expected\">REFUTED · as expected"), "an expected refutation has its own badge");
        assertTrue(html.contains("seed <span id=\"seed\">1</span>") && html.contains("2026-01-01 &lt;u&gt;"));
    }

    @Test
    void thePageIsSelfContained() {
        String html = page().toLowerCase(Locale.ROOT);
        assertFalse(html.contains("<link") || html.contains("@import") || html.contains("url("), "no external style sheet or font");
        assertFalse(Pattern.compile("<[a-z][^>]*\\s(src|href)=").matcher(html).find(), "no tag loads or links anything");
        assertFalse(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "").contains("http"), "no address other than the SVG namespace");
        assertTrue(html.contains("<style>") && html.contains("<math") && html.contains("<svg"));
    }

    @Test
    void theLimitChartFollowsTheExpressionToTheClaimedValueAtTheSampledParameter() {
        Derivation d = TestSupport.derivation(FILE);
        Claim slope = d.claims().get(1);
        Plot.Chart chart = assertInstanceOf(Plot.Chart.class, new ClaimPlots(1).of(d, slope, results().get(1)));
        assertEquals(2, chart.curves().size(), "both sides of a two-sided limit");
        Matcher a = Pattern.compile("a=([0-9.]+)").matcher(chart.caption());
        assertTrue(a.find(), chart.caption());
        double log = Math.log(Double.parseDouble(a.group(1)));
        assertEquals(log, chart.level(), 1e-12, "the level is the claimed value Log[a]");
        for (Plot.Curve c : chart.curves()) {
            double[] y = c.y();
            // (a^t - 1)/t = log a + t log^2 a/2 + ...: at t = 1e-12 the gap is below 1e-11
            assertEquals(log, y[y.length - 1], 1e-11, c.label());
            assertTrue(Math.abs(y[0] - log) > Math.abs(y[y.length - 1] - log), "the curve approaches the level");
        }
    }

    @Test
    void aSimulationIsDrawnFromItsTableOfSizes() {
        Derivation d = TestSupport.derivation("""
                id: s
                title: t
                source: {seed: s, locator: l}
                variables: {alpha: "(0, 1)"}
                claims:
                  - id: mp
                    kind: simulation
                    model: sample-covariance
                    statistic: ks
                    parameters: {gamma: alpha, sigma: 1}
                    at: {alpha: 1/2}
                    predicts: 0
                    sizes: [50, 200]
                    trials: 10
                """);
        Map<String, Object> details = Map.of("prediction", "1.00000", "table", List.of(
                Map.of("n", 50, "mean", "1.02000", "band", "0.0500000"), Map.of("n", 200, "mean", "1.00500", "band", "0.0100000")));
        ClaimResult r = new ClaimResult("s.yaml", 1, "s", "mp", "simulation", null, false, new Verdict(Status.SUPPORTED, "simulation", "ok", details), 1, 0);
        Plot.Chart chart = assertInstanceOf(Plot.Chart.class, new ClaimPlots(1).of(d, d.claims().get(0), r));
        assertEquals(1.0, chart.level());
        assertEquals(List.of("50", "200"), chart.xTicks().stream().map(Plot.Tick::label).toList());
        assertEquals(1.02, chart.curves().get(0).y()[0], 1e-12);
        assertEquals(1.07, chart.curves().get(1).y()[0], 1e-12, "mean + band");
        assertEquals(0.995, chart.curves().get(2).y()[1], 1e-12, "mean - band");
    }

    @Test
    void aOneVariableIdentityIsDrawnOverItsDomainAndOtherShapesAreSkippedWithTheReason() {
        Derivation d = TestSupport.derivation(FILE);
        ClaimPlots plots = new ClaimPlots(1);
        Plot.Chart sq = assertInstanceOf(Plot.Chart.class, plots.of(d, d.claims().get(0), null));
        double[] x = sq.x();
        assertTrue(x[0] > 0 && x[x.length - 1] < 1, "inside the open domain (0, 1)");
        for (int i = 0; i < x.length; i++) {
            assertEquals(x[i] * x[i], sq.curves().get(0).y()[i], 1e-12);
            assertEquals(x[i] * x[i], sq.curves().get(1).y()[i], 1e-12);
        }
        Plot.Skipped unbounded = assertInstanceOf(Plot.Skipped.class, plots.of(d, d.claims().get(2), null));
        assertTrue(unbounded.reason().contains("unbounded"), unbounded.reason());
        Plot.Skipped two = assertInstanceOf(Plot.Skipped.class, plots.of(d, d.claims().get(3), null));
        assertTrue(two.reason().contains("2 free variables"), two.reason());
        assertTrue(page().contains("no chart: the domain of t, (-inf, inf), is unbounded"));
    }
}
