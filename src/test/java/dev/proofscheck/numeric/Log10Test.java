package dev.proofscheck.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Numbers#log10} from the leading bits agrees with a decimal reference at every magnitude and length. */
class Log10Test {
    @ParameterizedTest
    @ValueSource(ints = {1, 17, 50, 100, 400, 2000})
    void agreesWithTheDecimalDigits(int digits) {
        SplittableRandom random = new SplittableRandom(digits);
        MathContext mc = new MathContext(digits);
        for (int i = 0; i < 300; i++) {
            BigDecimal x = new BigDecimal(random.nextDouble()).add(BigDecimal.ONE)
                    .multiply(new BigDecimal(random.nextDouble()).add(BigDecimal.ONE)).round(mc)
                    .movePointLeft(random.nextInt(-100_000, 100_000));
            if (i % 2 == 1) {
                x = x.negate();
            }
            assertEquals(reference(x), Numbers.log10(x), 1e-9, x.toString());
        }
    }

    @Test
    void exactPowersOfTenAndZero() {
        assertEquals(0, Numbers.log10(BigDecimal.ONE), 1e-15);
        assertEquals(-30, Numbers.log10(new BigDecimal("1E-30")), 1e-13);
        assertEquals(70, Numbers.log10(BigDecimal.TEN.pow(70)), 1e-13);
        assertEquals(Double.NEGATIVE_INFINITY, Numbers.log10(BigDecimal.ZERO));
    }

    /** log10 |x| from its decimal digits: the digit count plus the log of the leading 17 (the former method). */
    private static double reference(BigDecimal x) {
        String digits = x.unscaledValue().abs().toString();
        double lead = Double.parseDouble("0." + digits.substring(0, Math.min(17, digits.length())));
        return Math.log10(lead) + digits.length() - x.scale();
    }
}
