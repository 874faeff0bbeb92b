package dev.proofscheck.numeric;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.ExprParser;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over random correlations (half of them within 10^-3 .. 10^-9 of -1 or 1), both frames of
 * {@link GaussianPairQuadrature} match the closed forms (E[UV], arc-cosine kernel, arcsine law,
 * E[U^2 V^2]) to the digits the check requires.
 */
class GaussianPairQuadratureProperties {
    private static final int PRECISION = 32;

    static Stream<Arguments> correlations() {
        SplittableRandom random = new SplittableRandom(20261129);
        return Stream.generate(() -> {
            double rho;
            if (random.nextBoolean()) {
                rho = random.nextDouble(-1, 1);
            } else {
                rho = (random.nextBoolean() ? 1 : -1) * (1 - Math.pow(10, -random.nextInt(3, 10)));
            }
            return Arguments.of(new BigDecimal(rho).round(new MathContext(12)));
        }).limit(12);
    }

    @ParameterizedTest(name = "rho = {0}")
    @MethodSource("correlations")
    void closedForms(BigDecimal rho) throws Exception {
        String r = rho.toPlainString();
        check(rho, "u v", r, List.of());
        check(rho, "Max[0, u] Max[0, v]", "(Sqrt[1 - (" + r + ")^2] + (Pi - ArcCos[" + r + "]) (" + r + "))/(2 Pi)", List.of(BigDecimal.ZERO));
        check(rho, "Sign[u] Sign[v]", "2 ArcSin[" + r + "]/Pi", List.of(BigDecimal.ZERO));
        check(rho, "u^2 v^2", "1 + 2 (" + r + ")^2", List.of());
    }

    private static void check(BigDecimal rho, String integrand, String closedForm, List<BigDecimal> kinks) throws Exception {
        Expr f = ExprParser.parse(integrand);
        BigComplex exact = new Evaluator(2 * PRECISION, Deadline.none()).evaluate(ExprParser.parse(closedForm), Map.of());
        for (boolean first : new boolean[] {true, false}) {
            Map<String, BigComplex> env = new HashMap<>();
            GaussianPairQuadrature.Result q = new GaussianPairQuadrature(PRECISION, Deadline.none())
                    .polar(f, "u", "v", env, rho, kinks, kinks, first);
            BigDecimal gap = Numbers.abs(q.value().subtract(exact));
            BigDecimal scale = Numbers.max(Numbers.abs(exact), q.absIntegral());
            double digits = Comparison.agreedDigits(gap, scale);
            assertTrue(digits >= GaussianPairCheck.REQUIRED_DIGITS, integrand + " at rho = " + rho + (first ? " (first frame)" : " (symmetric)")
                    + ": " + Numbers.show(q.value(), 25) + " vs " + Numbers.show(exact, 25) + ", " + digits + " digits");
        }
    }
}
