package dev.proofscheck.export;

import java.util.Map;

/**
 * Java source of the functions {@link Math} lacks, emitted once per exported class when used. Accuracy
 * (measured against the checker's evaluator by the export tests): erf within a few ulps (series with
 * positive terms below 2.5, continued fraction above); Gamma within about 1e-15 relative (Lanczos, g = 7).
 */
final class JavaHelpers {
    private JavaHelpers() {}

    static final Map<String, String> SOURCE = Map.of(
            "erf", """
                private static double erf(double x) {
                    double ax = Math.abs(x);
                    if (ax < 2.5) { // 2/sqrt(pi) e^(-x^2) sum 2^n x^(2n+1)/(2n+1)!!: positive terms, no cancellation
                        double x2 = ax * ax, term = ax, sum = ax;
                        for (int n = 1; n < 400 && term > 1e-18 * sum; n++) {
                            term *= 2 * x2 / (2 * n + 1);
                            sum += term;
                        }
                        return Math.copySign(2 / Math.sqrt(Math.PI) * Math.exp(-x2) * sum, x);
                    }
                    double f = ax; // erfc(x) = e^(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...))))
                    for (int k = 200; k >= 1; k--) {
                        f = ax + (k / 2.0) / f;
                    }
                    return Math.copySign(1 - Math.exp(-ax * ax) / Math.sqrt(Math.PI) / f, x);
                }
            """,
            "gamma", """
                private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
                        771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
                        9.9843695780195716e-6, 1.5056327351493116e-7};

                private static double gamma(double x) {
                    if (x < 0.5) {
                        return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
                    }
                    x -= 1;
                    double a = LANCZOS[0], t = x + 7.5;
                    for (int i = 1; i < 9; i++) {
                        a += LANCZOS[i] / (x + i);
                    }
                    return Math.sqrt(2 * Math.PI) * Math.pow(t, x + 0.5) * Math.exp(-t) * a;
                }
            """,
            "factorial", """
                private static double factorial(double n) {
                    if (n == Math.rint(n) && n >= 0 && n <= 170) {
                        double f = 1;
                        for (int k = 2; k <= n; k++) {
                            f *= k;
                        }
                        return f;
                    }
                    return gamma(n + 1);
                }
            """,
            "hermiteHe", """
                private static double hermiteHe(double n, double x) { // He_{k+1} = x He_k - k He_{k-1}
                    double previous = 1, current = x;
                    if (n == 0) {
                        return 1;
                    }
                    for (int k = 1; k < n; k++) {
                        double next = x * current - k * previous;
                        previous = current;
                        current = next;
                    }
                    return current;
                }
            """,
            "unitStep", """
                private static double unitStep(double x) {
                    return x >= 0 ? 1 : 0;
                }
            """);

    /** Helpers a helper itself calls. */
    static final Map<String, String> NEEDS = Map.of("factorial", "gamma");
}
