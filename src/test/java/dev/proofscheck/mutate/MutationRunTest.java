package dev.proofscheck.mutate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.TestSupport;
import dev.proofscheck.model.Derivation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mutate command's engine on a small derivation: every non-equivalent mutant is refuted,
 * equivalent ones (the other root of a quadratic, the reversed side of a two-sided limit) are
 * recognised by the independent route, and the report ends with the counts line.
 */
class MutationRunTest {
    private static final String FILE = """
            id: small
            title: "t"
            source:
              seed: s.txt
              locator: "here"
            variables:
              a: positive
              b: (0, 1)
            definitions:
              root[p, q]: (-p + Sqrt[p^2 + 4 q])/2
            claims:
              - id: square
                kind: identity
                lhs: (a + b)^2
                rhs: a^2 + 2 a b + b^2
              - id: root-solves
                kind: equation
                equation: r^2 + a r - b == 0
                where: {r: "root[a, b]"}
              - id: sinc
                kind: limit
                expr: Sin[x]/x
                var: x
                at: 0
                side: above
                equals: 1
            """;

    @TempDir
    Path dir;

    @Test
    void everyNonEquivalentMutantIsKilledAndEquivalentOnesAreRecognised() throws IOException {
        Path f = dir.resolve("small.yaml");
        Files.writeString(f, FILE.replace("variables:\n", "variables:\n  x: real\n"));
        List<String> progress = new ArrayList<>();
        MutationReport r = new MutationRun(1, 10).run(List.of(f), progress::add);
        System.out.println(String.join("\n", progress) + "\n" + r.line());
        assertTrue(r.skippedClaims().isEmpty(), r.skippedClaims().toString());
        assertTrue(r.survivors().isEmpty(), String.join("\n", r.survivors()));
        assertTrue(r.falseRefutations().isEmpty(), String.join("\n", r.falseRefutations()));
        assertEquals(r.generated(), r.equivalent() + r.killed() + r.survived());
        assertTrue(r.equivalent() >= 2, "the flipped root and the reversed side should be equivalent: " + r.line());
        assertTrue(r.killed() >= 20, r.line());
        assertTrue(r.line().matches("mutants: \\d+ generated, \\d+ equivalent, \\d+ killed, \\d+ survived \\(kill rate 100\\.0%\\)"), r.line());
    }

    private static final String SOLVED = """
            id: solved
            title: "t"
            source:
              seed: s.txt
              locator: "here"
            variables:
              a: (0, 1)
              lam: (0, 2)
            claims:
              - id: am-gm
                kind: inequality
                holds: a (1 - a) <= 1/4
              - id: pitchfork
                kind: ode
                state:
                  m: m (lam - 3 - m^2)
                fixed-point: {m: 0}
                stable: true
              - id: identity
                kind: identity
                lhs: a^2 - 1
                rhs: (a - 1) (a + 1)
            """;

    @Test
    void inequalityAndOdeClaimsAreMutatedAndCountedTheSameOnAnyNumberOfThreads() throws IOException {
        Path f = dir.resolve("solved.yaml");
        Files.writeString(f, SOLVED);
        List<String> one = new ArrayList<>();
        MutationReport r = new MutationRun(1, 10).kinds(java.util.Set.of("inequality", "ode")).run(List.of(f), one::add);
        System.out.println(String.join("\n", one) + "\n" + r.line());
        assertTrue(r.skippedClaims().isEmpty(), r.skippedClaims().toString());
        assertEquals(2, one.size(), "the identity is left out by --kinds: " + one);
        assertTrue(one.get(0).startsWith("solved/am-gm") && one.get(1).startsWith("solved/pitchfork"), one.toString());
        assertEquals(r.generated(), r.equivalent() + r.killed() + r.survived());
        assertTrue(r.killed() >= 10 && r.equivalent() >= 1, r.line());
        assertTrue(r.survivors().isEmpty(), String.join("\n", r.survivors()));
        List<String> two = new ArrayList<>();
        MutationReport r2 = new MutationRun(1, 10).kinds(java.util.Set.of("inequality", "ode")).threads(2).run(List.of(f), two::add);
        assertEquals(one, two);
        assertEquals(r.line(), r2.line());
        MutationReport capped = new MutationRun(1, 10).kinds(java.util.Set.of("inequality")).maxPerClaim(3).run(List.of(f), x -> { });
        assertEquals(3, capped.generated(), capped.line());
    }

    @Test
    void mutantsCoverExpressionsDefinitionsAndTheSide() {
        Derivation d = TestSupport.derivation(FILE.replace("variables:\n", "variables:\n  x: real\n"));
        List<String> fields = ClaimMutations.of(d, d.claims().get(2)).stream().map(ClaimMutant::field).distinct().toList();
        assertTrue(fields.containsAll(List.of("expr", "at", "equals", "side")), fields.toString());
        List<String> rootFields = ClaimMutations.of(d, d.claims().get(1)).stream().map(ClaimMutant::field).distinct().toList();
        assertTrue(rootFields.containsAll(List.of("lhs", "rhs", "where r", "definition root")), rootFields.toString());
        List<ClaimMutant> all = ClaimMutations.of(d, d.claims().get(0));
        assertEquals(all.size(), all.stream().map(m -> m.claim().body()).distinct().count(), "duplicate mutants");
    }

    private static final String ROOTLESS = """
            id: rootless
            title: "t"
            source:
              seed: s.txt
              locator: "here"
            variables:
              a: (0, 20)
            claims:
              - id: shifted
                kind: fixed-point
                unknowns: {x: ["a + 2"]}
                equations:
                  - x == a + 2
                branch: x > 0
                holds: x > 0
            """;

    /**
     * A mutant with a root on the branch at most points (x = a - 2 for a > 2) but none where a < 2: the
     * checker's proof that no root lies on the branch there kills it, provided the route's own solver finds
     * none at that point either; it is neither equivalent nor a false refutation.
     */
    @Test
    void aProofOfNoRootOnTheBranchKillsAMutantTheRouteSampleHolds() throws IOException {
        Path f = dir.resolve("rootless.yaml");
        Files.writeString(f, ROOTLESS);
        MutationReport r = new MutationRun(1, 10).run(List.of(f), x -> { });
        System.out.println(r.line() + "\n" + String.join("\n", r.confirmedCounterexamples()));
        assertTrue(r.falseRefutations().isEmpty(), String.join("\n", r.falseRefutations()));
        assertTrue(r.confirmedCounterexamples().stream().anyMatch(s -> s.contains("proved no root on the branch")),
                String.join("\n", r.confirmedCounterexamples()));
        assertTrue(r.survivors().isEmpty(), String.join("\n", r.survivors()));
    }
}
