package dev.proofscheck.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.check.CorpusRunner;
import dev.proofscheck.report.Summary;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Renders a report of a few derivation files in headless Chromium: no console message, the summary
 * counts in the DOM are the run's, every formula is laid out as MathML (fractions stacked), the charts
 * are drawn, the hostile text of the fixture ran nothing; saves a screenshot under target/html-report/.
 * Skipped, saying so, only where no Chromium can be found.
 */
class ChromiumRenderTest {
    private static final List<Path> FILES = List.of(Path.of("src/test/resources/report/hostile-and-curves.yaml"),
            Path.of("derivations/ntk/parameter-count.yaml"), Path.of("derivations/ridge/effective-regularization.yaml"));
    private static final Path OUT = Path.of("target/html-report");
    /** Longest a Chromium run may take on a loaded 2-core machine. */
    private static final long BROWSER_SECONDS = 120;
    /**
     * Appended to a copy of the page: measures the layout and writes it into the DOM; its console message
     * shows that console output is really captured (so the absence of messages from the page means something).
     */
    private static final String PROBE = """
            <script>(function () {
              var ns = 'http://www.w3.org/1998/Math/MathML', maths = document.querySelectorAll('math'), mathml = 0, empty = 0;
              maths.forEach(function (m) { if (m.namespaceURI === ns) mathml++; var r = m.getBoundingClientRect(); if (r.width < 1 || r.height < 1) empty++; });
              var fracs = document.getElementsByTagNameNS(ns, 'mfrac'), stacked = 0;
              for (var i = 0; i < fracs.length; i++) {
                var a = fracs[i].children[0].getBoundingClientRect(), b = fracs[i].children[1].getBoundingClientRect();
                if (a.bottom <= b.top + 1) stacked++;
              }
              var charts = Array.prototype.filter.call(document.querySelectorAll('svg.chart'), function (s) { return s.getBoundingClientRect().width > 100; }).length;
              var p = document.createElement('pre'); p.id = 'probe';
              p.textContent = 'math=' + maths.length + ' mathml=' + mathml + ' empty=' + empty + ' fractions=' + fracs.length + ' stacked=' + stacked
                  + ' charts=' + charts + ' scripts=' + document.scripts.length;
              document.body.appendChild(p);
              console.error('probe-control-message');
            })();</script>
            """;

    @Test
    void theReportRendersInHeadlessChromium() throws Exception {
        String chromium = findChromium();
        Assumptions.assumeTrue(chromium != null, "Chromium not found on PATH (chromium, chromium-browser, google-chrome) nor in $CHROMIUM: "
                + "browser rendering test skipped; install it with 'apt-get install chromium'");
        CorpusRunner runner = new CorpusRunner(1, 30);
        List<ClaimResult> results = runner.run(FILES, r -> { });
        String html = new HtmlReport(results, runner.derivations(), 1, "test run").render();
        Files.createDirectories(OUT);
        Path page = OUT.resolve("report.html").toAbsolutePath();
        Files.writeString(page, html, StandardCharsets.UTF_8);

        Run dom = chromium(chromium, "--dump-dom", page.toUri().toString());
        assertEquals(List.of(), consoleLines(dom.stderr()), "the page logs nothing to the console");
        String lower = dom.stdout().toLowerCase(Locale.ROOT);
        assertTrue(lower.contains("<main>"), "the page was loaded: " + dom.stdout().substring(0, Math.min(300, dom.stdout().length())));
        assertFalse(lower.contains("<script"), "no script element in the rendered DOM: the fixture's markup stayed text");
        assertTrue(dom.stdout().contains("Hostile &lt;script&gt;console.error('xss-title')&lt;/script&gt;"), "the hostile title is shown as text");
        Summary s = Summary.of(results);
        assertEquals(SummaryCounts.of(s), SummaryCounts.shownIn(dom.stdout()), "the seven counts in the rendered DOM are the run's");
        assertTrue(s.refuted() == 1 && s.refutedAsExpected() == 1, "the fixture has one unexpected and one expected refutation: " + s.line());

        Path probed = OUT.resolve("report-probed.html").toAbsolutePath();
        Files.writeString(probed, html.replace("</body>", PROBE + "</body>"), StandardCharsets.UTF_8);
        Run probe = chromium(chromium, "--dump-dom", probed.toUri().toString());
        assertTrue(probe.stderr().contains("probe-control-message"), "console messages are captured: " + consoleLines(probe.stderr()));
        Matcher p = Pattern.compile("math=(\\d+) mathml=(\\d+) empty=(\\d+) fractions=(\\d+) stacked=(\\d+) charts=(\\d+) scripts=(\\d+)")
                .matcher(probe.stdout());
        assertTrue(p.find(), "the probe ran: " + probe.stdout().substring(Math.max(0, probe.stdout().length() - 500)));
        int maths = Integer.parseInt(p.group(1));
        assertEquals(count(html, "<math"), maths, "every formula of the page is in the DOM");
        assertTrue(maths >= results.size(), "at least one formula per claim");
        assertEquals(maths, Integer.parseInt(p.group(2)), "every <math> is a MathML element");
        assertEquals("0", p.group(3), "no formula is laid out empty");
        assertTrue(Integer.parseInt(p.group(4)) > 0);
        assertEquals(p.group(4), p.group(5), "every fraction is laid out with its numerator above its denominator");
        assertEquals(count(html, "<svg class=\"chart\""), Integer.parseInt(p.group(6)), "every chart is drawn");
        assertTrue(Integer.parseInt(p.group(6)) >= 3, "the fixture's limit, series and identity have charts");
        assertEquals("1", p.group(7), "the only script is the probe");

        Path shot = OUT.resolve("report.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        Run screenshot = chromium(chromium, "--hide-scrollbars", "--window-size=1200,2600", "--screenshot=" + shot, page.toUri().toString());
        assertTrue(Files.exists(shot) && Files.size(shot) > 20_000, "a screenshot was saved: " + screenshot.stderr());
    }

    private record Run(String stdout, String stderr) {}

    /** Runs headless Chromium with flags that keep it quiet and quick on a closed network, in a fresh profile. */
    private static Run chromium(String binary, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        Path out = Files.createTempFile("chromium", ".out");
        Path err = Files.createTempFile("chromium", ".err");
        List<String> cmd = new ArrayList<>(List.of(binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--enable-logging=stderr", "--v=0",
                "--user-data-dir=" + profile));
        cmd.addAll(List.of(args));
        Process proc = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!proc.waitFor(BROWSER_SECONDS, TimeUnit.SECONDS)) {
                proc.destroyForcibly();
                throw new AssertionError("Chromium did not finish within " + BROWSER_SECONDS + " s: " + cmd);
            }
            return new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            deleteTree(profile);
        }
    }

    /** Lines of Chromium's log that report a console message or an uncaught error of the page. */
    private static List<String> consoleLines(String stderr) {
        return stderr.lines().filter(l -> l.contains(":CONSOLE") || l.contains("CONSOLE(") || l.contains("Uncaught")).toList();
    }

    private static String findChromium() {
        String configured = System.getenv("CHROMIUM");
        if (configured != null && new File(configured).canExecute()) {
            return configured;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
                File f = new File(dir, name);
                if (f.canExecute()) {
                    return f.getPath();
                }
            }
        }
        return null;
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (java.io.UncheckedIOException e) {
            // a file Chromium still held: left in the temporary directory
        }
    }
}
