package dev.proofscheck.mutate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.TestSupport;
import dev.proofscheck.check.ClaimChecker;
import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.check.Status;
import dev.proofscheck.check.Verdict;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.numeric.Deadline;
import dev.proofscheck.numeric.EvaluationException;
import dev.proofscheck.numeric.NoValueAnywhere;
import dev.proofscheck.numeric.NoValueTally;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stillborn mutants (no value at any point) are counted apart only when the checker recorded no value at
 * every point it tried (a fact on its verdict, not words in its evidence) AND the independent route finds
 * none at its own points; an overflow, a value somewhere, or an undecided point is not enough.
 */
class StillbornTest {
    private static final String FILE = """
            id: sb
            title: "t"
            source:
              seed: s.txt
              locator: "here"
            variables:
              a: positive
              z: real
            claims:
              - id: he0
                kind: identity
                lhs: HermiteHe[0, a] + a
                rhs: 1 + a
              - id: mc
                kind: simulation
                model: gaussian-expectation
                statistic: mean
                of: z^2
                var: z
                predicts: 1
                sizes: [250, 1000]
            """;

    @TempDir
    Path dir;

    private static ClaimResult result(Status status, String evidence, NoValueAnywhere fact) {
        return new ClaimResult("f.yaml", 1, "sb", "c", "identity", null, false,
                new Verdict(status, "numeric", evidence, Map.of(), fact), 1, 0);
    }

    /** The checker's result on one claim (written under {@code claims:}) over the variables a and z. */
    private static ClaimResult check(String claim) {
        Derivation d = TestSupport.derivation(FILE.substring(0, FILE.indexOf("claims:")) + "claims:\n" + claim);
        return new ClaimChecker(TestSupport.prover(), 1, 30).check(d, d.claims().get(0));
    }

    /**
     * The checker records "no value at every point tried" as it checks, for every kind that had its evidence
     * parsed before (pointwise, limit, integral, value) and for a limit with parameters, whose evidence names
     * only its first point (before, such a mutant could not be classed stillborn). A pole at one point or at
     * one approach step, an overflow, or values somewhere are not "no value anywhere".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "identity, no value anywhere      | kind: identity, lhs: HermiteHe[-1, a] + a, rhs: 1 + a                          | true",
        "identity, a pole at a = 1 only    | kind: identity, lhs: 1/(a - 1), rhs: 1 + a                                     | false",
        "identity, rhs without a value     | kind: identity, lhs: a, rhs: HermiteHe[-a, a]                                 | true",
        "limit with parameters, none       | kind: limit, expr: HermiteHe[-1, a] + z, var: z, at: 0, equals: a               | true",
        "limit, claimed value without one  | kind: limit, expr: a + z, var: z, at: 0, equals: 1/(a - a)                     | true",
        "limit, a pole at step 1 only      | kind: limit, expr: a/(z - 1/10^4), var: z, at: 0, side: above, equals: -a 10^4  | false",
        "limit, a pole at a later step     | kind: limit, expr: a/(z - 1/10^8), var: z, at: 0, side: above, equals: -a 10^8  | false",
        "limit, none from above only       | kind: limit, expr: Sqrt[z] HermiteHe[2 UnitStep[-z] - 1, a] + 1, var: z, at: 0, equals: 1 | false",
        "limit towards infinity, overflow  | kind: limit, expr: Exp[Exp[z]], var: z, at: Infinity, equals: 1                | false",
        "integral with a parameter, none   | kind: integral, integrand: HermiteHe[-1, z] a, var: z, from: 0, to: 1, equals: a   | true",
        "parameterless integral, none      | kind: integral, integrand: HermiteHe[-1, z], var: z, from: 0, to: 1, equals: 1    | true",
        "a value without a value           | kind: value, expr: Log[0], equals: 1.5                                        | true",
    })
    void theCheckerRecordsNoValueAtEveryPointItTried(String name, String body, boolean stillborn) {
        String claim = "  - id: c\n" + java.util.Arrays.stream(body.split(", (?=[a-z]+: )"))
                .map(kv -> "    " + kv.trim() + "\n").reduce("", String::concat);
        ClaimResult r = check(claim);
        String found = Stillborn.checkerFoundNoValue(r);
        assertEquals(stillborn, found != null, name + ": " + r.status() + " " + r.verdict().evidence() + " / " + found);
        if (stillborn) {
            assertEquals(Status.INCONCLUSIVE, r.status(), r.verdict().evidence());
        }
    }

    @Test
    void onlyTheRecordedFactCountsNotTheWordingOfTheEvidence() {
        String words = "only 0 of 20 points decided; 60 points had no value, e.g. a=0.5 (lhs: HermiteHe needs an order 0..1000, not -1)";
        assertNull(Stillborn.checkerFoundNoValue(result(Status.INCONCLUSIVE, words, null)));
        NoValueAnywhere fact = new NoValueAnywhere(20, "a=0.5: singular (division by zero)");
        assertEquals("no value at any of the 20 points tried, e.g. a=0.5: singular (division by zero)",
                Stillborn.checkerFoundNoValue(result(Status.INCONCLUSIVE, "any wording at all", fact)));
        assertNull(Stillborn.checkerFoundNoValue(result(Status.VERIFIED, "any wording at all", null)));
    }

    @Test
    void anOverflowIsNeverNoValue() {
        assertTrue(new EvaluationException("singular (division by zero)").noValue());
        assertFalse(new EvaluationException("overflow (Exp of a number with real part 1e10)").noValue());
        assertFalse(new EvaluationException("singular (overflow)").noValue());
        NoValueTally tally = new NoValueTally();
        tally.tried();
        tally.noValue("a=1", new EvaluationException("overflow (a power whose |exponent x log base| is 2e9)"));
        assertNull(tally.fact());
    }

    @Test
    void aSimulationWhosePredictionHasNoValueIsStillbornOnTheCheckersSide() {
        String sim = FILE.substring(FILE.indexOf("  - id: mc"));
        ClaimResult none = check(sim.replace("predicts: 1", "predicts: 1/(1 - 1)"));
        assertEquals(Status.ERROR, none.status(), none.verdict().evidence());
        assertNotNull(Stillborn.checkerFoundNoValue(none), none.verdict().evidence());
        ClaimResult complex = check(sim.replace("predicts: 1", "predicts: 1 + 2 I"));
        assertEquals(Status.ERROR, complex.status(), complex.verdict().evidence());
        assertNull(Stillborn.checkerFoundNoValue(complex), complex.verdict().evidence());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no value anywhere          | HermiteHe[-1, a]   | NO_VALUE",
        "a pole at one point only   | 1/(a - 1)          | FAILS",
        "values somewhere           | Log[a - 1]         | FAILS",
        "an overflow everywhere     | Exp[Exp[a + 20]]   | UNDECIDED",
    })
    void theRouteFindsNoValueOnlyWhenNoneOfItsPointsHasOne(String name, String lhs, Truth.Kind expected) {
        Derivation d = TestSupport.derivation(FILE.replace("lhs: HermiteHe[0, a] + a", "lhs: " + lhs));
        Truth t = new IndependentRoute(5, Deadline.in(60)).decide(d, d.claims().get(0));
        assertEquals(expected, t.kind(), name + ": " + t.reason());
    }

    @Test
    void aStillbornMutantIsCountedApartAndListed() throws IOException {
        Path f = dir.resolve("sb.yaml");
        Files.writeString(f, FILE.substring(0, FILE.indexOf("  - id: mc")));
        MutationReport r = new MutationRun(1, 20).run(List.of(f), x -> { });
        System.out.println(r.line() + "\n" + r.stillbornLine() + "\n" + String.join("\n", r.stillborn()));
        assertEquals(r.generated(), r.equivalent() + r.killed() + r.survived() + r.stillborn().size(), r.line());
        assertTrue(r.stillborn().stream().anyMatch(s -> s.contains("0 -> -1") && s.contains("HermiteHe")), r.stillborn().toString());
        assertTrue(r.survivors().isEmpty(), String.join("\n", r.survivors()));
        assertTrue(r.line().matches("mutants: \\d+ generated, \\d+ equivalent, \\d+ killed, \\d+ survived \\(kill rate 100\\.0%\\)"), r.line());
        assertEquals("stillborn: " + r.stillborn().size() + " generated mutants have no value at any point (checker and route agree), "
                + "not counted above", r.stillbornLine());
    }
}
