package dev.proofscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line end to end: exit codes, the per-claim lines and the closing summary, the JSON
 * report, reproducibility, and usage errors. Eight runs start the CAS; the others stop before it.
 */
class MainTest {
    private static final Pattern SUMMARY = Pattern.compile(
            "\\d+ proved, \\d+ verified, \\d+ supported, \\d+ refuted, \\d+ inconclusive, \\d+ errors \\(\\d+ refuted as expected\\)");

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }

        /** The lines that start a claim's entry (evidence lines beneath them are indented). */
        List<String> claimLines() {
            List<String> l = lines();
            return l.subList(0, l.size() - 1).stream().filter(s -> !s.startsWith(" ")).toList();
        }

        String last() {
            List<String> l = lines();
            return l.isEmpty() ? "" : l.get(l.size() - 1);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        Run r = new Run(code, out.toString(), err.toString());
        for (String s : List.of(r.out, r.err)) {
            assertFalse(s.contains("Exception"), () -> "an exception reached the user:\n" + s);
            assertFalse(s.contains("\tat "), () -> "a stack trace reached the user:\n" + s);
        }
        return r;
    }

    private static String header(String id) {
        return "id: " + id + "\n"
                + "title: \"" + id + "\"\n"
                + "source:\n"
                + "  seed: s.txt\n"
                + "  locator: \"here\"\n"
                + "variables:\n"
                + "  a: real\n"
                + "  b: real\n"
                + "claims:\n";
    }

    private static final String TRUE_SQUARE = """
              - id: square
                index: 003-07-09
                kind: identity
                lhs: (a + b)^2
                rhs: a^2 + 2 a b + b^2
            """;

    private static final String FALSE_SQUARE = """
              - id: freshman
                kind: identity
                lhs: (a + b)^2
                rhs: a^2 + b^2
            """;

    private static String expectRefuted(String claim) {
        return claim.replace("    kind:", "    expect: refuted\n    kind:");
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    @Test
    void aGoodAndAMalformedFile() throws IOException {
        Path corpus = dir.resolve("corpus");
        Path good = write("corpus/good.yaml", header("good") + TRUE_SQUARE);
        Path bad = write("corpus/bad.yaml", header("bad") + """
                  - id: x
                    kind: identity
                     lhs: a
                    rhs: a
                """);
        Run r = run(corpus.toString());
        assertEquals(2, r.code(), r::toString);
        assertEquals("", r.err());
        List<String> claims = r.claimLines();
        assertEquals(2, claims.size(), r.out());
        String error = claims.stream().filter(s -> s.startsWith("ERROR ")).findFirst().orElseThrow(() -> new AssertionError(r.out()));
        assertTrue(error.contains("bad.yaml"), error);
        assertTrue(r.out().contains(bad + ":12:"), () -> "the error names file:line\n" + r.out());
        assertTrue(r.out().contains("malformed YAML"), r.out());
        String proved = claims.stream().filter(s -> s.startsWith("PROVED ")).findFirst().orElseThrow(() -> new AssertionError(r.out()));
        assertTrue(proved.contains("good/square"), proved);
        assertTrue(Files.exists(good));
        assertTrue(SUMMARY.matcher(r.last()).matches(), r.last());
        assertEquals("1 proved, 0 verified, 0 supported, 0 refuted, 0 inconclusive, 1 errors (0 refuted as expected)", r.last());
    }

    @Test
    void aFalseIdentityIsRefutedWithTheCounterexample() throws IOException {
        Path f = write("false.yaml", header("false") + FALSE_SQUARE);
        Run r = run(f.toString());
        assertEquals(1, r.code(), r::toString);
        List<String> claims = r.claimLines();
        assertEquals(1, claims.size(), r.out());
        assertTrue(claims.get(0).startsWith("REFUTED "), r.out());
        assertTrue(claims.get(0).contains("false/freshman") && claims.get(0).contains("(FAILED)"), r.out());
        String evidence = r.lines().get(1);
        assertTrue(evidence.startsWith(" ") && evidence.contains("at a=") && evidence.contains("b="), () -> "evidence names the point: " + r.out());
        assertTrue(evidence.contains("lhs =") && evidence.contains("rhs ="), r.out());
        assertEquals("0 proved, 0 verified, 0 supported, 1 refuted, 0 inconclusive, 0 errors (0 refuted as expected)", r.last());
    }

    @Test
    void anExpectedRefutationPassesOnlyIfRefuted() throws IOException {
        Path refuted = write("expected.yaml", header("expected") + expectRefuted(FALSE_SQUARE));
        Run r = run(refuted.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.claimLines().get(0).startsWith("REFUTED ") && r.claimLines().get(0).contains("(refuted as expected)"), r.out());
        assertEquals("0 proved, 0 verified, 0 supported, 0 refuted, 0 inconclusive, 0 errors (1 refuted as expected)", r.last());

        Path holds = write("holds.yaml", header("holds") + expectRefuted(TRUE_SQUARE));
        Run h = run(holds.toString());
        assertEquals(1, h.code(), h::toString);
        String line = h.claimLines().get(0);
        assertTrue(line.startsWith("PROVED ") && line.contains("FAILED: expected to be refuted"), h.out());
        assertEquals("1 proved, 0 verified, 0 supported, 0 refuted, 0 inconclusive, 0 errors (0 refuted as expected)", h.last());
    }

    @Test
    void jsonReportIsReproducibleAndComplete() throws IOException {
        Path f = write("both.yaml", header("both") + TRUE_SQUARE + expectRefuted(FALSE_SQUARE));
        Path first = dir.resolve("out/first.json");
        Path second = dir.resolve("out/second.json");
        Path other = dir.resolve("out/other.json");

        Run r1 = run("--seed", "7", "--format", "json", "--no-timings", "--output", first.toString(), f.toString());
        Run r2 = run("--seed", "7", "--format", "json", "--no-timings", "--output", second.toString(), f.toString());
        Run r3 = run("--seed", "8", "--format", "json", "--no-timings", "--output", other.toString(), f.toString());
        for (Run r : List.of(r1, r2, r3)) {
            assertEquals(0, r.code(), r::toString);
            assertEquals("1 proved, 0 verified, 0 supported, 0 refuted, 0 inconclusive, 0 errors (1 refuted as expected)", r.last());
        }
        assertEquals(-1, Files.mismatch(first, second), "same seed, byte-identical report");
        assertTrue(Files.exists(other));

        String json = Files.readString(first);
        for (String key : List.of("\"verdict\"", "\"evidence\"", "\"seed\"", "\"kind\"", "\"claim\"", "\"derivation\"", "\"index\"")) {
            assertTrue(json.contains(key), () -> key + " missing:\n" + json);
        }
        assertFalse(json.contains("\"seconds\""), "--no-timings leaves timings out");

        Map<?, ?> root = assertInstanceOf(Map.class, new Json(json).parse());
        assertEquals(7L, root.get("seed"));
        Map<?, ?> summary = (Map<?, ?>) root.get("summary");
        assertEquals(1L, summary.get("proved"));
        assertEquals(1L, summary.get("refuted_as_expected"));
        assertEquals(0L, summary.get("exit_code"));
        List<?> claims = assertInstanceOf(List.class, root.get("claims"));
        assertEquals(2, claims.size());
        Map<?, ?> square = (Map<?, ?>) claims.get(0);
        assertEquals("both", square.get("derivation"));
        assertEquals("square", square.get("claim"));
        assertEquals("identity", square.get("kind"));
        assertEquals("003-07-09", square.get("index"));
        assertEquals("PROVED", square.get("verdict"));
        assertEquals(7L, square.get("seed"));
        assertFalse(square.containsKey("expected"));
        Map<?, ?> freshman = (Map<?, ?>) claims.get(1);
        assertEquals("freshman", freshman.get("claim"));
        assertEquals("refuted", freshman.get("expected"));
        assertEquals("REFUTED", freshman.get("verdict"));
        assertEquals(Boolean.FALSE, freshman.get("failed"));
        assertFalse(freshman.containsKey("index"));
        assertTrue(((String) freshman.get("evidence")).contains("a="), freshman::toString);
        assertTrue(json.contains("\"expected\": \"refuted\""), json);
    }

    @Test
    void junitAndMarkdownReportsForCi() throws Exception {
        Path f = write("ci.yaml", header("ci") + TRUE_SQUARE + FALSE_SQUARE + expectRefuted(FALSE_SQUARE.replace("freshman", "expected")));
        Path xml = dir.resolve("reports/junit.xml");
        Run r = run("--seed", "5", "--format", "junit", "--output", xml.toString(), f.toString());
        assertEquals(1, r.code(), r::toString);
        assertTrue(SUMMARY.matcher(r.last()).matches(), "the summary line still goes to standard output: " + r.out());
        assertEquals("", r.err(), "no progress bytes off a terminal");
        String report = Files.readString(xml);
        dev.proofscheck.report.JunitXmlReportTest.validate(report);
        org.w3c.dom.Document doc = dev.proofscheck.report.JunitXmlReportTest.parse(report);
        assertEquals(1, doc.getElementsByTagName("testsuite").getLength());
        assertEquals(3, doc.getElementsByTagName("testcase").getLength());
        assertEquals(1, doc.getElementsByTagName("failure").getLength(), report);
        org.w3c.dom.Element failed = (org.w3c.dom.Element) doc.getElementsByTagName("failure").item(0).getParentNode();
        assertEquals("ci", failed.getAttribute("classname"));
        assertEquals("freshman", failed.getAttribute("name"));
        String text = failed.getElementsByTagName("failure").item(0).getTextContent();
        assertTrue(text.contains("a=") && text.contains("b="), () -> "the failure carries the counterexample point: " + text);
        assertTrue(report.contains("<property name=\"seed\" value=\"5\"/>"), report);

        Run md = run("--seed", "5", "--format", "markdown", "--no-timings", "--no-progress", f.toString());
        assertEquals(1, md.code(), md::toString);
        assertTrue(md.out().startsWith("### proofs-check: 1 claim failed"), md.out());
        assertTrue(md.out().lines().anyMatch(l -> l.startsWith("| **REFUTED** (FAILED) | ci/freshman | ") && l.contains("a=")), md.out());
        assertTrue(md.out().contains("| REFUTED (as expected) | ci/expected | "), md.out());
    }

    @Test
    void badUsageExitsWithTwo() throws IOException {
        Path f = write("unused.yaml", header("unused") + TRUE_SQUARE);
        String[][] cases = {
            {"--format", "xml", f.toString()},
            {"--timeout", "abc", f.toString()},
            {"--timeout", "-1", f.toString()},
            {"--frobnicate", f.toString()},
            {"--skip-kinds", "simulations", f.toString()},
        };
        String[] says = {"--format must be text, json, junit or markdown", "'abc'", "--timeout must be", "Unknown option",
            "unknown claim kind 'simulations' (known: "};
        for (int i = 0; i < cases.length; i++) {
            Run r = run(cases[i]);
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.err().startsWith("proofs-check: ") && r.err().contains(says[i]), r.err());
            assertTrue(r.err().contains("--help"), r.err());
            assertEquals("", r.out(), "nothing was checked");
        }
    }

    @Test
    void kindsLeftOutAreCountedNotChecked() throws IOException {
        Path f = write("kinds.yaml", header("kinds") + TRUE_SQUARE + FALSE_SQUARE + """
                  - id: pi-to-ten
                    kind: value
                    expr: Pi
                    equals: "3.141592654"
                    digits: 10
                """);
        for (String[] args : new String[][] {{"--kinds", "value"}, {"--skip-kinds", "identity,simulation"}}) {
            Run r = run(args[0], args[1], f.toString());
            assertEquals(0, r.code(), r::toString);
            assertEquals(1, r.claimLines().size(), r.out());
            assertTrue(r.claimLines().get(0).contains("kinds/pi-to-ten"), r.out());
            assertEquals("0 proved, 1 verified, 0 supported, 0 refuted, 0 inconclusive, 0 errors (0 refuted as expected)", r.last());
            assertTrue(r.err().contains("2 claims not checked (" + (args[0].equals("--kinds") ? "only kinds checked: value"
                    : "kinds not checked: identity, simulation") + ")"), r.err());
        }
    }

    @Test
    void aMissingPathIsAnError() {
        Path missing = dir.resolve("no-such-dir/nothing.yaml");
        Run r = run(missing.toString());
        assertEquals(2, r.code(), r::toString);
        assertEquals(1, r.claimLines().size(), r.out());
        assertTrue(r.claimLines().get(0).startsWith("ERROR "), r.out());
        assertTrue(r.out().contains(missing + ": no such file or directory"), r.out());
        assertEquals("0 proved, 0 verified, 0 supported, 0 refuted, 0 inconclusive, 1 errors (0 refuted as expected)", r.last());
    }

    @Test
    void anUnwritableOutputIsReportedWithoutAStackTrace() throws IOException {
        Path blocker = write("blocker", "a file where a directory is needed");
        Run r = run("--format", "json", "--output", blocker.resolve("report.json").toString(), dir.resolve("missing").toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().startsWith("proofs-check: cannot write ") && r.err().contains("blocker"), r.err());
    }

    @Test
    void helpListsTheExitCodes() {
        Run r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage: proofs-check"), r.out());
        assertTrue(r.out().contains("Exit codes:"), r.out());
        for (String code : List.of("0   every claim proved or verified", "1   a claim failed", "2   bad input", "3   some claims inconclusive")) {
            assertTrue(r.out().contains(code), () -> code + " not listed:\n" + r.out());
        }
        assertEquals("", r.err());
    }

    /** A strict JSON reader (objects, arrays, strings, integers, decimals, booleans, null): fails on anything else. */
    private static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object parse() {
            Object v = value();
            ws();
            if (i != s.length()) {
                throw new AssertionError("trailing text at " + i);
            }
            return v;
        }

        private Object value() {
            ws();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                ws();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                do {
                    ws();
                    String k = string();
                    ws();
                    expect(':');
                    if (m.put(k, value()) != null) {
                        throw new AssertionError("duplicate key " + k);
                    }
                    ws();
                } while (s.charAt(i++) == ',');
                if (s.charAt(i - 1) != '}') {
                    throw new AssertionError("expected '}' at " + (i - 1));
                }
                return m;
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                ws();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                do {
                    l.add(value());
                    ws();
                } while (s.charAt(i++) == ',');
                if (s.charAt(i - 1) != ']') {
                    throw new AssertionError("expected ']' at " + (i - 1));
                }
                return l;
            }
            if (c == '"') {
                return string();
            }
            for (String lit : List.of("true", "false", "null")) {
                if (s.startsWith(lit, i)) {
                    i += lit.length();
                    return lit.equals("null") ? null : Boolean.valueOf(lit);
                }
            }
            var m = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][-+]?\\d+)?").matcher(s).region(i, s.length());
            if (!m.lookingAt()) {
                throw new AssertionError("unexpected '" + c + "' at " + i);
            }
            i = m.end();
            return m.group(2) == null && m.group(3) == null ? (Object) Long.parseLong(m.group()) : (Object) Double.parseDouble(m.group());
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c < 0x20) {
                    throw new AssertionError("raw control character in a string at " + (i - 1));
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case '"', '\\', '/' -> b.append(e);
                        case 'n' -> b.append('\n');
                        case 'r' -> b.append('\r');
                        case 't' -> b.append('\t');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> throw new AssertionError("bad escape at " + (i - 1));
                    }
                } else {
                    b.append(c);
                }
            }
        }

        private void expect(char c) {
            if (s.charAt(i) != c) {
                throw new AssertionError("expected '" + c + "' at " + i + ", found '" + s.charAt(i) + "'");
            }
            i++;
        }

        private void ws() {
            while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
        }
    }
}
