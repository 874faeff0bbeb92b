package dev.proofscheck.mutate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.proofscheck.numeric.EvaluationException;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/** The route's count of right-half-plane roots from the characteristic polynomial's coefficients. */
class OdeRouteTest {
    private static final MathContext MC = new MathContext(60);

    private static BigDecimal[] poly(String... c) {
        BigDecimal[] out = new BigDecimal[c.length];
        for (int i = 0; i < c.length; i++) {
            out[i] = new BigDecimal(c[i]);
        }
        return out;
    }

    @Test
    void routhCountsTheRootsWithPositiveRealPart() throws EvaluationException {
        assertEquals(0, OdeRoute.rightHalfPlaneRoots(poly("1", "3", "2"), MC));     // (t + 1)(t + 2)
        assertEquals(1, OdeRoute.rightHalfPlaneRoots(poly("1", "1", "-2"), MC));    // (t - 1)(t + 2)
        assertEquals(2, OdeRoute.rightHalfPlaneRoots(poly("1", "-3", "2"), MC));    // (t - 1)(t - 2)
    }

    @Test
    void aZeroTraceWithANegativeConstantTermIsUnstable() throws EvaluationException {
        // t^2 - 1/9: eigenvalues +-1/3; the Routh array has a zero in its first column
        assertEquals(1, OdeRoute.rightHalfPlaneRoots(poly("1", "0", "-0.111111111111111111111111111111111111111"), MC));
    }

    @Test
    void aZeroInTheArrayWithoutANegativeConstantTermStaysUndecided() {
        // t^2 + 1 (a centre, eigenvalues +-i) and t^2 (a double zero): neither stable nor unstable by Routh
        assertThrows(EvaluationException.class, () -> OdeRoute.rightHalfPlaneRoots(poly("1", "0", "1"), MC));
        assertThrows(EvaluationException.class, () -> OdeRoute.rightHalfPlaneRoots(poly("1", "0", "0"), MC));
    }
}
