package dev.proofscheck.numeric.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.expr.ExprParser;
import dev.proofscheck.expr.ExprSyntaxException;
import dev.proofscheck.model.Dim;
import dev.proofscheck.model.MatrixSpec;
import dev.proofscheck.model.MatrixType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The symbolic shape pass: what fits, what it has, and a message naming the mismatch when it does not fit. */
class ShapeCheckerTest {
    private static final Map<String, MatrixSpec> MATRICES = new LinkedHashMap<>();

    static {
        put("A", Dim.named("n"), Dim.named("n"));
        put("B", Dim.named("m"), Dim.named("n"));
        put("C", Dim.named("m"), Dim.named("m"));
        put("v", Dim.named("n"), Dim.of(1));
        put("w", Dim.named("m"), Dim.of(1));
        put("u", Dim.of(1), Dim.of(1));
    }

    private static void put(String name, Dim rows, Dim cols) {
        MATRICES.put(name, new MatrixSpec(name, rows, cols, MatrixType.GENERAL, null));
    }

    private static final ShapeChecker CHECKER = new ShapeChecker(MATRICES, Set.of("m", "n"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A | a n x n matrix",
        "B . A | a m x n matrix",
        "Transpose[B] | a n x m matrix",
        "PseudoInverse[B] | a n x m matrix",
        "Transpose[v] . v | a scalar",
        "t Transpose[v] . Inverse[A] . v + 1 | a scalar",
        "Inverse[A] . v/(1 + t Transpose[v] . Inverse[A] . v) | a n x 1 matrix",
        "A + t v . Transpose[v] - z IdentityMatrix[n] | a n x n matrix",
        "Det[IdentityMatrix[m] + B . Transpose[B]] | a scalar",
        "Tr[MatrixPower[A, -2]] / n | a scalar",
        "Sqrt[Transpose[v] . v] Exp[Tr[A]] | a scalar",
        "u + 1 | a scalar",
        "v . u | a n x 1 matrix",
        "Transpose[w] . B . v | a scalar",
        "IdentityMatrix[3] | a 3 x 3 matrix",
    })
    void shapes(String expr, String shape) throws Exception {
        assertEquals(shape, CHECKER.shape(ExprParser.parse(expr)).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A . B | inner dimensions n and m differ",
        "C . A | inner dimensions m and n differ",
        "A + B | adds a n x n matrix and a m x n matrix",
        "A + 1 | adds a scalar to a n x n matrix",
        "A B | write '.' for the matrix product",
        "A^2 | MatrixPower",
        "Exp[A] | elementwise",
        "Inverse[B] | needs a square matrix",
        "Det[B] | needs a square matrix",
        "Tr[B] | needs a square matrix",
        "IdentityMatrix[k] | size name",
        "IdentityMatrix[1/2] | whole number",
        "MatrixPower[A, 1/2] | whole number",
        "v . v | inner dimensions 1 and n differ",
        "2^A | the exponent must be a scalar",
    })
    void mismatchesAreRefusedWithAMessage(String expr, String phrase) throws ExprSyntaxException {
        ShapeException e = assertThrows(ShapeException.class, () -> CHECKER.shape(ExprParser.parse(expr)));
        assertTrue(e.getMessage().contains(phrase), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "v | Transpose[v] | lhs is a n x 1 matrix, rhs is a 1 x n matrix",
        "Transpose[v] . v | A | lhs is a scalar, rhs is a n x n matrix",
    })
    void sidesMustHaveTheSameShape(String lhs, String rhs, String phrase) throws ExprSyntaxException {
        ShapeException e = assertThrows(ShapeException.class, () -> CHECKER.checkIdentity(ExprParser.parse(lhs), ExprParser.parse(rhs)));
        assertTrue(e.getMessage().contains(phrase), e.getMessage());
    }
}
