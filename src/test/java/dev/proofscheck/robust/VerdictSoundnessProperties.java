package dev.proofscheck.robust;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.TestSupport;
import dev.proofscheck.check.ClaimChecker;
import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.check.Status;
import dev.proofscheck.model.Derivation;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * No false PROVED/VERIFIED and no false REFUTED: random identities whose truth is known by
 * construction (random rational functions and compositions with Sqrt, Log, Exp over random domains)
 * are checked with the real CAS; a false one must never be PROVED or VERIFIED, a true one never
 * REFUTED. True ones come from rewrites valid on the domain (Log[Exp[u]] = u for real u,
 * Sqrt[u^2] = u for u > 0, Exp[a + b] = Exp[a] Exp[b], Log[a b] = Log[a] + Log[b] for a, b > 0,
 * multiplying through by a factor that never vanishes); false ones from rewrites that are wrong
 * somewhere on the domain (a branch taken wrongly: Sqrt[u^2] = u where u changes sign) or from a
 * nonzero change (a coefficient off by a random rational).
 */
class VerdictSoundnessProperties {
    private static final long SEED = 20_260_602L;
    /** Identities per run: each takes 0.1-0.5 s with the CAS; 40 keep the test near 15 s on a loaded 2-core machine. */
    private static final int CASES = 40;
    private static final double TIMEOUT = 5;

    private record Case(String lhs, String rhs, boolean truth, String how) {}

    @Test
    void falseIdentitiesAreNeverProvedAndTrueOnesNeverRefuted() {
        SplittableRandom r = new SplittableRandom(SEED);
        ClaimChecker checker = new ClaimChecker(TestSupport.prover(), SEED, TIMEOUT);
        List<String> wrong = new ArrayList<>();
        int[] counts = new int[Status.values().length * 2];
        for (int i = 0; i < CASES; i++) {
            String lo = String.valueOf(r.nextInt(3));
            String domainX = r.nextBoolean() ? "positive" : "(" + lo + ", " + (Integer.parseInt(lo) + 1 + r.nextInt(5)) + ")";
            Case c = r.nextBoolean() ? trueCase(r) : falseCase(r);
            String yaml = "id: p" + i + "\ntitle: \"t\"\nsource:\n  seed: s.txt\n  locator: \"here\"\nvariables:\n  x: " + domainX
                    + "\n  y: (0, 1)\n  u: real\nclaims:\n  - id: c\n    kind: identity\n    lhs: '" + c.lhs() + "'\n    rhs: '" + c.rhs() + "'\n";
            Derivation d = TestSupport.derivation(yaml);
            ClaimResult res = checker.check(d, d.claims().get(0));
            counts[res.status().ordinal() * 2 + (c.truth() ? 1 : 0)]++;
            boolean bad = c.truth() ? res.status() == Status.REFUTED
                    : res.status() == Status.PROVED || res.status() == Status.VERIFIED;
            if (bad) {
                wrong.add((c.truth() ? "TRUE" : "FALSE") + " identity (" + c.how() + ") on x " + domainX + ": " + c.lhs() + " == " + c.rhs()
                        + " got " + res.status() + ": " + res.verdict().evidence());
            }
        }
        StringBuilder tally = new StringBuilder("soundness property:");
        for (Status s : Status.values()) {
            tally.append(' ').append(s).append(" true/false = ").append(counts[s.ordinal() * 2 + 1]).append('/').append(counts[s.ordinal() * 2]);
        }
        System.out.println(tally);
        assertTrue(wrong.isEmpty(), "seed " + SEED + ":\n" + String.join("\n", wrong));
    }

    // ---- random pieces

    private static String rational(SplittableRandom r) {
        int p = 1 + r.nextInt(9);
        int q = 1 + r.nextInt(5);
        return (r.nextBoolean() ? "-" : "") + (q == 1 ? String.valueOf(p) : p + "/" + q);
    }

    /** A random rational function of x and y with no pole on x > 0, 0 < y < 1. */
    private static String ratfun(SplittableRandom r, int depth) {
        if (depth == 0 || r.nextInt(3) == 0) {
            return switch (r.nextInt(4)) {
                case 0 -> "x";
                case 1 -> "y";
                case 2 -> "(" + rational(r) + ")";
                default -> "(x + " + (1 + r.nextInt(4)) + ")";
            };
        }
        String a = ratfun(r, depth - 1);
        String b = ratfun(r, depth - 1);
        return switch (r.nextInt(4)) {
            case 0 -> "(" + a + " + " + b + ")";
            case 1 -> "(" + a + " " + b + ")";
            case 2 -> "(" + a + ")/(x^2 + y + " + (1 + r.nextInt(3)) + ")";
            default -> "(" + a + ")^" + (2 + r.nextInt(2));
        };
    }

    /** A random positive expression on the domain (for Log and Sqrt arguments). */
    private static String positive(SplittableRandom r) {
        return "(" + switch (r.nextInt(4)) {
            case 0 -> "x^2 + " + (1 + r.nextInt(5));
            case 1 -> "Exp[" + ratfun(r, 1) + "]";
            case 2 -> "1 + y + x";
            default -> "(" + ratfun(r, 1) + ")^2 + " + (1 + r.nextInt(3));
        } + ")";
    }

    private static Case trueCase(SplittableRandom r) {
        String a = ratfun(r, 2);
        String p = positive(r);
        String q = positive(r);
        return switch (r.nextInt(6)) {
            case 0 -> new Case("Log[Exp[" + a + "]]", a, true, "Log[Exp[u]] = u for real u");
            case 1 -> new Case("Sqrt[" + p + "^2]", p, true, "Sqrt[u^2] = u for u > 0");
            case 2 -> new Case("Exp[" + a + " + Log[" + p + "]]", "Exp[" + a + "] " + p, true, "Exp[a + Log[b]] = Exp[a] b");
            case 3 -> new Case("Log[" + p + " " + q + "]", "Log[" + p + "] + Log[" + q + "]", true, "Log[a b] = Log[a] + Log[b], a, b > 0");
            case 4 -> new Case("(" + a + ") " + p + "/" + p, a, true, "a p/p = a for p > 0");
            default -> new Case("Sqrt[" + p + "] Sqrt[" + q + "]", "Sqrt[" + p + " " + q + "]", true, "Sqrt[a] Sqrt[b] = Sqrt[a b], a, b > 0");
        };
    }

    private static Case falseCase(SplittableRandom r) {
        String a = ratfun(r, 2);
        String p = positive(r);
        String k = rational(r);
        return switch (r.nextInt(5)) {
            case 0 -> new Case("Sqrt[(y - 1/2)^2 " + p + "]", "(y - 1/2) Sqrt[" + p + "]", false, "wrong branch: y - 1/2 changes sign");
            case 1 -> new Case("Log[Exp[" + a + "]]", a + " + (" + k + ")/(x^2 + 1)", false, "off by a nonzero rational function");
            case 2 -> new Case("Log[" + p + "^2]", "2 Log[" + p + "] + (" + k + ") y", false, "off by a nonzero multiple of y");
            case 3 -> new Case("Sqrt[" + p + "]^2", p + " (1 + (" + k + ") y^2/1000)", false, "a small relative change");
            default -> new Case("Exp[" + a + "] Exp[y]", "Exp[" + a + " + y + (" + k + ")/10^20]", false, "a change of 1e-20 in the exponent");
        };
    }
}
