package dev.proofscheck.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.ExprParser;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ArcSin and ArcCos on their branch cuts take Symja's values (measured with Symja 3: N[ArcSin[2]] =
 * 1.5708 - 1.31696 I, N[ArcCos[2]] = -1.31696 I, N[ArcCos[-1000]] = 3.14159 - 7.6009 I), so the numeric
 * evaluator and the CAS it cross-checks agree there.
 */
class InverseTrigCutsTest {
    @ParameterizedTest
    @CsvSource({
        "ArcSin[2],      1.5707963267948966, -1.3169578969248166",
        "ArcSin[-1000], -1.5707963267948966,  7.600902209541989",
        "ArcCos[2],      0,                  -1.3169578969248166",
        "ArcCos[-1000],  3.141592653589793,  -7.600902209541989",
        "ArcSin[1/2],    0.5235987755982989,  0",
        "ArcCos[-1],     3.141592653589793,   0"})
    void valuesOnAndOffTheCutsMatchSymja(String expr, double re, double im) throws Exception {
        BigComplex v = new Evaluator(40, Deadline.none()).evaluate(ExprParser.parse(expr), Map.of());
        assertEquals(re, v.re.doubleValue(), 1e-14, expr);
        assertEquals(im, v.im.doubleValue(), 1e-14, expr);
    }
}
