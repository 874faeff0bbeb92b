package dev.proofscheck.robust;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.parse.DerivationReader;
import dev.proofscheck.parse.InputError;
import dev.proofscheck.parse.ParsedFile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing the reader with {@value #INPUTS} generated files per run (seeded): malformed YAML (random
 * edits of a valid file), duplicate keys, deeply nested expressions and YAML, huge numbers, unicode and
 * control characters, empty files, alias bombs, cyclic and self-referential definitions. Each must give
 * a derivation or clear errors at file:line:column: never an exception, a stack trace or a hang.
 */
class AdversarialInputProperties {
    private static final long SEED = 6_2026_0601L;
    /** Inputs per run (the issue asks for at least 10,000). */
    private static final int INPUTS = 10_000;
    /** Slowest acceptable single read: files are at most ~100 kB here, and a read is linear in them. */
    private static final Duration PER_INPUT = Duration.ofSeconds(2);
    /** The whole run; measured at about 5-10 s on the 2-core machine. */
    private static final Duration WHOLE_RUN = Duration.ofSeconds(60);

    static final String VALID = """
            id: fuzz
            title: "Fuzz base"
            source:
              seed: s.txt
              locator: "here"
            variables:
              g: positive
              z: (0, 1]
              w: complex (-2, 2) x (0.1, 3)
            definitions:
              lplus: (1 + Sqrt[g])^2
              S[a, b]: (-(1 - a + b) + Sqrt[(1 - a + b)^2 + 4 a b])/(2 a b)
            claims:
              - id: quadratic
                kind: equation
                equation: g z S^2 + (1 - g + z) S - 1 == 0
                where: {S: "S[g, z]"}
              - id: lim
                kind: limit
                expr: z S[g, z]
                var: z
                at: 0
                side: above
                equals: 0
                domain:
                  g: (0, 1)
              - id: mean
                kind: integral
                integrand: x^2
                var: x
                over: gaussian
                equals: 1
              - id: pi
                kind: value
                expr: Pi
                equals: "3.14159"
            """;

    private static final String YAML_CHARS = ":-[]{}'\"\n \t#&*!|>%@`,?\\";

    private final List<Function<SplittableRandom, String>> generators = List.of(
            AdversarialInputProperties::editedYaml,
            AdversarialInputProperties::editedYaml,
            AdversarialInputProperties::editedYaml,
            AdversarialInputProperties::duplicatedLines,
            AdversarialInputProperties::deepExpression,
            AdversarialInputProperties::hugeNumber,
            AdversarialInputProperties::unicodeNoise,
            AdversarialInputProperties::emptyish,
            AdversarialInputProperties::cyclicDefinitions,
            AdversarialInputProperties::yamlBombs,
            AdversarialInputProperties::randomExpression);

    @Test
    void noInputCrashesHangsOrHidesItsError() {
        SplittableRandom random = new SplittableRandom(SEED);
        DerivationReader reader = new DerivationReader();
        List<String> failures = new ArrayList<>();
        long[] slowest = {0};
        long t0 = System.nanoTime();
        assertTimeoutPreemptively(WHOLE_RUN, () -> {
            for (int i = 0; i < INPUTS && failures.size() < 5; i++) {
                String input = generators.get(random.nextInt(generators.size())).apply(random);
                long s = System.nanoTime();
                ParsedFile f;
                try {
                    f = reader.read(input, "fuzz.yaml");
                } catch (Throwable e) {
                    failures.add("input " + i + " threw " + e + ":\n" + abbreviate(input));
                    continue;
                }
                long took = System.nanoTime() - s;
                slowest[0] = Math.max(slowest[0], took);
                if (took > PER_INPUT.toNanos()) {
                    failures.add("input " + i + " took " + took / 1e9 + " s:\n" + abbreviate(input));
                }
                String problem = problem(f);
                if (problem != null) {
                    failures.add("input " + i + ": " + problem + "\n" + abbreviate(input));
                }
            }
        });
        System.out.printf("fuzz: %d inputs in %.1f s, slowest %.3f s%n", INPUTS, (System.nanoTime() - t0) / 1e9, slowest[0] / 1e9);
        assertTrue(failures.isEmpty(), "seed " + SEED + ":\n" + String.join("\n\n", failures));
    }

    /** Null when the result is acceptable: a derivation, or errors that are clear and located. */
    static String problem(ParsedFile f) {
        if (f.derivation() == null && f.errors().isEmpty()) {
            return "no derivation and no error";
        }
        for (InputError e : f.errors()) {
            String m = e.message();
            if (m == null || m.isBlank()) {
                return "an empty error message";
            }
            if (m.contains("Exception") || m.contains("\tat ") || m.contains("org.yaml") || m.contains("dev.proofscheck")) {
                return "an error message shows internals: " + m;
            }
            if (e.position().line() < 1 || e.position().column() < 1) {
                return "an error without a position: " + e;
            }
            if (m.length() > 2000) {
                return "an error message of " + m.length() + " characters: " + m.substring(0, 200);
            }
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() <= 600 ? s : s.substring(0, 600) + "... (" + s.length() + " chars)";
    }

    // ---- generators

    static String editedYaml(SplittableRandom r) {
        StringBuilder sb = new StringBuilder(VALID);
        int edits = 1 + r.nextInt(6);
        for (int k = 0; k < edits; k++) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(4)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, YAML_CHARS.charAt(r.nextInt(YAML_CHARS.length())));
                case 2 -> sb.setCharAt(at, YAML_CHARS.charAt(r.nextInt(YAML_CHARS.length())));
                default -> {
                    int len = Math.min(sb.length() - at, r.nextInt(40));
                    String piece = sb.substring(at, at + len);
                    sb.insert(r.nextInt(sb.length()), piece);
                }
            }
        }
        return sb.toString();
    }

    static String duplicatedLines(SplittableRandom r) {
        List<String> lines = new ArrayList<>(VALID.lines().toList());
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
            int i = r.nextInt(lines.size());
            switch (r.nextInt(3)) {
                case 0 -> lines.add(i, lines.get(i));
                case 1 -> lines.remove(i);
                default -> {
                    int j = r.nextInt(lines.size());
                    String t = lines.get(i);
                    lines.set(i, lines.get(j));
                    lines.set(j, t);
                }
            }
        }
        return String.join("\n", lines);
    }

    private static String withLhs(String lhs) {
        return VALID.replace("equation: g z S^2 + (1 - g + z) S - 1 == 0", "equation: " + lhs + " == 0");
    }

    static String deepExpression(SplittableRandom r) {
        int depth = r.nextInt(4) == 0 ? 1000 + r.nextInt(20_000) : 1 + r.nextInt(300);
        String[] wrap = {"(", "Sqrt[", "Exp[", "-(", "f["};
        String open = wrap[r.nextInt(wrap.length)];
        String close = open.endsWith("[") ? "]" : ")";
        String inner = "g".repeat(1) + (r.nextBoolean() ? "" : " + z");
        String e = open.repeat(depth) + inner + close.repeat(r.nextInt(10) == 0 ? depth - 1 : depth);
        return withLhs("\"" + e + "\"");
    }

    static String hugeNumber(SplittableRandom r) {
        String[] forms = {
            "1" + "0".repeat(r.nextInt(100_000)),
            "1.5*^" + (r.nextBoolean() ? "-" : "") + (1 + r.nextInt(Integer.MAX_VALUE)),
            "0." + "0".repeat(r.nextInt(50_000)) + "1",
            "2^(3^(4^5))",
            "10^10^10",
            "g^" + r.nextLong(),
            "Exp[Exp[Exp[100]]]",
            "9".repeat(1 + r.nextInt(5000)) + "/" + "7".repeat(1 + r.nextInt(5000)),
            "1*^99999999999999999999",
        };
        String n = forms[r.nextInt(forms.length)];
        return switch (r.nextInt(3)) {
            case 0 -> withLhs(n + " g");
            case 1 -> VALID.replace("z: (0, 1]", "z: (0, " + n + "]");
            default -> VALID.replace("equals: \"3.14159\"", "equals: \"" + n + "\"");
        };
    }

    static String unicodeNoise(SplittableRandom r) {
        int[] specials = {0x0, 0x7, 0x1b, 0xfeff, 0x200b, 0x202e, 0xd800, 0xdfff, 0xfffe, 0xffff, 0x1f600, 0x3b3, 0x2212, 0x00a0, 0x2028, 0x85};
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(200);
        for (int i = 0; i < n; i++) {
            int cp = r.nextBoolean() ? specials[r.nextInt(specials.length)] : r.nextInt(0x30000);
            if (Character.isValidCodePoint(cp)) {
                sb.appendCodePoint(cp);
            }
        }
        return switch (r.nextInt(4)) {
            case 0 -> sb.toString();
            case 1 -> withLhs("\"" + sb.toString().replace("\"", "") + "\"");
            case 2 -> VALID.replace("fuzz", sb.toString().replace("\n", ""));
            default -> VALID.replace("g: positive", "\u03b3: positive").replace(" g ", " \u03b3 ") + sb;
        };
    }

    static String emptyish(SplittableRandom r) {
        String[] forms = {"", " ", "\n\n\n", "\ufeff", "---", "--- \n...", "~", "null", "[]", "{}", "- - -", "#", "id:", ":",
            "\t", "a: b", "claims: []", "'", "\"", "[", "{", "&a a", "*a", "!!binary AAAA"};
        return forms[r.nextInt(forms.length)];
    }

    static String cyclicDefinitions(SplittableRandom r) {
        String[] defs = {
            "  a: b\n  b: a\n", "  a: a + 1\n", "  f[x]: g[x]\n  g[x]: f[x]\n", "  f[x]: f[x - 1]\n",
            "  a: b\n  b: c\n  c: a\n", "  S[a, b]: S[b, a]\n", "  lplus: lplus\n", "  g: 1\n", "  Sqrt: 1\n", "  f[x, x]: x\n",
            "  f[Sqrt]: 1\n", "  f[]: 1\n", "  a: f[1]\n  f[x]: x\n",
        };
        String d = defs[r.nextInt(defs.length)];
        return VALID.replace("definitions:\n", "definitions:\n" + d);
    }

    static String yamlBombs(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        switch (r.nextInt(4)) {
            case 0 -> {
                sb.append("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
                for (int i = 1; i < 12; i++) {
                    sb.append("a").append(i).append(": &a").append(i).append(" [");
                    for (int j = 0; j < 9; j++) {
                        sb.append(j > 0 ? ", " : "").append("*a").append(i - 1);
                    }
                    sb.append("]\n");
                }
                return VALID + sb;
            }
            case 1 -> {
                int depth = 10 + r.nextInt(5000);
                return VALID.replace("title: \"Fuzz base\"", "title: " + "[".repeat(depth) + "]".repeat(depth));
            }
            case 2 -> {
                return "&x [*x]\n" + VALID;
            }
            default -> {
                return VALID.replace("id: fuzz", "id: !!java.io.File [\"/tmp/pwned\"]");
            }
        }
    }

    static String randomExpression(SplittableRandom r) {
        String atoms = "gzw0123456789.+-*/^()[],= ISqrtExpLogPiInfinityMaxMin\"'\\{}";
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(60);
        for (int i = 0; i < n; i++) {
            sb.append(atoms.charAt(r.nextInt(atoms.length())));
        }
        String e = sb.toString().replace("\"", "").replace("'", "''");
        return r.nextBoolean() ? withLhs("'" + e + "'") : VALID.replace("expr: Pi", "expr: '" + e + "'");
    }
}
