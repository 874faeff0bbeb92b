package dev.proofscheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.model.Direction;
import dev.proofscheck.model.MatrixIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading the {@code limit} of a matrix claim: its parts, a file variable as the limit's variable, and the input errors. */
class MatrixLimitReaderTest {
    private static final String HEADER = """
            id: t
            title: test
            source: {seed: none, locator: none}
            variables:
              z: positive
            claims:
              - id: c
                kind: matrix
                matrices: {A: {dims: [n, n], type: spd}}
                sizes: {n: [2]}
            """;

    private static ParsedFile read(String body) {
        return new DerivationReader().read(HEADER + body, "f.yaml");
    }

    @Test
    void aLimitHasItsPartsAndItsVariableIsNotSampled() {
        ParsedFile p = read("""
                    limit: {var: z, at: 0, side: below}
                    lhs: Inverse[A]
                    rhs: Inverse[A + z IdentityMatrix[n]]
                """);
        assertTrue(p.errors().isEmpty(), p.errors().toString());
        MatrixIdentity m = (MatrixIdentity) p.derivation().claims().get(0).body();
        assertEquals("z", m.limit().var());
        assertEquals(Direction.BELOW, m.limit().direction());
        assertTrue(!m.samples("z"), "the limit's variable (a file variable here) is not a sampled parameter");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "point with a variable | limit: {var: d, at: z, side: above} | 11 | must be a finite constant",
        "infinite point | limit: {var: d, at: Infinity} | 11 | must be a finite constant",
        "var named like a matrix | limit: {var: A, at: 0} | 11 | already a name of this claim",
        "no point | limit: {var: d} | 11 | needs 'at'",
        "bad side | limit: {var: d, at: 0, side: left} | 11 | side must be above, below or both",
        "unknown key | limit: {var: d, at: 0, from: above} | 11 | unknown key 'from'",
    })
    void inputErrorsHaveTheirLine(String name, String limit, int line, String phrase) {
        ParsedFile p = read("    " + limit + "\n    lhs: Inverse[A]\n    rhs: Inverse[A + d IdentityMatrix[n]]\n");
        assertEquals(1, p.errors().size(), () -> name + ": " + p.errors());
        InputError e = p.errors().get(0);
        assertEquals(line, e.position().line(), () -> name + ": " + e);
        assertTrue(e.message().contains(phrase), () -> name + ": " + e);
    }
}
