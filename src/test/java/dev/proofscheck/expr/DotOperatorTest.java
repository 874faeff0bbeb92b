package dev.proofscheck.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The '.' operator: Mathematica's Dot, tighter than '*' and juxtaposition, looser than '^', flat, not folded. */
class DotOperatorTest {

    private static String full(String text) throws ExprSyntaxException {
        return fullForm(ExprParser.parse(text));
    }

    /** FullForm-like printing, so that the tree's structure (not just its infix reading) is compared. */
    private static String fullForm(Expr e) {
        if (e instanceof Expr.Num n) {
            return n.value().toString();
        }
        if (e instanceof Expr.Sym s) {
            return s.name();
        }
        Expr.Call c = (Expr.Call) e;
        StringBuilder sb = new StringBuilder(c.head()).append('[');
        for (int i = 0; i < c.args().size(); i++) {
            sb.append(i > 0 ? "," : "").append(fullForm(c.arg(i)));
        }
        return sb.append(']').toString();
    }

    /** As in Mathematica, "2." is a number: {@code a^2.b} is {@code a^2. b}, and {@code a^2 . b} a Dot. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a . b | Dot[a,b]",
        "a.b.c | Dot[a,b,c]",
        "(a.b).c | Dot[a,b,c]",
        "a.(b.c) | Dot[a,b,c]",
        "t v . w | Times[t,Dot[v,w]]",
        "t*v.w | Times[t,Dot[v,w]]",
        "a.b^2 | Dot[a,Power[b,2]]",
        "a^2 . b | Dot[Power[a,2],b]",
        "a^2.b | Times[Power[a,2],b]",
        "-a.b | Times[-1,Dot[a,b]]",
        "a.-b | Dot[a,Times[-1,b]]",
        "a.b/c | Times[Dot[a,b],Power[c,-1]]",
        "a + b.c | Plus[a,Dot[b,c]]",
        "Inverse[A].v/(1 + t Transpose[v].Inverse[A].v) | Times[Dot[Inverse[A],v],Power[Plus[1,Times[t,Dot[Transpose[v],Inverse[A],v]]],-1]]",
        "2 . 3 | Dot[2,3]",
        "0.5 A.B | Times[1/2,Dot[A,B]]",
    })
    void precedenceAndFlattening(String input, String expected) throws ExprSyntaxException {
        assertEquals(expected, full(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a . | 4",
        "a .. b | 4",
        "x .5 | 3",
        ". a | 1",
    })
    void malformedDotsAreSyntaxErrorsWithAColumn(String input, int column) {
        ExprSyntaxException e = assertThrows(ExprSyntaxException.class, () -> ExprParser.parse(input));
        assertEquals(column, e.column(), e.getMessage());
    }
}
