package dev.proofscheck.mutate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.TestSupport;
import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.check.Status;
import dev.proofscheck.check.Verdict;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.numeric.Deadline;
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
 * Stillborn mutants (no value at any point) are counted apart only when the checker's verdict says it had
 * no value at every point it tried AND the independent route finds none at its own points; an overflow,
 * a value somewhere, or a verdict naming only the first of several skipped points is not enough.
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

    private static ClaimResult result(Status status, String evidence) {
        return new ClaimResult("f.yaml", 1, "sb", "c", "identity", null, false,
                new Verdict(status, "numeric", evidence, Map.of()), 1, 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "every point without a value     | INCONCLUSIVE | only 0 of 20 points decided; 60 points had no value, e.g. a=0.5 (lhs: HermiteHe needs an order 0..1000, not -1); the CAS reduced it | true",
        "some points undecided           | INCONCLUSIVE | only 0 of 20 points decided; 50 points had no value, e.g. a=0.5 (lhs: singular (division by zero)); 10 points undecided at the highest precision | false",
        "an overflow                     | INCONCLUSIVE | only 0 of 20 points decided; 60 points had no value, e.g. a=0.5 (lhs: overflow (Exp of a number with real part 1e6)) | false",
        "some points decided             | INCONCLUSIVE | only 3 of 20 points decided; 57 points had no value, e.g. a=0.5 (lhs: singular (division by zero)) | false",
        "parameterless integral          | INCONCLUSIVE | only 0 of 1 parameter points decided; e.g. (no variables) (integrand has no value at x = 1: HermiteHe needs an order 0..1000, not -1) | true",
        "quadrature short of digits      | INCONCLUSIVE | only 0 of 1 parameter points decided; e.g. (no variables) (quadrature reached only 0 digits) | false",
        "only the first of many named    | INCONCLUSIVE | only 0 of 20 parameter points decided; e.g. gamma=1.44 (no value at step 1: singular (division by zero)) | false",
        "a value without value           | INCONCLUSIVE | the expression has no value: singular (Log of 0) | true",
        "an integral at twice precision  | INCONCLUSIVE | the integral has no value at twice the precision: singular (division by zero) | false",
        "verified                        | VERIFIED     | only 0 of 20 points decided; 60 points had no value, e.g. a=0.5 (lhs: singular (division by zero)) | false",
        "an error of a non-simulation    | ERROR        | f.yaml:3:5: singular (division by zero) | false",
    })
    void theCheckerMustSayNoValueAtEveryPointItTried(String name, Status status, String evidence, boolean stillborn) {
        Derivation d = TestSupport.derivation(FILE);
        String found = Stillborn.checkerFoundNoValue(d.claims().get(0), result(status, evidence));
        assertEquals(stillborn, found != null, name + ": " + found);
    }

    @Test
    void theCheckersReasonIsQuotedWithoutTheVerdictsParentheses() {
        Claim c = TestSupport.derivation(FILE).claims().get(0);
        assertEquals("integrand has no value at x = 1: HermiteHe needs an order 0..1000, not -1", Stillborn.checkerFoundNoValue(c,
                result(Status.INCONCLUSIVE, "only 0 of 1 parameter points decided; e.g. (no variables) (integrand has no value at x = 1: "
                        + "HermiteHe needs an order 0..1000, not -1)")));
    }

    @Test
    void aSimulationWhosePredictionHasNoValueIsStillbornOnTheCheckersSide() {
        Claim sim = TestSupport.derivation(FILE).claims().get(1);
        assertNotNull(Stillborn.checkerFoundNoValue(sim, result(Status.ERROR, "/x/f.yaml:145:5: singular (division by zero)")));
        assertNull(Stillborn.checkerFoundNoValue(sim, result(Status.ERROR, "/x/f.yaml:145:5: the prediction is not real: 1 + 2*I")));
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
