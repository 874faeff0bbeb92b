package dev.proofscheck.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.expr.Rational;
import dev.proofscheck.model.Domain;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SamplerTest {
    private static Map<String, Domain> domains() {
        Map<String, Domain> d = new LinkedHashMap<>();
        d.put("g", Domain.RealInterval.open(Rational.ZERO, Rational.ONE));
        d.put("s", Domain.RealInterval.open(Rational.ZERO, null));
        d.put("n", new Domain.IntegerRange(1, 5));
        d.put("t", new Domain.RealInterval(Rational.of(-2), true, Rational.of(3), true));
        return d;
    }

    @Test
    void sameSeedSamePoints() {
        assertEquals(new Sampler(42).points(domains(), 60), new Sampler(42).points(domains(), 60));
    }

    @Test
    void everyPointLiesInItsDomain() {
        for (Point p : new Sampler(7).points(domains(), 60)) {
            assertTrue(((Domain.RealInterval) domains().get("g")).contains(p.re().get("g")), p.toString());
            assertTrue(((Domain.RealInterval) domains().get("s")).contains(p.re().get("s")), p.toString());
            assertTrue(((Domain.RealInterval) domains().get("t")).contains(p.re().get("t")), p.toString());
            long n = p.re().get("n").num().longValueExact();
            assertTrue(n >= 1 && n <= 5 && p.re().get("n").isInteger(), p.toString());
        }
    }

    @Test
    void theDecidedPointsReachNearEveryEnd() {
        List<Point> first = new Sampler(3).points(domains(), 60).subList(0, Tolerances.SAMPLE_POINTS);
        Rational near = Rational.parseDecimal("0.00001");
        assertTrue(first.stream().anyMatch(p -> p.re().get("g").compareTo(near) < 0), "near g = 0");
        assertTrue(first.stream().anyMatch(p -> p.re().get("g").compareTo(Rational.ONE.subtract(near)) > 0), "near g = 1");
        assertTrue(first.stream().anyMatch(p -> p.re().get("t").equals(Rational.of(-2))), "closed end t = -2");
        assertTrue(first.stream().anyMatch(p -> p.re().get("t").equals(Rational.of(3))), "closed end t = 3");
        assertTrue(first.stream().anyMatch(p -> p.re().get("s").compareTo(Rational.of(100)) > 0), "far out for s");
    }
}
