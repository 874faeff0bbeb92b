package dev.proofscheck.numeric;

import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.MathContext;

/** The standard normal density at a working precision, exactly 0 where it is below every digit kept. */
final class GaussianDensity {
    private final MathContext mc;
    private final BigDecimal normal;
    private final BigDecimal cutoff;
    private final FastExp exp;

    GaussianDensity(Evaluator ev) {
        this.mc = ev.mathContext();
        this.normal = BigDecimalMath.sqrt(ev.pi().multiply(BigDecimal.valueOf(2)), mc);
        this.cutoff = BigDecimal.valueOf(3L * ev.precision());
        this.exp = FastExp.at(ev.precision());
    }

    /** Whether the density is taken as 0 at {@code x} (a kink out there is invisible to the quadrature). */
    boolean beyondCutoff(BigDecimal x) {
        return x.multiply(x, mc).divide(BigDecimal.valueOf(2), mc).compareTo(cutoff) > 0;
    }

    /** exp(-x^2/2)/sqrt(2 pi); 0 where x^2/2 exceeds 3 x precision (the density is below 10^-(1.3 x precision) there). */
    BigDecimal at(BigDecimal x) {
        if (beyondCutoff(x)) {
            return BigDecimal.ZERO;
        }
        BigDecimal halfSquare = x.multiply(x, mc).divide(BigDecimal.valueOf(2), mc);
        return exp.exp(halfSquare.negate()).divide(normal, mc);
    }
}
