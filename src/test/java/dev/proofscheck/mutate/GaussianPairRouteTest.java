package dev.proofscheck.mutate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The independent route on two-Gaussian expectations with known closed forms: the arc-cosine kernel of
 * ReLU (Cho–Saul), E[U V] = rho, E[U^2 V^2] = 1 + 2 rho^2, E|U V| at rho = 0, including correlations close to
 * +-1 where the inner kink lies far out in the tail. A claim changed by far more than 1e-5 must fail.
 */
class GaussianPairRouteTest {
    private static final String RELU_KERNEL = "(Sqrt[1 - r^2] + (Pi - ArcCos[r]) r)/(2 Pi)";

    private static Truth.Kind decide(String body) {
        return RouteFixture.decide("r: (-1, 1)", "kind: gaussian-pair\nvars: [u, v]\n" + body).kind();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "ReLU kernel                 | integrand: Max[0, u] Max[0, v]; correlation: r; split: {u: [0], v: [0]}; equals: " + RELU_KERNEL + " | HOLDS",
        "ReLU kernel, swapped        | integrand: Max[0, v] Max[0, u]; correlation: r; split: {u: [0], v: [0]}; equals: " + RELU_KERNEL + " | HOLDS",
        "ReLU kernel, off by rho/4   | integrand: Max[0, u] Max[0, v]; correlation: r; split: {u: [0], v: [0]}; equals: r/4                | FAILS",
        "ReLU kernel near rho = 1    | integrand: Max[0, u] Max[0, v]; correlation: 999999/1000000; split: {u: [0], v: [0]}; equals: (Sqrt[1 - (999999/1000000)^2] + (Pi - ArcCos[999999/1000000]) 999999/1000000)/(2 Pi) | HOLDS",
        "ReLU kernel near rho = -1   | integrand: Max[0, u] Max[0, v]; correlation: -999999/1000000; split: {u: [0], v: [0]}; equals: (Sqrt[1 - (999999/1000000)^2] + (Pi - ArcCos[-999999/1000000]) (-999999/1000000))/(2 Pi) | HOLDS",
        "covariance                  | integrand: u v; correlation: r; equals: r                                                    | HOLDS",
        "covariance, sign flipped    | integrand: u v; correlation: r; equals: -r                                                   | FAILS",
        "fourth moment               | integrand: u^2 v^2; correlation: r; equals: 1 + 2 r^2                                        | HOLDS",
        "fourth moment, off          | integrand: u^2 v^2; correlation: r; equals: 1 + r^2                                          | FAILS",
        "independent absolute values | integrand: Abs[u] Abs[v]; correlation: 0; split: {u: [0], v: [0]}; equals: 2/Pi            | HOLDS",
    })
    void decidesTwoGaussianExpectations(String name, String body, Truth.Kind expected) {
        assertEquals(expected, decide(body.replace("; ", "\n")), name);
    }
}
