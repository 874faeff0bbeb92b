package dev.proofscheck.report;

import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.check.Status;
import java.util.List;
import java.util.Locale;

/**
 * A summary for a pull-request comment (GitHub-flavoured Markdown): the totals line, a table of the claims
 * that need attention (failed, inconclusive, errors) with their evidence, then every claim in a collapsed
 * {@code <details>}. Cells are escaped ({@code |}, line breaks, HTML), and long evidence is shortened so a
 * large corpus stays within a comment's size.
 */
public final class MarkdownReport {
    /** Longest evidence shown in one cell; the JSON or JUnit report has all of it. */
    static final int MAX_EVIDENCE = 600;

    private MarkdownReport() {}

    public static String render(List<ClaimResult> results, long seed, boolean withTimings) {
        Summary s = Summary.of(results);
        StringBuilder md = new StringBuilder("### proofs-check: ").append(headline(s)).append("\n\n");
        md.append("**").append(s.line()).append("** — seed ").append(seed).append(", exit code ").append(s.exitCode()).append("\n\n");
        List<ClaimResult> attention = results.stream().filter(MarkdownReport::needsAttention).toList();
        if (attention.isEmpty()) {
            md.append("No claim needs attention.\n\n");
        } else {
            md.append("| verdict | claim | where | evidence |\n| --- | --- | --- | --- |\n");
            for (ClaimResult r : attention) {
                md.append(row(verdict(r), r.name(), r.file() + (r.line() > 0 ? ":" + r.line() : ""), shorten(r.verdict().evidence())));
            }
            md.append('\n');
        }
        md.append("<details><summary>All ").append(results.size()).append(results.size() == 1 ? " claim" : " claims").append("</summary>\n\n");
        md.append(withTimings ? "| verdict | claim | method | seconds |\n| --- | --- | --- | ---: |\n" : "| verdict | claim | method |\n| --- | --- | --- |\n");
        for (ClaimResult r : results) {
            md.append(withTimings ? row(verdict(r), r.name(), r.verdict().method(), String.format(Locale.ROOT, "%.2f", r.seconds()))
                    : row(verdict(r), r.name(), r.verdict().method()));
        }
        return md.append("\n</details>\n").toString();
    }

    /** Failed, undecided or unreadable: what a reviewer has to look at. */
    static boolean needsAttention(ClaimResult r) {
        return r.failed() || r.status() == Status.INCONCLUSIVE || r.status() == Status.ERROR;
    }

    private static String headline(Summary s) {
        return switch (s.exitCode()) {
            case Summary.EXIT_OK -> "nothing unexpected";
            case Summary.EXIT_FAILURE -> s.failures() + (s.failures() == 1 ? " claim failed" : " claims failed");
            case Summary.EXIT_INPUT_ERROR -> s.errors() + (s.errors() == 1 ? " error" : " errors") + " in the input";
            default -> s.inconclusive() + " inconclusive";
        };
    }

    private static String verdict(ClaimResult r) {
        if (r.failed()) {
            return "**" + r.status() + "** (FAILED" + (r.expectRefuted() ? ": expected to be refuted)" : ")");
        }
        return r.status() + (r.refutedAsExpected() ? " (as expected)" : "");
    }

    private static String shorten(String evidence) {
        return evidence.length() <= MAX_EVIDENCE ? evidence : evidence.substring(0, MAX_EVIDENCE) + " …";
    }

    /** One table row; the first cell is trusted Markdown (the verdict), the others are escaped. */
    private static String row(String verdict, String... cells) {
        StringBuilder sb = new StringBuilder("| ").append(verdict);
        for (String c : cells) {
            sb.append(" | ").append(cell(c));
        }
        return sb.append(" |\n").toString();
    }

    /** A table cell's text: HTML and {@code |} escaped, line breaks as {@code <br>}, Markdown emphasis and code marks neutralised. */
    static String cell(String s) {
        String html = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return html.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
                .replace("\r\n", "<br>").replace("\n", "<br>").replace("\r", "<br>").replaceAll("\\p{Cntrl}", "\uFFFD");
    }
}
