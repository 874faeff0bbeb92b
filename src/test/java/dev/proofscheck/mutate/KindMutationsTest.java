package dev.proofscheck.mutate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.TestSupport;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.numeric.Deadline;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Mutations of the kinds decided by solvers, on random matrices and by simulation, and the independent
 * route's answer on them: the original holds, a mutant that changes the claim clearly fails, and a
 * mutant that keeps it true (an equivalent one) is recognised as holding.
 */
class KindMutationsTest {
    private static final String FILE = """
            id: kinds
            title: "t"
            source:
              seed: s.txt
              locator: "here"
            variables:
              a: (0, 1)
              n: positive
              lam: (0, 2)
              g: (1, 3)
            claims:
              - id: am-gm
                kind: inequality
                holds: a (1 - a) <= 1/4
              - id: root
                kind: fixed-point
                unknowns: {x: ["1"]}
                equations:
                  - x^2 == a + 1
                branch: x > 0
                holds: x == Sqrt[a + 1]
              - id: rate
                kind: rate
                expr: Sqrt[n] Log[n] + 1
                var: n
                exponent: 1/2
                log-power: 1
                constant: true
              - id: pitchfork
                kind: ode
                state:
                  m: m (lam - 3 - m^2)
                fixed-point: {m: 0}
                stable: true
              - id: transpose-of-product
                kind: matrix
                matrices:
                  A: {dims: [N, N]}
                  B: {dims: [N, N]}
                sizes: {N: [2, 3]}
                lhs: Transpose[A . B]
                rhs: Transpose[B] . Transpose[A]
              - id: double-transpose
                kind: matrix
                matrices:
                  A: {dims: [N, M]}
                sizes: {N: [2], M: [3]}
                lhs: Transpose[Transpose[A]]
                rhs: A
              - id: bias
                kind: simulation
                model: least-squares
                statistic: risk
                parameters: {gamma: g, r: 1, sigma: 1}
                at: {g: 2}
                predicts: (1 - 1/g) + 1/(g - 1)
                sizes: [50, 100]
                trials: 10
            """;

    private final Derivation d = TestSupport.derivation(FILE);

    private Claim claim(String id) {
        return d.claims().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private Truth route(ClaimMutant m, Claim original) {
        return new IndependentRoute(7, Deadline.in(30)).decide(m.derivation(), m.claim(), original);
    }

    private Truth route(Claim c) {
        return new IndependentRoute(7, Deadline.in(30)).decide(d, c, c);
    }

    private static Optional<ClaimMutant> find(List<ClaimMutant> ms, String described) {
        return ms.stream().filter(m -> m.describe().equals(described)).findFirst();
    }

    @Test
    void inequalityOperatorIsReversedAndTheRouteDecidesBothWays() {
        Claim c = claim("am-gm");
        List<ClaimMutant> ms = ClaimMutations.of(d, c);
        assertEquals(Truth.Kind.HOLDS, route(c).kind(), route(c).reason());
        ClaimMutant flipped = find(ms, "operator: <= -> >=").orElseThrow(() -> new AssertionError(ms.toString()));
        assertEquals(Truth.Kind.FAILS, route(flipped, c).kind());
        // 1/4 -> 5/4 keeps the inequality true (an equivalent mutant); 1/4 -> 1/8 breaks it
        List<String> described = ms.stream().map(ClaimMutant::describe).toList();
        ClaimMutant looser = ms.stream().filter(m -> m.describe().startsWith("rhs: constant 1/4 -> 5/4")).findFirst()
                .orElseThrow(() -> new AssertionError(described.toString()));
        assertEquals(Truth.Kind.HOLDS, route(looser, c).kind());
        ClaimMutant halved = ms.stream().filter(m -> m.describe().startsWith("rhs: constant 1/4 -> -3/4")).findFirst()
                .orElseThrow(() -> new AssertionError(described.toString()));
        assertEquals(Truth.Kind.FAILS, route(halved, c).kind());
    }

    @Test
    void fixedPointEquationsAndRelationAreMutatedAndTheSystemResolved() {
        Claim c = claim("root");
        List<ClaimMutant> ms = ClaimMutations.of(d, c);
        List<String> fields = ms.stream().map(ClaimMutant::field).distinct().toList();
        assertTrue(fields.containsAll(List.of("holds rhs", "equation 1 lhs", "equation 1 rhs")), fields.toString());
        assertEquals(Truth.Kind.HOLDS, route(c).kind(), route(c).reason());
        // x^2 == a + 2: the solution moves, and x == Sqrt[a + 1] no longer holds there
        ClaimMutant moved = find(ms, "equation 1 rhs: constant 1 -> 2").orElseThrow(() -> new AssertionError(ms.toString()));
        Truth t = route(moved, c);
        assertEquals(Truth.Kind.FAILS, t.kind(), t.reason());
        assertTrue(t.reason().contains("solved independently"), t.reason());
    }

    @Test
    void rateExponentAndLogPowerAreMutated() {
        Claim c = claim("rate");
        List<ClaimMutant> ms = ClaimMutations.of(d, c);
        assertEquals(Truth.Kind.HOLDS, route(c).kind(), route(c).reason());
        ClaimMutant logOff = find(ms, "log-power: constant 1 -> 2").orElseThrow(() -> new AssertionError(ms.toString()));
        assertEquals(Truth.Kind.FAILS, route(logOff, c).kind());
        ClaimMutant exponentOff = find(ms, "exponent: constant 1/2 -> 3/2").orElseThrow(() -> new AssertionError(ms.toString()));
        assertEquals(Truth.Kind.FAILS, route(exponentOff, c).kind());
        // the + 1 is a lower-order term: dropping it is an equivalent mutant
        ClaimMutant dropped = ms.stream().filter(m -> m.describe().startsWith("expr: drop the term 1")).findFirst().orElseThrow();
        assertEquals(Truth.Kind.HOLDS, route(dropped, c).kind());
    }

    @Test
    void odeStabilityIsNegatedAndDecidedByTheRouthArray() {
        Claim c = claim("pitchfork");
        List<ClaimMutant> ms = ClaimMutations.of(d, c);
        assertEquals(Truth.Kind.HOLDS, route(c).kind(), route(c).reason());
        ClaimMutant unstable = find(ms, "stable: true -> false").orElseThrow(() -> new AssertionError(ms.toString()));
        Truth t = route(unstable, c);
        assertEquals(Truth.Kind.FAILS, t.kind(), t.reason());
        assertTrue(t.reason().contains("Routh"), t.reason());
        ClaimMutant notFixed = ms.stream().filter(m -> m.field().equals("at m")).findFirst().orElseThrow();
        assertEquals(Truth.Kind.FAILS, route(notFixed, c).kind(), notFixed.describe());
    }

    @Test
    void matrixMutantsDropTransposesSwapFactorsAndKeepOnlyWellShapedOnes() {
        Claim c = claim("transpose-of-product");
        List<ClaimMutant> ms = ClaimMutations.of(d, c);
        List<String> described = ms.stream().map(ClaimMutant::describe).toList();
        assertTrue(described.stream().anyMatch(s -> s.startsWith("rhs: factors")), described.toString());
        assertEquals(Truth.Kind.HOLDS, route(c).kind(), route(c).reason());
        for (ClaimMutant m : ms) {
            assertEquals(Truth.Kind.FAILS, route(m, c).kind(), m.describe());
        }
        // a Transpose dropped from a non-square matrix leaves sides of different shapes: not a claim, not generated
        List<String> rect = ClaimMutations.of(d, claim("double-transpose")).stream().map(ClaimMutant::describe).toList();
        assertFalse(rect.stream().anyMatch(s -> s.contains("Transpose dropped")), rect.toString());
    }

    @Test
    void simulationMutantsAreCappedAndJudgedAgainstTheSupportedPrediction() {
        Claim c = claim("bias");
        List<ClaimMutant> ms = ClaimMutations.of(d, c);
        assertEquals(ClaimMutations.SIMULATION_MUTANTS_PER_CLAIM, ms.size(), ms.toString());
        assertTrue(ms.stream().allMatch(m -> m.field().equals("prediction")));
        assertEquals(ms, ClaimMutations.of(d, c), "the choice is fixed");
        for (ClaimMutant m : ms) {
            assertFalse(route(m, c).kind() == Truth.Kind.UNDECIDED, m.describe() + ": " + route(m, c).reason());
        }
        assertEquals(Truth.Kind.UNDECIDED, new IndependentRoute(7, Deadline.in(30)).decide(ms.get(0).derivation(), ms.get(0).claim()).kind(),
                "without the original there is nothing to compare with");
    }
}
