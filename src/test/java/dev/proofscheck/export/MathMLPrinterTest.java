package dev.proofscheck.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.ExprParser;
import dev.proofscheck.expr.ExprSyntaxException;
import dev.proofscheck.expr.RandomExpressions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The presentation MathML of expressions: structure of fractions, powers, roots and functions, names, escaping. */
class MathMLPrinterTest {

    private static String mathml(String expr) throws ExprSyntaxException {
        return MathMLPrinter.print(ExprParser.parse(expr));
    }

    /** The MathML as a tree of {@code name(children)}, text leaves as their text: compact structure to compare. */
    private static String shape(String xml) throws Exception {
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        return shape(root);
    }

    private static String shape(Node n) {
        if (n.getNodeType() == Node.TEXT_NODE) {
            return n.getTextContent();
        }
        List<String> children = new ArrayList<>();
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            children.add(shape(c));
        }
        boolean token = List.of("mi", "mn", "mo", "mtext").contains(n.getNodeName());
        return token ? n.getNodeName() + ":" + String.join("", children) : n.getNodeName() + "(" + String.join(" ", children) + ")";
    }

    @Test
    void aQuotientIsAFractionOfItsNumeratorAndDenominator() throws Exception {
        assertEquals("math(mrow(mfrac(mrow(mi:x) mrow(mi:y))))", shape(mathml("x/y")));
        assertEquals("math(mrow(mfrac(mrow(mrow(mn:1 mo:+ mi:x)) mrow(mrow(mn:2 mo:\u2062 mi:y)))))", shape(mathml("(1 + x)/(2 y)")));
        assertEquals("math(mfrac(mn:3 mn:4))", shape(mathml("3/4")));
        assertEquals("math(mrow(mo:\u2212 mfrac(mrow(mi:x) mrow(mn:2))))", shape(mathml("-x/2")));
    }

    @Test
    void powersRootsAndReciprocals() throws Exception {
        assertEquals("math(msup(mi:x mrow(mn:3)))", shape(mathml("x^3")));
        assertEquals("math(msqrt(mi:x))", shape(mathml("Sqrt[x]")));
        assertEquals("math(msqrt(mi:x))", shape(mathml("x^(1/2)")));
        assertEquals("math(mrow(mfrac(mrow(mn:1) mrow(msup(mi:x mrow(mn:2))))))", shape(mathml("x^(-2)")));
        assertEquals("math(msup(mrow(mo:( mrow(mi:a mo:+ mi:b) mo:)) mrow(mn:2)))", shape(mathml("(a + b)^2")), "a sum is bracketed under a power");
        assertEquals("math(msup(mi:e mrow(mrow(mo:\u2212 mi:x))))", shape(mathml("Exp[-x]")));
    }

    @Test
    void functionsAreNamesAppliedToBracketedArguments() throws Exception {
        assertEquals("math(mrow(mi:sin mo:\u2061 mrow(mo:( mi:x mo:))))", shape(mathml("Sin[x]")));
        assertEquals("math(mrow(mi:S mo:\u2061 mrow(mo:( mi:g mo:, mi:w mo:))))", shape(mathml("S[g, w]")));
        assertEquals("math(mrow(msub(mi:log mn:2) mrow(mo:( mi:x mo:))))", shape(mathml("Log[2, x]")));
        assertEquals("math(mrow(mo:| mi:x mo:|))", shape(mathml("Abs[x]")));
        assertEquals("math(mrow(msub(mi:He mn:3) mrow(mo:( mi:x mo:))))", shape(mathml("HermiteHe[3, x]")));
    }

    @Test
    void sumsShowSubtractionAndBracketWhereNeeded() throws Exception {
        assertEquals("math(mrow(mi:a mo:\u2212 mi:b))", shape(mathml("a - b")));
        assertEquals("math(mrow(mi:a mo:\u2212 mrow(mn:2 mo:\u2062 mi:b)))", shape(mathml("a - 2 b")));
        assertEquals("math(mrow(mrow(mo:( mrow(mi:a mo:+ mi:b) mo:)) mo:\u2062 mi:c))", shape(mathml("(a + b) c")));
    }

    @Test
    void severalLetterNamesInAProductAreSetApart() throws Exception {
        assertEquals("math(mrow(mi:lam mo:\u2062 mspace() mi:k))", shape(mathml("lam k")));
        assertEquals("math(mrow(mi:x mo:\u2062 mi:y))", shape(mathml("x y")), "single letters need no space");
    }

    @Test
    void greekNamesBecomeLettersAndTrailingDigitsSubscripts() throws Exception {
        assertEquals("math(mi:α)", shape(mathml("alpha")));
        assertEquals("math(mi:γ)", shape(mathml("gamma")));
        assertEquals("math(mi:λ)", shape(mathml("lambda")));
        assertEquals("math(msub(mi:ψ mn:1))", shape(mathml("psi1")));
        assertEquals("math(msub(mi:x mn:12))", shape(mathml("x12")));
        assertEquals("math(mi:lminus)", shape(mathml("lminus")), "a name that only starts like a Greek letter stays as it is");
        assertEquals("math(mi:π)", shape(mathml("Pi")));
        assertEquals("math(mi:∞)", shape(mathml("Infinity")));
    }

    @Test
    void namesAndTextAreEscaped() {
        String out = MathMLPrinter.print(new Expr.Sym("<script>alert('x')</script>&"));
        assertFalse(out.contains("<script"), out);
        assertTrue(out.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;"), out);
        String call = MathMLPrinter.print(new Expr.Call("f\"><img src=x>", List.of(new Expr.Sym("x"))));
        assertFalse(call.contains("<img"), call);
        assertEquals("&lt;a href=&quot;x&quot;&gt; &amp; &#39;", MathMLPrinter.escape("<a href=\"x\"> & '"));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void randomExpressionsGiveWellFormedMathWithEveryVariableAndBalancedBrackets(long seed) throws Exception {
        RandomExpressions gen = new RandomExpressions(new SplittableRandom(seed), new String[] {"x", "y", "g"});
        for (int i = 0; i < 200; i++) {
            Expr e = gen.expression(4);
            String out = MathMLPrinter.print(e);
            String s = shape(out);
            for (String v : dev.proofscheck.expr.Substitution.symbols(e)) {
                String name = v.equals("g") ? "mi:g" : "mi:" + v;
                assertTrue(s.contains(name), v + " missing in " + out + " for " + e);
            }
            assertEquals(count(s, "mo:("), count(s, "mo:)"), s);
        }
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
