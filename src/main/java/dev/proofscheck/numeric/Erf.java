package dev.proofscheck.numeric;

import ch.obermuhlner.math.big.BigComplex;
import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The error function by its Maclaurin series, erf(z) = 2/sqrt(pi) sum (-1)^n z^(2n+1)/(n!(2n+1)),
 * evaluated with enough extra digits to absorb the series' cancellation (about |z|^2/ln 10 digits).
 */
final class Erf {
    private Erf() {}

    static BigComplex erf(BigComplex z, MathContext target) {
        double mag = Numbers.abs(z).doubleValue();
        if (z.isReal() && mag > 30 + target.getPrecision() / 10.0 * 3) {
            // |erf(x) - sign(x)| < e^(-x^2) is far below the working precision here
            return BigComplex.valueOf(BigDecimal.valueOf(z.re.signum()));
        }
        int extra = (int) Math.ceil(mag * mag / Math.log(10)) + 10;
        MathContext mc = new MathContext(target.getPrecision() + extra);
        BigComplex z2 = z.multiply(z, mc);
        BigComplex term = z;
        BigComplex sum = z;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 5);
        for (int n = 1; n < 100_000; n++) {
            term = term.multiply(z2, mc).negate().divide(new BigDecimal(n), mc);
            BigComplex contribution = term.divide(new BigDecimal(2 * n + 1), mc);
            sum = sum.add(contribution, mc);
            if (Numbers.abs(contribution).compareTo(eps.multiply(Numbers.abs(sum).max(BigDecimal.ONE))) < 0
                    && n > mag * mag) {
                break;
            }
        }
        BigDecimal factor = new BigDecimal(2).divide(BigDecimalMath.sqrt(BigDecimalMath.pi(mc), mc), mc);
        return sum.multiply(factor, mc).round(target);
    }
}
