package dev.proofscheck.numeric;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.ExprParser;
import dev.proofscheck.expr.Rational;
import dev.proofscheck.model.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Root exclusion proves "no root on the branch" for systems that have none (the corpus's mutants among
 * them), and never for a system with a root on the branch: near its boundary, on it (closed), or in a
 * small region.
 */
class RootExclusionTest {
    private static final String SIG = "1/(1 + Exp[-(v a1)])";

    private static Expr parse(String s) {
        try {
            return ExprParser.parse(s);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Relation rel(String lhs, Relation.Operator op, String rhs) {
        return new Relation(parse(lhs), op, parse(rhs));
    }

    private static RootExclusion.Result exclude(List<String> unknowns, List<Relation> eqs, List<Relation> branch, String alpha) {
        Point p = new Point(Map.of("alpha", Rational.parseDecimal(alpha)), Map.of());
        return new RootExclusion(unknowns, eqs, branch, Deadline.in(20)).at(p);
    }

    /** The corpus's xor stationarity system with {@code sig} for the sigmoid of {@code v a1}. */
    private static List<Relation> xorSystem(String sig) {
        return List.of(rel("(1/4) (1 - " + sig + ") a1", Relation.Operator.EQUAL, "alpha v"),
                rel("(1/4) (1 - " + sig + ") v", Relation.Operator.EQUAL, "alpha a1"));
    }

    private static final List<Relation> A1_POSITIVE = List.of(rel("a1", Relation.Operator.GREATER, "0"));

    @Test
    void xorMutantWithoutRootOnTheBranchIsExcludedBySigns() {
        // 1 - 2 sig(v a1) < 0 for v > 0; (1 - sig) v <= 0 < alpha a1 for v <= 0
        List<Relation> eqs = List.of(rel("(1/4) (1 - 2 " + SIG + ") a1", Relation.Operator.EQUAL, "alpha v"),
                rel("(1/4) (1 - " + SIG + ") v", Relation.Operator.EQUAL, "alpha a1"));
        for (String alpha : List.of("0.0084", "0.06", "0.1249")) {
            RootExclusion.Result r = exclude(List.of("v", "a1"), eqs, A1_POSITIVE, alpha);
            assertTrue(r.proved(), alpha + ": " + r.why());
            assertTrue(r.boxes() > 0 && r.summary().contains(r.boxes() + " boxes"), r.summary());
        }
    }

    @Test
    void constantSigmoidMutantIsExcludedByExactZero() {
        // sig = 1/(1): the residuals are -alpha v and -alpha a1, and a1 > 0 is strict
        List<Relation> eqs = List.of(rel("(1/4) (1 - 1/(1)) a1", Relation.Operator.EQUAL, "alpha v"),
                rel("(1/4) (1 - 1/(1)) v", Relation.Operator.EQUAL, "alpha a1"));
        assertTrue(exclude(List.of("v", "a1"), eqs, A1_POSITIVE, "0.05").proved());
    }

    @Test
    void linearSystemWithItsOnlyRootOnTheBoundaryNeedsTheUniquenessStep() {
        List<Relation> eqs = List.of(rel("(1/8) b", Relation.Operator.EQUAL, "-alpha v"), rel("(1/8) v", Relation.Operator.EQUAL, "-alpha b"));
        RootExclusion.Result r = exclude(List.of("v", "b"), eqs, List.of(rel("b", Relation.Operator.GREATER, "0")), "0.1");
        assertTrue(r.proved(), r.why());
        assertTrue(r.byUniqueness() > 0, r.summary());
        // alpha = 1/8: the Jacobian is singular and the whole line v = -b holds roots with b > 0
        assertFalse(exclude(List.of("v", "b"), eqs, List.of(rel("b", Relation.Operator.GREATER, "0")), "0.125").proved());
    }

    @Test
    void theCorpusSystemWithItsRootOnTheBranchIsNeverExcluded() {
        List<Relation> eqs = List.of(rel("(1/4) (1 - " + SIG + ") a1", Relation.Operator.EQUAL, "alpha v"),
                rel("(1/4) (1 - " + SIG + ") v", Relation.Operator.EQUAL, "alpha a1"));
        for (String alpha : List.of("0.0084", "0.06", "0.1249")) {
            assertFalse(exclude(List.of("v", "a1"), eqs, A1_POSITIVE, alpha).proved(), alpha);
        }
    }

    @Test
    void rootsNearOrOnTheBoundaryOrInATinyRegionAreNeverExcluded() {
        SplittableRandom rnd = new SplittableRandom(11);
        List<Relation> positive = List.of(rel("x", Relation.Operator.GREATER, "0"));
        List<Relation> nonNegative = List.of(rel("x", Relation.Operator.GREATER_EQUAL, "0"));
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            double eps = Math.pow(10, -1 - 14 * rnd.nextDouble());
            cases.add(new java.math.BigDecimal(eps).round(new java.math.MathContext(17)).toPlainString());
        }
        for (String eps : cases) {
            // a root at x = eps > 0, y = -eps: just inside the open boundary
            List<Relation> eqs = List.of(rel("x - " + eps, Relation.Operator.EQUAL, "0"), rel("x + y", Relation.Operator.EQUAL, "0"));
            assertFalse(exclude(List.of("x", "y"), eqs, positive, "0.1").proved(), "root at x = " + eps);
            // a root where x^2 + y^2 = eps^2 meets y = x: a tiny region, curved equations
            List<Relation> circle = List.of(rel("x^2 + y^2", Relation.Operator.EQUAL, eps + "^2"), rel("y", Relation.Operator.EQUAL, "x"));
            assertFalse(exclude(List.of("x", "y"), circle, positive, "0.1").proved(), "circle of radius " + eps);
        }
        // the root (0, 0) on the closed boundary x >= 0: it is on the branch, the uniqueness step must not remove it
        List<Relation> linear = List.of(rel("x + y", Relation.Operator.EQUAL, "0"), rel("x - y", Relation.Operator.EQUAL, "0"));
        assertFalse(exclude(List.of("x", "y"), linear, nonNegative, "0.1").proved());
        assertTrue(exclude(List.of("x", "y"), linear, positive, "0.1").proved(), "with x > 0 the only root is off the branch");
    }

    private static RootExclusion.Result excludeComplex(List<Relation> eqs) {
        Map<String, Rational> params = Map.of("psi1", Rational.parseDecimal("0.0697"), "psi2", Rational.parseDecimal("0.203"),
                "zeta", Rational.parseDecimal("1.5"), "y", Rational.parseDecimal("0.3"));
        List<Relation> branch = List.of(rel("Im[nu1]", Relation.Operator.GREATER, "0"), rel("Im[nu2]", Relation.Operator.GREATER, "0"));
        return new RootExclusion(List.of("nu1", "nu2"), eqs, branch, Deadline.in(60), true).at(new Point(params, Map.of()));
    }

    @Test
    void complexSystemWhoseEquationForcesARealUnknownIsExcluded() {
        // the mutant nu2 == psi2 (...)^0: nu2 is real, never Im[nu2] > 0
        List<Relation> eqs = List.of(rel("nu1", Relation.Operator.EQUAL, "psi1/(-I y - nu2 - zeta^2 nu2/(1 - zeta^2 nu1 nu2))"),
                rel("nu2", Relation.Operator.EQUAL, "psi2 (-I y - nu1 - zeta^2 nu1/(1 - zeta^2 nu1 nu2))^0"));
        RootExclusion.Result r = excludeComplex(eqs);
        assertTrue(r.proved(), r.why());
        assertTrue(r.complex() && r.summary().contains("Im[nu2]"), r.summary());
    }

    @Test
    void theSelfConsistentSystemWithItsRootOnTheBranchIsNeverExcluded() {
        List<Relation> eqs = List.of(rel("nu1", Relation.Operator.EQUAL, "psi1/(-I y - nu2 - zeta^2 nu2/(1 - zeta^2 nu1 nu2))"),
                rel("nu2", Relation.Operator.EQUAL, "psi2/(-I y - nu1 - zeta^2 nu1/(1 - zeta^2 nu1 nu2))"));
        assertFalse(excludeComplex(eqs).proved());
    }

    @Test
    void aSystemWhoseOnlyBalanceAtInfinityIsARatioIsExcludedInRatioCoordinates() {
        // sig = 1/(2 + Exp[-x]) (the corpus mutant 1 -> 2): 1 - sig lies in (1/2, 1), so v = a1 and 1 - sig = 4 alpha < 1/2, no root;
        // at v, a1 >= 10^6 both residuals hold 0 (a1/8 - alpha v, v/8 - alpha a1): only v/a1 < 1 or > 1 excludes the box
        List<Relation> eqs = xorSystem("1/(2 + Exp[-(v a1)])");
        for (String alpha : List.of("0.0084", "0.06", "0.1242")) {
            RootExclusion.Result r = exclude(List.of("v", "a1"), eqs, A1_POSITIVE, alpha);
            assertTrue(r.proved(), alpha + ": " + r.why());
            assertTrue(r.atInfinity().boxes() > 0 && r.summary().contains("ratio coordinates"), r.summary());
        }
    }

    @Test
    void aRootAtLargeScaleIsNeverExcludedInRatioCoordinates() {
        // v = c a1 and Log[a1] = L: the root (c e^L, e^L) lies in the box v, a1 >= 10^6 for L >= 14, at the ratio c
        for (String c : List.of("1", "1/3", "3", "10^4")) {
            for (String logScale : List.of("15", "40", "600")) {
                List<Relation> eqs = List.of(rel("v - " + c + " a1", Relation.Operator.EQUAL, "0"), rel("Log[a1]", Relation.Operator.EQUAL, logScale));
                RootExclusion.Result r = exclude(List.of("v", "a1"), eqs, A1_POSITIVE, "0.1");
                assertFalse(r.proved(), c + ", " + logScale + ": " + r.summary());
            }
        }
        // a polynomial whose root v = 2 a1 = 2 * 10^9 needs the ratio and the scale at once
        List<Relation> poly = List.of(rel("v^2 - 4 a1^2", Relation.Operator.EQUAL, "0"), rel("v - 2 * 10^9", Relation.Operator.EQUAL, "0"));
        assertFalse(exclude(List.of("v", "a1"), poly, A1_POSITIVE, "0.1").proved());
    }

    @Test
    void twoLinesThatMeetOnlyOffTheBranchAreExcludedAtInfinityByTheirRatios() {
        // v = 2 a1 and v = 3 a1 + 1 meet at a1 = -1; at v, a1 >= 10^6 each residual alone holds 0, divided by a1 they are
        // r - 2 and r - 3 - 1/a1, which no ratio r = v/a1 zeroes together
        List<Relation> eqs = List.of(rel("v - 2 a1", Relation.Operator.EQUAL, "0"), rel("v - 3 a1", Relation.Operator.EQUAL, "1"));
        RootExclusion.Result r = exclude(List.of("v", "a1"), eqs, A1_POSITIVE, "0.1");
        assertTrue(r.proved(), r.why());
        assertTrue(r.atInfinity().boxes() > 0, r.summary());
    }

    @Test
    void theBoxesAFailedProofLeavesLieNextToTheRootNoStartReaches() {
        // sig = 1/(-1 + Exp[-x]) (a corpus mutant): the root v = -a1, a1^2 = Log[(2 + 4 alpha)/(1 + 4 alpha)] is on the branch
        List<Relation> eqs = xorSystem("1/(-1 + Exp[-(v a1)])");
        for (String alpha : List.of("0.0084", "0.06", "0.1242")) {
            Point p = new Point(Map.of("alpha", Rational.parseDecimal(alpha)), Map.of());
            RootExclusion exclusion = new RootExclusion(List.of("v", "a1"), eqs, A1_POSITIVE, Deadline.in(20));
            assertFalse(exclusion.at(p).proved());
            double a = Double.parseDouble(alpha);
            double a1 = Math.sqrt(Math.log((2 + 4 * a) / (1 + 4 * a)));
            List<Interval[]> boxes = exclusion.candidates(p);
            assertTrue(!boxes.isEmpty() && boxes.size() <= RootCandidates.MAX_CANDIDATES, boxes.size() + " boxes");
            // small boxes next to the root (they follow the curve v a1 = -a1^2 near it, where the residuals are
            // small too): Newton starts, not enclosures of the root
            for (Interval[] b : boxes) {
                double[] c = RootCandidates.centre(b);
                assertTrue(Math.abs(c[0] + a1) < 0.1 && Math.abs(c[1] - a1) < 0.1 && b[1].hi() - b[1].lo() < 0.05,
                        alpha + ": box " + exclusion.show(b) + " is not next to the root a1 = " + a1);
            }
        }
    }

    @Test
    void givesUpOnFunctionsItCannotBound() {
        List<Relation> eqs = List.of(rel("Erf[x]", Relation.Operator.EQUAL, "2"));
        RootExclusion.Result r = exclude(List.of("x"), eqs, List.of(rel("x", Relation.Operator.GREATER, "0")), "0.1");
        assertFalse(r.proved());
    }
}
