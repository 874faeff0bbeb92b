package dev.proofscheck.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExprParserTest {

    private static String roundTrip(String text) throws ExprSyntaxException {
        return ExprPrinter.print(ExprParser.parse(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a + b*c | a + b*c",
        "-x^2 | -x^2",
        "(-x)^2 | (-x)^2",
        "a^b^c | a^(b^c)",
        "2^-2 + 1/3 | 7/12",
        "a/b/c | a/b/c",
        "a - b - c | a - b - c",
        "2 x | 2*x",
        "2x | 2*x",
        "x y z | x*y*z",
        "(a + b)(a - b) | (a + b)*(a - b)",
        "Sqrt[1 - g] | Sqrt[1 - g]",
        "x^-1 | 1/x",
        "S[g, 1/z] | S[g, 1/z]",
        "1 + z S == S/(1 + S/alpha) | 1 + z*S == S/(1 + S/alpha)",
        "0.125 | 1/8",
        "1.5*^-3 | 3/2000",
    })
    void parsesAndPrintsStandardForms(String input, String expected) throws ExprSyntaxException {
        assertEquals(expected, roundTrip(input));
    }

    @Test
    void unaryMinusBindsBelowPower() throws ExprSyntaxException {
        Expr e = ExprParser.parse("-x^2");
        assertEquals(Expr.call("Times", Expr.num(-1), Expr.power(Expr.sym("x"), Expr.num(2))), e);
    }

    @Test
    void powerIsRightAssociative() throws ExprSyntaxException {
        Expr e = ExprParser.parse("a^b^c");
        assertEquals(Expr.power(Expr.sym("a"), Expr.power(Expr.sym("b"), Expr.sym("c"))), e);
    }

    @Test
    void decimalsAreExact() throws ExprSyntaxException {
        Expr e = ExprParser.parse("0.1");
        assertEquals(new Expr.Num(Rational.of(1, 10)), e);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sqrt[x | 7 | ']'",
        "(a + b | 7 | ')'",
        "a + | 4 | ends too early",
        "1e-6 | 2 | scientific notation",
        "x_1 | 2 | '_'",
        "a ** b | 4 | unexpected",
        "γ + 1 | 1 | names are ASCII",
        "f[x]] | 5 | unexpected ']'",
        "1.2.3 | 1 | malformed number",
    })
    void syntaxErrorsCarryColumnAndMessage(String input, int column, String phrase) {
        ExprSyntaxException e = assertThrows(ExprSyntaxException.class, () -> ExprParser.parse(input));
        assertEquals(column, e.column(), "column of: " + e.getMessage());
        assertTrue(e.getMessage().contains(phrase), e.getMessage());
    }

    @Test
    void emptyExpressionIsAnError() {
        assertThrows(ExprSyntaxException.class, () -> ExprParser.parse("   "));
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() {
        String deep = "(".repeat(5000) + "x" + ")".repeat(5000);
        ExprSyntaxException e = assertThrows(ExprSyntaxException.class, () -> ExprParser.parse(deep));
        assertTrue(e.getMessage().contains("nested deeper"), e.getMessage());
    }

    @Test
    void hugeExponentLiteralIsRefused() {
        ExprSyntaxException e = assertThrows(ExprSyntaxException.class, () -> ExprParser.parse("1*^99999999"));
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
    }
}
