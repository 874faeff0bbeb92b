package dev.proofscheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.model.ClaimBody;
import dev.proofscheck.model.Relation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Reading the fixed-point, inequality, rate and ode kinds: what is accepted, and every input error with its line. */
class SolvedKindsReaderTest {
    private static final String HEADER = """
            id: t
            title: test
            source: {seed: none, locator: none}
            variables:
              lam: positive
              x: real
            claims:
              - id: c
            """;

    private static ParsedFile read(String claimBody) {
        return new DerivationReader().read(HEADER + claimBody.replace("\\n", "\n"), "t.yaml");
    }

    @Test
    void fixedPointWithStartsBranchAndDerivative() {
        ParsedFile p = read("""
                    kind: fixed-point
                    unknowns: {kappa: [1, "1 + lam"]}
                    equations: ["kappa == 1 + lam/kappa"]
                    branch: ["kappa > 0", "kappa < 10 + lam"]
                    unique: true
                    derivatives: {dk: "D[kappa, lam]"}
                    holds: dk <= 1
                """);
        assertEquals(java.util.List.of(), p.errors());
        ClaimBody.FixedPoint b = (ClaimBody.FixedPoint) p.derivation().claims().get(0).body();
        assertEquals(2, b.starts().size());
        assertEquals(2, b.branch().size());
        assertEquals(Relation.Operator.LESS_EQUAL, b.holds().op());
        assertTrue(b.unique());
        assertEquals(java.util.List.of("kappa", "lam"), b.derivatives().get("dk"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "no comparison | `    kind: inequality\\n    holds: x + 1` | must be a relation",
        "== is not an inequality | `    kind: inequality\\n    holds: x == 1` | '==' is not allowed",
        "two comparisons | `    kind: inequality\\n    holds: 0 < x < 1` | only one comparison",
        "syntax error on the right | `    kind: inequality\\n    holds: x <= (1 +` | syntax error",
        "unknown symbol | `    kind: inequality\\n    holds: x <= y` | unknown symbol 'y'",
        "unknown reuses a variable | `    kind: fixed-point\\n    unknowns: {lam: 1}\\n    equations: ['lam == 1']\\n    holds: lam > 0` | already a variable",
        "equations and unknowns differ | `    kind: fixed-point\\n    unknowns: {a: 1, b: 1}\\n    equations: ['a == b']\\n    holds: a > 0` | 1 equations for 2 unknowns",
        "equation that is an inequality | `    kind: fixed-point\\n    unknowns: {a: 1}\\n    equations: ['a <= 1']\\n    holds: a > 0` | '<=' is not allowed",
        "start uses the unknown | `    kind: fixed-point\\n    unknowns: {a: a}\\n    equations: ['a == 1']\\n    holds: a > 0` | unknown symbol 'a'",
        "start lists of different lengths | `    kind: fixed-point\\n    unknowns: {a: [1, 2], b: [1, 2, 3]}\\n    equations: ['a == b', 'b == 1']\\n    holds: a > 0` | same length",
        "derivative by an unknown name | `    kind: fixed-point\\n    unknowns: {a: 1}\\n    equations: ['a == lam']\\n    derivatives: {da: 'D[a, mu]'}\\n    holds: da > 0` | not a declared variable",
        "derivative not of the D form | `    kind: fixed-point\\n    unknowns: {a: 1}\\n    equations: ['a == lam']\\n    derivatives: {da: 'a'}\\n    holds: da > 0` | D[unknown, variable]",
        "unique not boolean | `    kind: fixed-point\\n    unknowns: {a: 1}\\n    equations: ['a == lam']\\n    unique: yes please\\n    holds: a > 0` | true or false",
        "ode without a claim | `    kind: ode\\n    state: {m: -m}` | exactly one of",
        "ode fixed point missing a coordinate | `    kind: ode\\n    state: {m: -m, q: -q}\\n    fixed-point: {m: 0}` | needs a value for state variable 'q'",
        "ode point names a non-state | `    kind: ode\\n    state: {m: -m}\\n    fixed-point: {m: 0, z: 1}` | not a state variable",
        "stable on a drift-at claim | `    kind: ode\\n    state: {m: -m}\\n    drift-at: {m: 0}\\n    equals: {m: 0}\\n    stable: true` | belongs to a 'fixed-point'",
        "drift-at without equals | `    kind: ode\\n    state: {m: -m}\\n    drift-at: {m: 0}` | needs 'equals'",
        "drift uses an unknown name | `    kind: ode\\n    state: {m: -q}\\n    fixed-point: {m: 0}` | unknown symbol 'q'",
        "rate without exponent | `    kind: rate\\n    expr: n^2\\n    var: n` | needs 'exponent'",
        "rate with a bad constant flag | `    kind: rate\\n    expr: n^2\\n    var: n\\n    exponent: 2\\n    constant: maybe` | true or false",
    })
    void inputErrors(String name, String claim, String phrase) {
        ParsedFile p = read(claim);
        assertEquals(1, p.errors().size(), name + ": " + p.errors());
        InputError e = p.errors().get(0);
        assertTrue(e.message().contains(phrase), name + ": " + e.message());
        assertTrue(e.position().line() >= 8, name + ": error on the claim's lines, not " + e.position());
    }
}
