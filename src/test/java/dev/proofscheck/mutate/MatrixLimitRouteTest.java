package dev.proofscheck.mutate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.TestSupport;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.numeric.Deadline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mutants of a matrix claim stated as a limit: its side is reversed and its point edited, and the
 * independent route follows the limit too. For A-multiplied resolvents the limit from below equals the
 * one from above (the route shows it: an equivalent mutant); a moved limit point fails.
 */
class MatrixLimitRouteTest {
    private static final String FILE = """
            id: lim
            title: "t"
            source: {seed: s.txt, locator: "here"}
            variables:
              z: positive
            claims:
              - id: ridge
                kind: matrix
                matrices: {A: {dims: [m, n], rank: r}}
                sizes: {m: [2, 5], n: [3, 4], r: [1, 2]}
                limit: {var: d, at: 0, side: above}
                lhs: PseudoInverse[A . Transpose[A]] . A
                rhs: Inverse[A . Transpose[A] + d IdentityMatrix[m]] . A
              - id: bias
                kind: matrix
                matrices: {X: {dims: [p, n]}, b: {dims: [p]}}
                sizes: {p: [5, 8], n: [2, 4]}
                limit: {var: z, at: 0, side: above}
                where: {S: 'X . Transpose[X]/n'}
                lhs: Transpose[b] . (IdentityMatrix[p] - PseudoInverse[S] . S) . b
                rhs: z Transpose[b] . Inverse[S + z IdentityMatrix[p]] . b
            """;

    private final Derivation d = TestSupport.derivation(FILE);

    private Claim claim(String id) {
        return d.claims().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private Truth route(ClaimMutant m, Claim original) {
        return new IndependentRoute(7, Deadline.in(60)).decide(m.derivation(), m.claim(), original);
    }

    private static ClaimMutant find(List<ClaimMutant> ms, String prefix) {
        return ms.stream().filter(m -> m.describe().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no mutant '" + prefix + "' among " + ms.stream().map(ClaimMutant::describe).toList()));
    }

    @Test
    void theRouteFollowsTheLimitAndTheReversedSideIsEquivalentForAMultipliedResolvents() {
        for (String id : List.of("ridge", "bias")) {
            Claim c = claim(id);
            Truth original = new IndependentRoute(7, Deadline.in(60)).decide(d, c, c);
            assertEquals(Truth.Kind.HOLDS, original.kind(), id + ": " + original.reason());
            List<ClaimMutant> ms = ClaimMutations.of(d, c);
            ClaimMutant below = find(ms, "limit side: above -> below");
            assertEquals(Truth.Kind.HOLDS, route(below, c).kind(), id + ": " + route(below, c).reason());
        }
    }

    @Test
    void anEditedPointOrRegulariserIsDecidedInTheLimit() {
        Claim c = claim("ridge");
        List<ClaimMutant> ms = ClaimMutations.of(d, c);
        ClaimMutant point = find(ms, "limit at:");
        assertEquals(Truth.Kind.FAILS, route(point, c).kind(), point.describe() + ": " + route(point, c).reason());
        // the regulariser is no constant any more: no mutant of a tiny number, and the claim's variable is edited as a whole
        assertTrue(ms.stream().noneMatch(m -> m.describe().contains("10^-40")), ms.toString());
    }
}
