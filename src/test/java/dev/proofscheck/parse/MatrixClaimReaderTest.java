package dev.proofscheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.model.Dim;
import dev.proofscheck.model.MatrixIdentity;
import dev.proofscheck.model.MatrixSpec;
import dev.proofscheck.model.MatrixType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading matrix claims: the parts of a good one, and every input error with its line before any evaluation. */
class MatrixClaimReaderTest {
    private static final String HEADER = """
            id: t
            title: test
            source: {seed: none, locator: none}
            variables:
              x: real
              k: integer [2, 10]
            claims:
              - id: c
                kind: matrix
            """;

    private static ParsedFile read(String body) {
        return new DerivationReader().read(HEADER + body, "f.yaml");
    }

    @Test
    void aGoodClaimHasItsParts() {
        ParsedFile p = read("""
                    matrices:
                      A: {dims: [n, n], type: spd}
                      v: {dims: [n]}
                      B: {dims: [k, n], rank: 2}
                    scalars: {t: positive}
                    sizes: {n: [2, 3], k: 4}
                    draws: 2
                    where: {R: 'Inverse[A]'}
                    lhs: Inverse[A + t v . Transpose[v]] . v
                    rhs: R . v/(1 + t Transpose[v] . R . v)
                """);
        assertEquals(List.of(), p.errors());
        MatrixIdentity m = (MatrixIdentity) p.derivation().claims().get(0).body();
        assertEquals(new MatrixSpec("A", Dim.named("n"), Dim.named("n"), MatrixType.SPD, null), m.matrices().get("A"));
        assertEquals(new MatrixSpec("v", Dim.named("n"), Dim.of(1), MatrixType.VECTOR, null), m.matrices().get("v"));
        assertEquals(Dim.of(2), m.matrices().get("B").rank());
        assertEquals(List.of(2, 3), m.sizes().get("n"));
        assertEquals(List.of(4), m.sizes().get("k"));
        assertEquals(2, m.draws());
        assertEquals("matrix", m.kind());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // Sylvester as the seed states it: A m x m, B n x n
        "square Sylvester | matrices: {A: {dims: [m, m]}, B: {dims: [n, n]}}\\n    sizes: {m: [2], n: [3]}\\n    lhs: Det[IdentityMatrix[m] + A . B]\\n    rhs: Det[IdentityMatrix[n] + B . A] | 12 | dimension mismatch in lhs: A . B multiplies a m x m matrix by a n x n matrix",
        "sides of different shapes | matrices: {v: {dims: [n]}}\\n    sizes: {n: [2]}\\n    lhs: v\\n    rhs: Transpose[v] | 12 | lhs is a n x 1 matrix, rhs is a 1 x n matrix",
        "mismatch in a where | matrices: {A: {dims: [n, n]}, v: {dims: [n]}}\\n    sizes: {n: [2]}\\n    where: {R: 'v . A'}\\n    lhs: A\\n    rhs: A | 12 | dimension mismatch in where R",
        "elementwise product | matrices: {A: {dims: [n, n]}}\\n    sizes: {n: [2]}\\n    lhs: A A\\n    rhs: A | 12 | write '.' for the matrix product",
        "unknown size | matrices: {A: {dims: [n, p]}}\\n    sizes: {n: [2]}\\n    lhs: A\\n    rhs: A | 10 | dimension 'p' is neither",
        "unknown type | matrices: {A: {dims: [n, n], type: hermitian}}\\n    sizes: {n: [2]}\\n    lhs: A\\n    rhs: A | 10 | unknown matrix type 'hermitian' (known: general, vector",
        "non-square spd | matrices: {A: {dims: [n, 2], type: spd}}\\n    sizes: {n: [2]}\\n    lhs: A\\n    rhs: A | 10 | must be square",
        "vector with two columns | matrices: {A: {dims: [n, 2], type: vector}}\\n    sizes: {n: [2]}\\n    lhs: A\\n    rhs: A | 10 | a vector is a column",
        "matrix named like a variable | matrices: {x: {dims: [2, 2]}}\\n    lhs: x\\n    rhs: x | 10 | matrix 'x' is already a variable",
        "matrix named like a built-in | matrices: {Det: {dims: [2, 2]}}\\n    lhs: Det\\n    rhs: Det | 10 | is a built-in",
        "size that is a real variable | matrices: {A: {dims: [x, x]}}\\n    sizes: {x: [2]}\\n    lhs: A\\n    rhs: A | 11 | a size must be an integer variable",
        "size outside its integer domain | matrices: {A: {dims: [k, k]}}\\n    sizes: {k: [1, 3]}\\n    lhs: A\\n    rhs: A | 11 | outside its declared domain",
        "too many size combinations | matrices: {A: {dims: [a, b]}}\\n    sizes: {a: [1, 2, 3, 4, 5, 6, 7], b: [1, 2, 3, 4, 5, 6]}\\n    lhs: A\\n    rhs: A | 11 | more than 36 combinations",
        "size too large | matrices: {A: {dims: [n, n]}}\\n    sizes: {n: [2, 400]}\\n    lhs: A\\n    rhs: A | 11 | between 1 and 40",
        "unknown name | matrices: {A: {dims: [2, 2]}}\\n    lhs: A . B\\n    rhs: A | 11 | unknown symbol 'B'",
        "where uses a later name | matrices: {A: {dims: [2, 2]}}\\n    where: {R: 'S', S: 'A'}\\n    lhs: R\\n    rhs: A | 11 | unknown symbol 'S'",
        "no matrices | lhs: 1\\n    rhs: 1 | 8 | needs 'matrices'",
        "no rhs | matrices: {A: {dims: [2, 2]}}\\n    lhs: A | 8 | needs 'rhs'",
        "typo in a key | matrices: {A: {dims: [2, 2]}}\\n    lhs: A\\n    rsh: A | 12 | unknown key 'rsh'",
        "draws out of range | draws: 50\\n    matrices: {A: {dims: [2, 2]}}\\n    lhs: A\\n    rhs: A | 10 | 'draws' must be between 1 and 10",
    })
    void inputErrorsHaveTheirLine(String name, String body, int line, String phrase) {
        ParsedFile p = read("    " + body.replace("\\n", "\n") + "\n");
        assertEquals(1, p.errors().size(), () -> name + ": " + p.errors());
        InputError e = p.errors().get(0);
        assertEquals(line, e.position().line(), () -> name + ": " + e);
        assertTrue(e.message().contains(phrase), () -> name + ": " + e);
    }

    @Test
    void matrixFunctionsAreOnlyAllowedInMatrixClaims() {
        ParsedFile p = new DerivationReader().read("""
                id: t
                title: test
                source: {seed: none, locator: none}
                variables: {x: real}
                claims:
                  - {id: a, kind: identity, lhs: 'Det[x]', rhs: 'x'}
                """, "f.yaml");
        assertEquals(1, p.errors().size());
        assertTrue(p.errors().get(0).message().contains("'Det' is a matrix function: it is only allowed in claims of kind matrix"),
                p.errors().get(0).toString());
    }
}
