package dev.proofscheck.mutate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The route's uniqueness test is no weaker than the checker's: x == x^2 has the roots 0 and 1 on the
 * branch; averaged iteration x <- (x + x^2)/2 reaches 0 from both starts (1 repels it), plain Newton
 * reaches 1 from 0.9. Regression for nu-fixed-point-002/nu-upper-half-plane, where the route relaxed
 * every start to one root and called a mutant with two roots on the branch true.
 */
class FixedPointRouteTest {
    private static Truth decide(String starts, String unique) {
        return RouteFixture.decide("", """
                kind: fixed-point
                unknowns:
                  x: %s
                equations:
                  - x == x^2
                branch: x > -1/2
                unique: %s
                holds: x < 1/2
                """.formatted(starts, unique));
    }

    @Test
    void twoRootsOnTheBranchFailAClaimOfUniquenessEvenWhenRelaxationFindsOne() {
        Truth t = decide("[\"9/10\", \"1/10\"]", "true");
        assertEquals(Truth.Kind.FAILS, t.kind(), t.reason());
        assertTrue(t.reason().contains("two distinct roots"), t.reason());
    }

    @Test
    void withoutUniquenessTheRelaxedRootDecides() {
        Truth t = decide("[\"9/10\", \"1/10\"]", "false");
        assertEquals(Truth.Kind.HOLDS, t.kind(), t.reason());
    }
}
