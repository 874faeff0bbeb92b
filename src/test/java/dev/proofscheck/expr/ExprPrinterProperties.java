package dev.proofscheck.expr;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.numeric.Deadline;
import dev.proofscheck.numeric.EvaluationException;
import dev.proofscheck.numeric.Evaluator;
import dev.proofscheck.numeric.Numbers;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Printing an expression and parsing it back gives an expression with the same value everywhere. */
class ExprPrinterProperties {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void printThenParsePreservesMeaning(long seed) throws ExprSyntaxException {
        SplittableRandom random = new SplittableRandom(seed);
        RandomExpressions gen = new RandomExpressions(random, new String[] {"x", "y", "g"});
        Evaluator ev = new Evaluator(30, Deadline.none());
        int compared = 0;
        for (int i = 0; i < 200; i++) {
            Expr e = gen.expression(4);
            String printed = ExprPrinter.print(e);
            Expr back = ExprParser.parse(printed);
            Map<String, BigComplex> env = new HashMap<>();
            env.put("x", BigComplex.valueOf(new BigDecimal("0.37")));
            env.put("y", BigComplex.valueOf(new BigDecimal("1.9")));
            env.put("g", BigComplex.valueOf(new BigDecimal("-2.3")));
            BigComplex a;
            try {
                a = ev.evaluate(e, env);
            } catch (EvaluationException ex) {
                continue;
            }
            BigComplex b;
            try {
                b = ev.evaluate(back, env);
            } catch (EvaluationException ex) {
                throw new AssertionError("seed " + seed + ", case " + i + ": original has a value, reparsed not: " + printed);
            }
            BigDecimal diff = Numbers.abs(a.subtract(b));
            BigDecimal scale = Numbers.max(Numbers.abs(a), BigDecimal.ONE);
            assertTrue(Numbers.log10(diff) < Numbers.log10(scale) - 20,
                    "seed " + seed + ", case " + i + ": " + printed + " -> " + Numbers.show(a, 10) + " vs " + Numbers.show(b, 10));
            compared++;
        }
        assertTrue(compared > 100, "too few comparable cases: " + compared);
    }
}
