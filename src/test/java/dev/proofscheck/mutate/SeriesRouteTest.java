package dev.proofscheck.mutate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The independent route on series claims, defined as {@code (expr - equals)/(x - at)^order -> 0}
 * (docs/derivation-format.md): the terms up to and including x^order must be right, later ones do not
 * matter. Regression for two mutants of hermite-003: a flipped x^4 coefficient of an order-4 series was
 * said to hold, and an added {@code 0 m^6} made a true series "fail" (f -> 1e140): at 160 digits the
 * difference at h = 10^-75 was rounding; the route now works at 160 + order x 75 digits.
 */
class SeriesRouteTest {
    private static Truth.Kind decide(String equals) {
        return RouteFixture.decide("x: real", """
                kind: series
                expr: Exp[x] + ArcTan[x]
                var: x
                at: 0
                order: 4
                equals: %s
                """.formatted(equals)).kind();
    }

    // Exp[x] + ArcTan[x] = 1 + 2 x + x^2/2 + (1/6 - 1/3) x^3 + x^4/24 + O(x^5)
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "as stated                       | 1 + 2 x + x^2/2 - x^3/6 + x^4/24              | HOLDS",
        "a zero term of high degree      | 1 + 2 x + x^2/2 - x^3/6 + x^4/24 + 0 x^6       | HOLDS",
        "a wrong term beyond the order   | 1 + 2 x + x^2/2 - x^3/6 + x^4/24 + 7 x^5       | HOLDS",
        "the x^4 coefficient flipped     | 1 + 2 x + x^2/2 - x^3/6 - x^4/24              | FAILS",
        "the x^4 term dropped            | 1 + 2 x + x^2/2 - x^3/6                       | FAILS",
        "the x^3 coefficient wrong       | 1 + 2 x + x^2/2 + x^3/6 + x^4/24              | FAILS",
    })
    void termsUpToAndIncludingTheOrderCount(String name, String equals, Truth.Kind expected) {
        assertEquals(expected, decide(equals), name);
    }
}
