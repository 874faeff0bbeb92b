package dev.proofscheck.mutate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The independent route on integral claims without parameters (their one point is the empty one), on
 * integrals that are 0 by cancellation, on piecewise integrands with kinks or jumps away from any split,
 * on an end singularity, on an empty range and on stated decimals. Each value is known in closed form:
 * a claim as stated must hold, and one changed by far more than the route's 1e-5 threshold must fail.
 */
class IntegralRouteTest {
    private static Truth.Kind decide(String body) {
        return RouteFixture.decide("z: real\nx: real", "kind: integral\n" + body).kind();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        // E[z He_1(z)] = 1 over N(0, 1), a claim without parameters
        "gaussian moment       | integrand: z HermiteHe[1, z]; var: z; over: gaussian; equals: 1              | HOLDS",
        "gaussian moment, off  | integrand: z HermiteHe[1, z]; var: z; over: gaussian; equals: 2              | FAILS",
        // 0 by cancellation: the integral of |f| is the scale, not |0|
        "odd moment is 0       | integrand: z^3 HermiteHe[0, z]; var: z; over: gaussian; equals: 0           | HOLDS",
        "odd moment, off       | integrand: z^3 HermiteHe[0, z]; var: z; over: gaussian; equals: 1/1000      | FAILS",
        // E|Z - 1/3| = 2 phi(1/3) + (1/3)(2 Phi(1/3) - 1): a kink at 1/3, no split given
        "kink away from 0      | integrand: Abs[z - 1/3]; var: z; over: gaussian; equals: 2 Exp[-1/18]/Sqrt[2 Pi] + Erf[1/(3 Sqrt[2])]/3 | HOLDS",
        "kink, off             | integrand: Abs[z - 1/3]; var: z; over: gaussian; equals: 2 Exp[-1/18]/Sqrt[2 Pi] | FAILS",
        // a jump at 1/Pi, no split given
        "jump                  | integrand: UnitStep[x - 1/Pi]; var: x; from: 0; to: 2; equals: 2 - 1/Pi        | HOLDS",
        "jump, off             | integrand: UnitStep[x - 1/Pi]; var: x; from: 0; to: 2; equals: 2               | FAILS",
        "ReLU with its split   | integrand: Max[0, z]^2; var: z; over: gaussian; split: [0]; equals: 1/2  | HOLDS",
        // 1/sqrt(x) at the end of the range
        "end singularity       | integrand: 1/Sqrt[x]; var: x; from: 0; to: 1; equals: 2                     | HOLDS",
        "reversed bounds       | integrand: x; var: x; from: 1; to: 0; equals: -1/2                          | HOLDS",
        "empty range           | integrand: 1/x; var: x; from: 1; to: 1; equals: 0                           | HOLDS",
        "half line             | integrand: 1/(1 + x)^2; var: x; from: 0; to: Infinity; equals: 1          | HOLDS",
        "half line, off        | integrand: 1/(1 + x)^2; var: x; from: 0; to: Infinity; equals: 1/2        | FAILS",
        // stated decimals: the integral (1/3) lies within one unit of the last stated digit
        "stated decimal        | integrand: x^2; var: x; from: 0; to: 1; equals: 0.3333; digits: 4          | HOLDS",
        "stated decimal, off   | integrand: x^2; var: x; from: 0; to: 1; equals: 0.3336; digits: 4          | FAILS",
    })
    void decidesParameterlessIntegrals(String name, String body, Truth.Kind expected) {
        assertEquals(expected, decide(body.replace("; ", "\n")), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // HermiteHe of a non-integer order: no value at any generic point (only at integers z)
        "order and variable swapped | integrand: HermiteHe[z, 1]; var: z; over: gaussian; equals: 0 | NO_VALUE",
        // an overflow is a value beyond our evaluator, never "no value"
        "overflow is not no value   | integrand: Exp[Exp[Exp[x]]]; var: x; from: 10; to: 11; equals: 0 | UNDECIDED",
    })
    void anIntegrandWithoutValueAnywhereIsNoValueButAnOverflowIsNot(String name, String body, Truth.Kind expected) {
        assertEquals(expected, decide(body.replace("; ", "\n")), name);
    }
}
