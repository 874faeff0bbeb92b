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

    /** The ends of the reductions: integers and half-integers (where the nearest n ties), 0, and half turns of 2 pi. */
    @ParameterizedTest
    @ValueSource(strings = {"0", "0.5", "-0.5", "1", "-1", "2.5", "-999.5", "1000", "-1000", "1e-60", "-3.14159265358979323846264338327950288"})
    void edgesOfTheReductionsAgreeWithTheLibrary(String text) {
        BigDecimal x = new BigDecimal(text);
        for (int precision : new int[] {50, 100, 200}) {
            FastExp fast = new FastExp(precision);
            MathContext mc = new MathContext(precision + 20);
            BigDecimal want = BigDecimalMath.exp(x, mc);
            BigDecimal rel = fast.exp(x).subtract(want).abs().divide(want, MathContext.DECIMAL64);
            assertTrue(rel.compareTo(Numbers.tenTo(-(precision - 1))) < 0, "exp(" + x + ") at " + precision + " digits: " + rel);
            // b and b + 2 pi k at the same precision: the turn count must not matter
            for (BigDecimal b : new BigDecimal[] {x, x.add(BigDecimalMath.pi(mc).multiply(BigDecimal.valueOf(101)), mc)}) {
                ch.obermuhlner.math.big.BigComplex got = fast.cis(b);
                BigDecimal err = got.re.subtract(BigDecimalMath.cos(b, mc)).abs().max(got.im.subtract(BigDecimalMath.sin(b, mc)).abs());
                assertTrue(err.compareTo(Numbers.tenTo(-(precision - 1))) < 0, "cis(" + b + ") at " + precision + " digits: " + err);
            }
        }
        assertTrue(new FastExp(50).exp(BigDecimal.ZERO).compareTo(BigDecimal.ONE) == 0, "e^0 is exactly 1");
    }
}
