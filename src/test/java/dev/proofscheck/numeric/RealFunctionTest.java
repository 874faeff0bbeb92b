package dev.proofscheck.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.ExprParser;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The double route of {@link RealFunction} ({@link DoubleCompiler}) against the arbitrary-precision evaluator. */
class RealFunctionTest {
    /** Relative agreement of a double evaluation with the 40-digit value: a few ulps times the operations' condition. */
    private static final double RELATIVE = 1e-11;

    @ParameterizedTest
    @ValueSource(strings = {"z^4", "Max[0, z] HermiteHe[2, z]/Sqrt[2]", "Exp[a z - a^2/2]", "Abs[z] HermiteHe[4, z]/Sqrt[Factorial[4]]",
            "Tanh[z] z", "Log[1 + z^2] Sign[z]", "UnitStep[z] Cos[z] + Min[z, a] Sin[z]", "Sqrt[Abs[z]] ArcTan[z]",
            "Sinh[z/3]/Cosh[z/2] + Tan[z/4]", "(z - a)^3 Exp[-Pi z^2] + E^z"})
    void theDoubleRouteAgreesWithTheEvaluator(String text) throws Exception {
        Expr e = ExprParser.parse(text);
        RealFunction f = new RealFunction(e, "z", Map.of("a", 0.75));
        assertTrue(f.compiled(), text + " should compile to doubles");
        Evaluator reference = new Evaluator(40, Deadline.none());
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < 200; i++) {
            double z = 3 * rng.nextGaussian();
            double expected = reference.evaluate(e, Map.of("z", BigComplex.valueOf(z), "a", BigComplex.valueOf(0.75))).re.doubleValue();
            assertEquals(expected, f.applyAsDouble(z), RELATIVE * Math.max(1, Math.abs(expected)), text + " at z = " + z);
        }
    }

    @Test
    void aHeadWithoutADoubleVersionKeepsTheEvaluator() throws Exception {
        RealFunction f = new RealFunction(ExprParser.parse("Gamma[2 + z]"), "z", Map.of());
        assertFalse(f.compiled());
        assertEquals(2, f.applyAsDouble(1), 1e-15); // Gamma(3) = 2
    }

    @Test
    void aValueThatIsNotRealNamesThePoint() throws Exception {
        for (String text : new String[] {"Sqrt[z]", "Gamma[2] Sqrt[z] + Gamma[z + 3]", "1/z"}) {
            RealFunction f = new RealFunction(ExprParser.parse(text), "z", Map.of());
            double at = text.equals("1/z") ? 0 : -1;
            ArithmeticException e = assertThrows(ArithmeticException.class, () -> f.applyAsDouble(at), text);
            assertTrue(e.getMessage().contains("z = " + at), e.getMessage());
        }
    }
}
