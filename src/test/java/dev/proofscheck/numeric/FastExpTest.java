package dev.proofscheck.numeric;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The table-and-squaring exp agrees with big-math's to the working precision, over the range the evaluator gives it. */
class FastExpTest {
    @ParameterizedTest
    @ValueSource(ints = {32, 50, 100, 200, 400})
    void agreesWithTheLibraryToTheLastDigit(int precision) {
        FastExp fast = new FastExp(precision);
        MathContext mc = new MathContext(precision + 20);
        SplittableRandom random = new SplittableRandom(precision);
        for (int i = 0; i < 300; i++) {
            // mostly moderate arguments, some near the evaluator's cut-over (|x| = 1000), some tiny
            double scale = i % 3 == 0 ? 1000 : i % 3 == 1 ? 20 : 1e-8;
            BigDecimal x = new BigDecimal(random.nextDouble(-scale, scale)).add(new BigDecimal(random.nextLong()).movePointLeft(40));
            BigDecimal want = BigDecimalMath.exp(x, mc);
            BigDecimal got = fast.exp(x);
            BigDecimal rel = got.subtract(want).abs().divide(want, MathContext.DECIMAL64);
            assertTrue(rel.compareTo(Numbers.tenTo(-(precision - 1))) < 0, "exp(" + x + ") at " + precision + " digits: relative error " + rel);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {32, 50, 100, 200, 400})
    void cisAgreesWithTheLibrarysCosAndSin(int precision) {
        FastExp fast = new FastExp(precision);
        MathContext mc = new MathContext(precision + 20);
        SplittableRandom random = new SplittableRandom(-precision);
        for (int i = 0; i < 200; i++) {
            double scale = i % 3 == 0 ? 1000 : i % 3 == 1 ? 7 : 1e-8;
            BigDecimal b = new BigDecimal(random.nextDouble(-scale, scale)).add(new BigDecimal(random.nextLong()).movePointLeft(40));
            ch.obermuhlner.math.big.BigComplex got = fast.cis(b);
            // absolute error: |cis| = 1
            BigDecimal errRe = got.re.subtract(BigDecimalMath.cos(b, mc)).abs();
            BigDecimal errIm = got.im.subtract(BigDecimalMath.sin(b, mc)).abs();
            assertTrue(errRe.max(errIm).compareTo(Numbers.tenTo(-(precision - 1))) < 0,
                    "cis(" + b + ") at " + precision + " digits: error " + errRe.max(errIm));
        }
    }
}
