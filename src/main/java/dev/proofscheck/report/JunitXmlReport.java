package dev.proofscheck.report;

import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.check.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report for CI test dashboards, in the JUnit XML format (the Ant/Surefire form that Jenkins, GitLab,
 * GitHub Actions reporters read): {@code <testsuites>} holding one {@code <testsuite>} per derivation file,
 * one {@code <testcase>} per claim (classname = derivation id, name = claim id).
 *
 * <p>Outcomes: a claim that {@link ClaimResult#failed() failed} (refuted unexpectedly, or an expected
 * refutation that did not happen) is a {@code <failure>} carrying the evidence; ERROR is an {@code <error>};
 * INCONCLUSIVE is {@code <skipped>} with the reason, because nothing was shown either way (the exit code,
 * 3, still tells CI). Everything else passes, with its verdict and evidence in {@code <system-out>}.
 * The seed is a property of every suite, so a failure can be reproduced from the report alone.
 */
public final class JunitXmlReport {
    /** Test name of an error about a whole file (which has no claim id). */
    static final String WHOLE_FILE = "(file)";

    private JunitXmlReport() {}

    public static String render(List<ClaimResult> results, long seed, boolean withTimings) {
        Map<String, List<ClaimResult>> byFile = new LinkedHashMap<>();
        for (ClaimResult r : results) {
            byFile.computeIfAbsent(r.file(), f -> new ArrayList<>()).add(r);
        }
        Summary all = Summary.of(results);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuites name=\"proofs-check\"").append(counts(results.size(), all, withTimings, seconds(results))).append(">\n");
        for (Map.Entry<String, List<ClaimResult>> e : byFile.entrySet()) {
            suite(xml, e.getKey(), e.getValue(), seed, withTimings);
        }
        return xml.append("</testsuites>\n").toString();
    }

    private static void suite(StringBuilder xml, String file, List<ClaimResult> results, long seed, boolean withTimings) {
        Summary s = Summary.of(results);
        String derivation = results.stream().map(ClaimResult::derivationId).filter(d -> d != null).findFirst().orElse(file);
        xml.append("  <testsuite name=\"").append(Xml.attribute(derivation)).append('"')
                .append(counts(results.size(), s, withTimings, seconds(results)))
                .append(" skipped=\"").append(s.inconclusive()).append("\" file=\"").append(Xml.attribute(file)).append("\">\n");
        xml.append("    <properties>\n");
        property(xml, "seed", Long.toString(seed));
        property(xml, "file", file);
        xml.append("    </properties>\n");
        for (ClaimResult r : results) {
            testcase(xml, r, withTimings);
        }
        xml.append("  </testsuite>\n");
    }

    private static void testcase(StringBuilder xml, ClaimResult r, boolean withTimings) {
        String classname = r.derivationId() != null ? r.derivationId() : r.file();
        String name = r.claimId() != null ? r.claimId() : WHOLE_FILE;
        xml.append("    <testcase classname=\"").append(Xml.attribute(classname)).append("\" name=\"").append(Xml.attribute(name)).append('"');
        if (withTimings) {
            xml.append(" time=\"").append(time(r.seconds())).append('"');
        }
        xml.append(">\n");
        String evidence = r.verdict().evidence();
        String where = r.file() + (r.line() > 0 ? ":" + r.line() : "") + " (seed " + r.seed() + ")";
        if (r.failed()) {
            String what = r.expectRefuted() ? "expected to be refuted, but " + r.status() : r.status().name();
            outcome(xml, "failure", what, what + ": " + evidence, evidence + "\n" + where);
        } else if (r.status() == Status.ERROR) {
            outcome(xml, "error", "ERROR", evidence, evidence);
        } else if (r.status() == Status.INCONCLUSIVE) {
            outcome(xml, "skipped", "INCONCLUSIVE", "INCONCLUSIVE: " + evidence, evidence + "\n" + where);
        }
        xml.append("      <system-out>").append(Xml.text(r.status() + (r.refutedAsExpected() ? " (as expected)" : "")
                + " by " + r.verdict().method() + " at " + where + "\n" + evidence)).append("</system-out>\n");
        xml.append("    </testcase>\n");
    }

    private static void outcome(StringBuilder xml, String element, String type, String message, String text) {
        xml.append("      <").append(element).append(" type=\"").append(Xml.attribute(type)).append("\" message=\"")
                .append(Xml.attribute(message)).append("\">").append(Xml.text(text)).append("</").append(element).append(">\n");
    }

    private static void property(StringBuilder xml, String name, String value) {
        xml.append("      <property name=\"").append(Xml.attribute(name)).append("\" value=\"").append(Xml.attribute(value)).append("\"/>\n");
    }

    /** tests, failures and errors attributes (and time when timings are wanted). */
    private static String counts(int tests, Summary s, boolean withTimings, double seconds) {
        return " tests=\"" + tests + "\" failures=\"" + s.failures() + "\" errors=\"" + s.errors() + "\""
                + (withTimings ? " time=\"" + time(seconds) + "\"" : "");
    }

    private static double seconds(List<ClaimResult> results) {
        return results.stream().mapToDouble(ClaimResult::seconds).sum();
    }

    private static String time(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }
}
