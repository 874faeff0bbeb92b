package dev.proofscheck.numeric;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A real number held as its sign and the natural log of its magnitude, {@code sign e^log}: how
 * {@link LogMagnitudeEvaluator} carries values far beyond the evaluator's range (e^(10^43) is a log of 43
 * digits). {@code sign} 0 is zero, whose {@code log} is meaningless (held as 0).
 */
public record LogValue(int sign, BigDecimal log) {
    public static final LogValue ZERO = new LogValue(0, BigDecimal.ZERO);
    public static final LogValue ONE = new LogValue(1, BigDecimal.ZERO);

    public LogValue {
        if (sign < -1 || sign > 1) {
            throw new IllegalArgumentException("sign " + sign);
        }
        if (sign == 0) {
            log = BigDecimal.ZERO;
        }
    }

    public boolean isZero() {
        return sign == 0;
    }

    /** log10|x| to 16 digits, for evidence (any size: the log itself may be 10^(4e8)); zero has none. */
    public BigDecimal log10() {
        if (sign == 0) {
            throw new ArithmeticException("log10 of zero");
        }
        return log.divide(LN_10, MathContext.DECIMAL64);
    }

    private static final BigDecimal LN_10 = new BigDecimal("2.30258509299404568401799145468436421");
}
