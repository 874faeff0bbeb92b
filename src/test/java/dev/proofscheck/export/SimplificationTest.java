package dev.proofscheck.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.TestSupport;
import dev.proofscheck.cas.SymjaSimplifier;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.ExprParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --simplify}: Symja's answer is used only when it agrees numerically; otherwise a comment says why. */
class SimplificationTest {
    private static final String YAML = """
            id: t
            title: t
            source: {seed: s.txt, locator: l}
            variables: {x: "(1, inf)", g: positive}
            definitions:
              S[a]: (a^2 - 1)/(a - 1)
            claims:
              - {id: k, kind: identity, lhs: "S[x]", rhs: "Sqrt[g^2] + x - g + 1"}
            """;

    private static ExportedDerivation exported() {
        return ExportCollector.collect(TestSupport.derivation(YAML));
    }

    private static ExportItem item(ExportedDerivation d, String name) {
        return d.items().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void symjaSimplifiesAndTheResultIsExported() throws Exception {
        Simplification s = new Simplification(new SymjaSimplifier(TestSupport.session())::simplify, 10, 1);
        ExportedDerivation d = s.apply(exported());
        assertEquals(ExprParser.parse("1 + x"), item(d, "k.lhs").written());
        assertEquals(ExprParser.parse("1 + x"), item(d, "k.rhs").written(), "Sqrt[g^2] = g needs g > 0, from the domain");
        assertTrue(item(d, "k.lhs").comments().get(1).startsWith("simplified by Symja"), item(d, "k.lhs").comments().toString());
        String java = new JavaTarget().render(List.of(d));
        assertTrue(java.contains("return 1.0 + x;"), java);
    }

    @Test
    void aWrongSimplificationIsRejectedWithAWarning() throws Exception {
        Expr wrong = ExprParser.parse("x");
        Simplification s = new Simplification((e, dom, sec) -> new SymjaSimplifier.Result(wrong, ""), 10, 1);
        ExportItem lhs = item(s.apply(exported()), "k.lhs");
        assertEquals(ExprParser.parse("S[x]"), lhs.written(), "the original is exported");
        assertTrue(lhs.comments().get(1).startsWith("WARNING: Symja's simplification x was rejected: it differs at x="), lhs.comments().toString());
        String latex = Targets.of("latex").render(List.of(s.apply(exported())));
        assertTrue(latex.contains("% WARNING: Symja's simplification x was rejected"), latex);
    }

    @Test
    void aTimeOutIsSaidInAComment() {
        Simplification s = new Simplification((e, dom, sec) -> new SymjaSimplifier.Result(null, "Simplify did not finish within 0.1 s"), 0.1, 1);
        ExportItem lhs = item(s.apply(exported()), "k.lhs");
        assertEquals(List.of("claim k (identity): lhs", "not simplified: Simplify did not finish within 0.1 s; exported as written"), lhs.comments());
        String python = new PythonTarget().render(List.of(s.apply(exported())));
        assertTrue(python.contains("    # not simplified: Simplify did not finish within 0.1 s; exported as written\n"), python);
    }
}
