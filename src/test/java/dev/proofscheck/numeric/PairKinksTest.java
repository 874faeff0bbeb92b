package dev.proofscheck.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.ExprParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Kink lines read off a two-Gaussian integrand: only arguments affine in one of u, v give a line. */
class PairKinksTest {
    private static List<List<String>> kinks(String integrand, Map<String, BigComplex> env) throws Exception {
        List<BigDecimal> uk = new ArrayList<>();
        List<BigDecimal> vk = new ArrayList<>();
        PairKinks.find(ExprParser.parse(integrand), "u", "v", new Evaluator(40, Deadline.none()), env, uk, vk);
        return List.of(uk.stream().map(x -> Numbers.showReal(x, 10)).toList(), vk.stream().map(x -> Numbers.showReal(x, 10)).toList());
    }

    @Test
    void linesFromMaxAbsAndStepsAffineInOneVariable() throws Exception {
        assertEquals(List.of(List.of("1"), List.of("2")), kinks("Max[1, u] Abs[v - 2]", Map.of()));
        assertEquals(List.of(List.of("-1.5"), List.of()), kinks("UnitStep[2 u + 3] v", Map.of()));
        // a parameter in the line: at b = 1/4 the kink of Min[u, b] is u = 1/4
        assertEquals(List.of(List.of("0.25"), List.of()), kinks("Min[u, b]", Map.of("b", BigComplex.valueOf(new BigDecimal("0.25")))));
    }

    @Test
    void noLineWhereTheArgumentMixesBothOrIsNotAffine() throws Exception {
        assertEquals(List.of(List.of(), List.of()), kinks("Max[0, u + v] Abs[u v]", Map.of()));
        assertEquals(List.of(List.of(), List.of()), kinks("Max[0, u^2 - 1]", Map.of()));
        assertEquals(List.of(List.of(), List.of()), kinks("Max[0, 3]", Map.of()));
    }
}
