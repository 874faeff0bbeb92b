package dev.proofscheck.numeric;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.obermuhlner.math.big.BigComplex;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ComplexArithmetic}'s products and quotients are within an ulp of the exact result in each part, even
 * where a part cancels (which the library's four rounded products are not), at magnitudes far apart and with
 * real factors.
 */
class ComplexArithmeticTest {
    @ParameterizedTest
    @ValueSource(ints = {20, 50, 100, 200})
    void productsAreRoundedOnce(int precision) {
        MathContext mc = new MathContext(precision);
        SplittableRandom random = new SplittableRandom(precision);
        for (int i = 0; i < 500; i++) {
            BigComplex a = number(random, mc, i);
            BigComplex b = i % 7 == 0 ? conjugateDirection(a, random, mc) : number(random, mc, i + 1);
            BigComplex got = ComplexArithmetic.multiply(a, b, mc);
            BigDecimal re = a.re.multiply(b.re).subtract(a.im.multiply(b.im));
            BigDecimal im = a.re.multiply(b.im).add(a.im.multiply(b.re));
            assertWithinUlp(got.re, re, mc, 0.5, a + " * " + b + " (re)");
            assertWithinUlp(got.im, im, mc, 0.5, a + " * " + b + " (im)");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {20, 50, 100, 200})
    void quotientsAreWithinAnUlp(int precision) {
        MathContext mc = new MathContext(precision);
        MathContext reference = new MathContext(3 * precision);
        SplittableRandom random = new SplittableRandom(1000 + precision);
        for (int i = 0; i < 500; i++) {
            BigComplex a = number(random, mc, i);
            BigComplex b = i % 7 == 0 ? conjugateDirection(a, random, mc) : number(random, mc, i + 1);
            if (b.re.signum() == 0 && b.im.signum() == 0) {
                continue;
            }
            BigComplex got = ComplexArithmetic.divide(a, b, mc);
            // exact numerator and denominator, one division at three times the precision
            BigDecimal norm = b.re.multiply(b.re).add(b.im.multiply(b.im));
            BigDecimal re = a.re.multiply(b.re).add(a.im.multiply(b.im)).divide(norm, reference);
            BigDecimal im = a.im.multiply(b.re).subtract(a.re.multiply(b.im)).divide(norm, reference);
            assertWithinUlp(got.re, re, mc, 0.51, a + " / " + b + " (re)");
            assertWithinUlp(got.im, im, mc, 0.51, a + " / " + b + " (im)");
        }
    }

    /** Every third number is real, every fifth imaginary; parts of magnitudes 1e-40 .. 1e40 with full mantissas. */
    private static BigComplex number(SplittableRandom random, MathContext mc, int i) {
        BigDecimal re = i % 5 == 0 ? BigDecimal.ZERO : part(random, mc);
        BigDecimal im = i % 3 == 0 ? BigDecimal.ZERO : part(random, mc);
        return BigComplex.valueOf(re, im);
    }

    private static BigDecimal part(SplittableRandom random, MathContext mc) {
        BigDecimal mantissa = new BigDecimal(random.nextDouble()).add(BigDecimal.ONE).multiply(new BigDecimal(random.nextDouble()).add(BigDecimal.ONE))
                .add(new BigDecimal(random.nextDouble()).movePointLeft(17)).round(mc);
        BigDecimal x = mantissa.movePointLeft(random.nextInt(-40, 40));
        return random.nextBoolean() ? x : x.negate();
    }

    /** A number nearly along a's direction rotated so that a product's real part cancels to a few digits. */
    private static BigComplex conjugateDirection(BigComplex a, SplittableRandom random, MathContext mc) {
        BigDecimal t = new BigDecimal(random.nextDouble()).add(BigDecimal.ONE, mc);
        BigDecimal nudge = BigDecimal.ONE.add(new BigDecimal(random.nextDouble()).movePointLeft(mc.getPrecision() / 2), mc);
        return BigComplex.valueOf(a.im.multiply(t, mc).multiply(nudge, mc), a.re.multiply(t, mc));
    }

    private static void assertWithinUlp(BigDecimal got, BigDecimal exact, MathContext mc, double ulps, String what) {
        if (exact.signum() == 0) {
            assertTrue(got.signum() == 0, what + ": " + got + " for an exact 0");
            return;
        }
        BigDecimal ulp = exact.round(mc).ulp();
        assertTrue(got.subtract(exact).abs().compareTo(ulp.multiply(BigDecimal.valueOf(ulps))) <= 0,
                what + ": " + got + " against " + exact.round(new MathContext(mc.getPrecision() + 5)));
        assertTrue(got.precision() <= mc.getPrecision(), what + " rounded to the precision");
    }
}
