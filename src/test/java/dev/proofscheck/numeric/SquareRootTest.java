package dev.proofscheck.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@link Numbers#sqrt} by the integer square root agrees with {@link BigDecimal#sqrt} to within an ulp at every magnitude. */
class SquareRootTest {
    @ParameterizedTest
    @ValueSource(ints = {20, 50, 100, 200, 400})
    void agreesWithTheJdkToTheLastDigit(int precision) {
        MathContext mc = new MathContext(precision);
        MathContext reference = new MathContext(precision + 20);
        SplittableRandom random = new SplittableRandom(precision);
        for (int i = 0; i < 400; i++) {
            // every magnitude from 1e-300 to 1e300, with short and long mantissas
            BigDecimal x = new BigDecimal(random.nextLong(1, Long.MAX_VALUE)).movePointLeft(random.nextInt(-300, 300));
            if (i % 2 == 0) {
                x = x.multiply(new BigDecimal(random.nextDouble()).add(BigDecimal.ONE), reference);
            }
            BigDecimal got = Numbers.sqrt(x, mc);
            BigDecimal want = x.sqrt(reference);
            BigDecimal ulp = want.round(mc).ulp();
            assertTrue(got.subtract(want).abs().compareTo(ulp.multiply(new BigDecimal("0.51"))) <= 0,
                    "sqrt(" + x + ") at " + precision + " digits: " + got + " against " + want);
            assertTrue(got.precision() <= precision, "rounded to the working precision");
        }
    }

    @Test
    void exactSquaresZeroAndNegatives() {
        MathContext mc = new MathContext(50);
        assertEquals(0, Numbers.sqrt(new BigDecimal("4"), mc).compareTo(new BigDecimal(2)));
        assertEquals(0, Numbers.sqrt(new BigDecimal("1E+30"), mc).compareTo(new BigDecimal("1E+15")));
        assertEquals(0, Numbers.sqrt(new BigDecimal("0.0001"), mc).compareTo(new BigDecimal("0.01")));
        assertEquals(0, Numbers.sqrt(BigDecimal.ZERO, mc).signum());
        assertThrows(ArithmeticException.class, () -> Numbers.sqrt(new BigDecimal("-1"), mc));
    }
}
