package dev.proofscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.check.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pull-request summary: totals, the claims that need attention, every claim collapsed, cells that cannot break the table. */
class MarkdownReportTest {
    private static final List<ClaimResult> RESULTS = JunitXmlReportTest.RESULTS;

    @Test
    void totalsThenAttentionThenAllClaimsCollapsed() {
        String md = MarkdownReport.render(RESULTS, 42, true);
        List<String> lines = md.lines().toList();
        assertEquals("### proofs-check: 2 claims failed", lines.get(0));
        assertTrue(lines.get(2).contains(Summary.of(RESULTS).line()) && lines.get(2).contains("seed 42, exit code 1"), lines.get(2));
        int details = lines.indexOf("<details><summary>All 7 claims</summary>");
        assertTrue(details > 0, md);
        List<String> attention = lines.subList(0, details).stream().filter(l -> l.startsWith("| ") && !l.startsWith("| verdict") && !l.startsWith("| ---")).toList();
        assertEquals(5, attention.size(), "two failures, one inconclusive, two errors:\n" + md);
        assertTrue(attention.stream().noneMatch(l -> l.contains("true-one") || l.contains("wrong-as-expected")), md);
        List<String> all = lines.subList(details, lines.size()).stream().filter(l -> l.startsWith("| ") && !l.startsWith("| verdict") && !l.startsWith("| ---")).toList();
        assertEquals(7, all.size(), md);
        assertTrue(all.get(2).startsWith("| REFUTED (as expected) | alpha/wrong-as-expected | numeric | 0.25 |"), all.get(2));
        assertTrue(md.endsWith("</details>\n"), md);
    }

    @Test
    void cellsEscapePipesLineBreaksAndHtml() {
        String md = MarkdownReport.render(RESULTS, 42, false);
        String row = md.lines().filter(l -> l.contains("alpha/wrong-one")).findFirst().orElseThrow();
        assertEquals(6, row.split("(?<!\\\\)\\|", -1).length, "4 cells between 5 unescaped bars: " + row);
        assertTrue(row.contains("lhs = \\|-4\\|"), row);
        assertTrue(row.contains("&lt;b&gt; &amp; c"), row);
        assertTrue(row.contains("<br>second line"), row);
        assertFalse(md.contains("0.25"), "no timings");
        assertEquals("a \\| b<br>c \\_d\\_ &lt;e&gt;", MarkdownReport.cell("a | b\nc _d_ <e>"));
    }

    @Test
    void aCleanRunSaysSo() {
        String md = MarkdownReport.render(RESULTS.subList(0, 1), 1, true);
        assertTrue(md.startsWith("### proofs-check: nothing unexpected\n"), md);
        assertTrue(md.contains("No claim needs attention."), md);
    }
}
