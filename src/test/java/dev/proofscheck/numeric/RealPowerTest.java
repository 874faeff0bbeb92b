package dev.proofscheck.numeric;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** x^y and ln x on {@link FastExp} agree with big-math's to the working precision over the range the evaluator gives them. */
class RealPowerTest {
    @ParameterizedTest
    @ValueSource(ints = {32, 50, 100, 200})
    void powerAgreesWithTheLibrary(int precision) {
        RealPower power = new RealPower(precision, new FastExp(precision));
        MathContext mc = new MathContext(precision + 20);
        SplittableRandom random = new SplittableRandom(precision);
        for (int i = 0; i < 300; i++) {
            // bases from 1e-40 to 1e40 and next to 1; exponents small, fractional, large
            BigDecimal x = i % 4 == 0
                    ? BigDecimal.ONE.add(new BigDecimal(random.nextDouble(-1e-6, 1e-6)))
                    : new BigDecimal(random.nextDouble(0.1, 10)).movePointLeft(random.nextInt(-40, 40));
            double yScale = i % 3 == 0 ? 0.5 : i % 3 == 1 ? 7 : 20;
            BigDecimal y = new BigDecimal(random.nextDouble(-yScale, yScale)).add(new BigDecimal(random.nextLong()).movePointLeft(40));
            if (Math.abs(y.doubleValue() * Math.log(x.doubleValue())) > 1000) {
                continue;
            }
            BigDecimal want = BigDecimalMath.pow(x, y, mc);
            BigDecimal rel = power.pow(x, y).subtract(want).abs().divide(want, MathContext.DECIMAL64);
            assertTrue(rel.compareTo(Numbers.tenTo(-(precision - 1))) < 0, x + "^" + y + " at " + precision + " digits: relative error " + rel);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2", "0.5", "1.0000000000000000000001", "0.9999999999", "1e-300", "1e300", "2.718281828459045235360287"})
    void logarithmIsAbsolutelyAccurate(String text) {
        BigDecimal x = new BigDecimal(text);
        for (int precision : new int[] {50, 100}) {
            BigDecimal want = BigDecimalMath.log(x, new MathContext(precision + 30));
            BigDecimal got = new RealPower(precision, new FastExp(precision)).halley(x);
            assertTrue(got != null, "the iteration converged for " + x);
            BigDecimal err = got.subtract(want).abs();
            assertTrue(err.compareTo(Numbers.tenTo(-(precision + 5))) < 0, "ln " + x + " at " + precision + " digits: error " + err);
        }
    }
}
