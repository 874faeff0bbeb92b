package dev.proofscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code proofs-check report}: writes the page, prints where and the summary, exits as the main command would. */
class ReportCommandTest {
    @TempDir
    Path dir;

    private int run(StringWriter out, StringWriter err, String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void writesTheHtmlPageAndExitsWithTheRunsCode() throws Exception {
        Path file = dir.resolve("d.yaml");
        Files.writeString(file, """
                id: d
                title: t
                source: {seed: s, locator: l}
                variables: {x: "(0, 2)"}
                claims:
                  - {id: ok, kind: identity, lhs: '(x + 1)^2', rhs: 'x^2 + 2 x + 1'}
                  - {id: bad, kind: identity, lhs: 'x', rhs: '2 x'}
                """);
        Path page = dir.resolve("sub/report.html");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "report", "--seed", "7", "--output", page.toString(), file.toString());
        assertEquals(1, code, "a claim was refuted unexpectedly: " + out + err);
        assertTrue(out.toString().contains("report written to " + page), out.toString());
        assertTrue(out.toString().contains("1 proved, 0 verified, 0 supported, 1 refuted"), out.toString());
        String html = Files.readString(page);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("seed <span id=\"seed\">7</span>"));
        assertTrue(html.contains("data-count=\"refuted\">1<") && html.contains("<math"), html);
    }

    @Test
    void theOutputFileIsRequired() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(2, run(out, err, "report", dir.toString()));
        assertTrue(err.toString().contains("--output"), err.toString());
    }
}
