package dev.proofscheck.numeric;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The n-point Gauss–Legendre rule on [-1, 1] at a working precision (nodes by Newton's method on P_n
 * from Chebyshev starts), and its composite form over panels between breakpoints.
 */
final class GaussLegendreRule {
    /** A node and its weight. */
    record Node(BigDecimal x, BigDecimal w) {}

    private static final Map<String, List<Node>> CACHE = new ConcurrentHashMap<>();

    private GaussLegendreRule() {}

    static List<Node> on(int n, int precision) {
        return CACHE.computeIfAbsent(n + "/" + precision, k -> compute(n, precision));
    }

    /** The rule on each panel [b_i, b_(i+1)] of the ascending breakpoints (empty panels skipped). */
    static List<Node> composite(List<BigDecimal> breaks, int n, int precision) {
        MathContext mc = new MathContext(precision);
        List<Node> out = new ArrayList<>();
        List<Node> base = on(n, precision);
        for (int i = 0; i + 1 < breaks.size(); i++) {
            BigDecimal a = breaks.get(i);
            BigDecimal b = breaks.get(i + 1);
            if (b.compareTo(a) <= 0) {
                continue;
            }
            BigDecimal half = b.subtract(a, mc).divide(BigDecimal.valueOf(2), mc);
            BigDecimal mid = a.add(half, mc);
            for (Node nd : base) {
                out.add(new Node(mid.add(half.multiply(nd.x(), mc), mc), half.multiply(nd.w(), mc)));
            }
        }
        return out;
    }

    private static List<Node> compute(int n, int precision) {
        MathContext mc = new MathContext(precision + 10);
        BigDecimal tol = Numbers.tenTo(-(precision + 5));
        List<Node> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            BigDecimal x = BigDecimal.valueOf(Math.cos(Math.PI * (i - 0.25) / (n + 0.5)));
            BigDecimal dp = BigDecimal.ONE;
            for (int iter = 0; iter < 100; iter++) {
                BigDecimal[] pd = legendre(n, x, mc);
                dp = pd[1];
                BigDecimal step = pd[0].divide(dp, mc);
                x = x.subtract(step, mc);
                if (step.abs().compareTo(tol) < 0) {
                    dp = legendre(n, x, mc)[1];
                    break;
                }
            }
            BigDecimal w = BigDecimal.valueOf(2).divide(BigDecimal.ONE.subtract(x.multiply(x, mc), mc).multiply(dp.multiply(dp, mc), mc), mc);
            out.add(new Node(x.round(new MathContext(precision)), w.round(new MathContext(precision))));
        }
        return out;
    }

    /** P_n(x) and P_n'(x) by the three-term recurrence. */
    private static BigDecimal[] legendre(int n, BigDecimal x, MathContext mc) {
        BigDecimal p0 = BigDecimal.ONE;
        BigDecimal p1 = x;
        for (int k = 2; k <= n; k++) {
            BigDecimal p2 = BigDecimal.valueOf(2L * k - 1).multiply(x, mc).multiply(p1, mc).subtract(BigDecimal.valueOf(k - 1).multiply(p0, mc), mc)
                    .divide(BigDecimal.valueOf(k), mc);
            p0 = p1;
            p1 = p2;
        }
        BigDecimal d = BigDecimal.valueOf(n).multiply(x.multiply(p1, mc).subtract(p0, mc), mc)
                .divide(x.multiply(x, mc).subtract(BigDecimal.ONE, mc), mc);
        return new BigDecimal[] {p1, d};
    }
}
