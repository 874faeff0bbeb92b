package dev.proofscheck.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.ExprParser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A real power past e^(1e5) is an overflow, as Exp is, not seconds of multiplying huge numbers. */
class PowerOverflowTest {
    private static BigComplex eval(String e) throws Exception {
        return new Evaluator(50, Deadline.none()).evaluate(ExprParser.parse(e), Map.of());
    }

    @Test
    void aHugeRealPowerIsAnOverflow() {
        EvaluationException e = assertThrows(EvaluationException.class, () -> eval("113^(10^8 Log[10^8]/112)"));
        assertTrue(e.getMessage().startsWith("overflow"), e.getMessage());
    }

    @Test
    void powersBelowTheBoundAreStillEvaluated() throws Exception {
        assertEquals(Math.pow(2, 0.5), eval("2^(1/3 + 1/6)").re.doubleValue(), 1e-15);
        assertTrue(eval("10^(40000 + 1/3)").re.compareTo(java.math.BigDecimal.TEN.pow(40000)) > 0);
    }
}
