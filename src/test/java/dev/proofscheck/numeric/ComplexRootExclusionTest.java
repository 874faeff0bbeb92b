package dev.proofscheck.numeric;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.expr.ExprParser;
import dev.proofscheck.expr.Rational;
import dev.proofscheck.model.Relation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The complex exclusion with {@code Exp} and parameters whose values are not real ({@code Log[-1]}, a
 * complex parameter): the two-neuron system with {@code xs^2 = I Pi th^2} has no root with real
 * {@code v, b > 0} and is excluded; the same system shifted by the real {@code -th^2}, which has one, is
 * never excluded, nor is a system whose root sits on a complex parameter's value.
 */
class ComplexRootExclusionTest {
    private static final List<Relation> POSITIVE = List.of(rel("b", Relation.Operator.GREATER, "0"), rel("v", Relation.Operator.GREATER, "0"));

    private static Relation rel(String lhs, Relation.Operator op, String rhs) {
        try {
            return new Relation(ExprParser.parse(lhs), op, ExprParser.parse(rhs));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<Relation> neurons(String shift) {
        String factor = "(1/4) (1 - 1/(1 + Exp[-(v b + " + shift + ")]))";
        return List.of(rel(factor + " b", Relation.Operator.EQUAL, "a v"), rel(factor + " v", Relation.Operator.EQUAL, "a b"));
    }

    private static RootExclusion.Result exclude(List<String> unknowns, List<Relation> eqs, List<Relation> branch, Point p) {
        return new RootExclusion(unknowns, eqs, branch, Deadline.in(60), true).at(p);
    }

    private static Point at(String a, String th) {
        return new Point(Map.of("a", Rational.parseDecimal(a), "th", Rational.parseDecimal(th)), Map.of());
    }

    @Test
    void twoNeuronsWithAnImaginaryShiftHaveNoRealRoot() {
        for (String[] p : new String[][] {{"0.0353", "0.525"}, {"0.001", "0.05"}, {"0.124", "0.99"}}) {
            RootExclusion.Result r = exclude(List.of("v", "b"), neurons("(th Sqrt[Log[-1]])^2"), POSITIVE, at(p[0], p[1]));
            assertTrue(r.proved(), p[0] + ", " + p[1] + ": " + r.why());
            assertTrue(r.summary().contains("Im[v] in [0, 0]") && r.summary().contains("Im[b] in [0, 0]"), r.summary());
        }
    }

    @Test
    void twoNeuronsWithARealShiftThroughLogOfMinusOneKeepTheirRoot() {
        for (String[] p : new String[][] {{"0.0353", "0.525"}, {"0.001", "0.05"}, {"0.124", "0.99"}}) {
            // (th Log[-1])^2/Pi^2 = -th^2: the root v = b = Sqrt[Log[1/(4 a) - 1] + th^2] > 0
            assertFalse(exclude(List.of("v", "b"), neurons("(th Log[-1])^2/Pi^2"), POSITIVE, at(p[0], p[1])).proved(), p[0] + ", " + p[1]);
        }
    }

    @Test
    void aComplexParameterEntersPartByPart() {
        Point z = new Point(Map.of("z", Rational.parseDecimal("0.3")), Map.of("z", Rational.parseDecimal("0.7")));
        List<Relation> y = List.of(rel("y", Relation.Operator.GREATER, "0"));
        assertTrue(exclude(List.of("y"), List.of(rel("Exp[y]", Relation.Operator.EQUAL, "z")), y, z).proved(), "Exp[y] is real, z is not");
        // Exp[y - 1] z == z: the root y = 1
        assertFalse(exclude(List.of("y"), List.of(rel("Exp[y - 1] z", Relation.Operator.EQUAL, "z")), y, z).proved());
        // Im[y] > 0 with the root y = I Pi + Log[2], of Exp[y] == -2: never excluded
        List<Relation> upper = List.of(rel("Im[y]", Relation.Operator.GREATER, "0"), rel("Im[y]", Relation.Operator.LESS, "4"));
        assertFalse(exclude(List.of("y"), List.of(rel("Exp[y]", Relation.Operator.EQUAL, "-2 + 0 z")), upper, z).proved());
    }
}
