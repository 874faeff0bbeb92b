package dev.proofscheck.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.ExprParser;
import dev.proofscheck.expr.ExprSyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Symja form of every corpus expression parses back with our own parser to the very same expression. */
class SymjaFormRoundTripTest {

    @Test
    void everyCorpusExpressionReadsBackIdentically() throws ExprSyntaxException {
        ExportTarget symja = Targets.of("symja");
        int checked = 0;
        List<String> failures = new ArrayList<>();
        for (ExportedDerivation d : CorpusExports.all()) {
            String listing = symja.render(List.of(d));
            for (ExportItem item : d.items()) {
                String printed = dev.proofscheck.expr.ExprPrinter.print(item.written());
                assertTrue(listing.contains(printed), "the listing lacks " + printed);
                Expr back = ExprParser.parse(printed);
                if (!back.equals(item.written())) {
                    failures.add(item.name() + ": " + printed + " reads back as " + back + ", not " + item.written());
                }
                checked++;
            }
        }
        assertTrue(checked > 500, "too few expressions: " + checked);
        assertEquals(List.of(), failures);
    }

    @Test
    void definitionsAreWrittenAsSymjaFunctions() {
        String yaml = """
                id: t
                title: t
                source: {seed: s.txt, locator: l}
                variables: {g: positive, z: positive}
                definitions:
                  c0: 1 + g
                  S[a, w]: c0/(a w)
                claims:
                  - {id: k, kind: identity, lhs: "S[g, z]", rhs: "(1 + g)/(g z)"}
                """;
        String out = Targets.of("symja").render(List.of(ExportCollector.collect(dev.proofscheck.TestSupport.derivation(yaml))));
        assertTrue(out.contains("c0 = 1 + g\n"), out);
        assertTrue(out.contains("S[a_, w_] := c0/(a*w)\n"), out);
        assertTrue(out.contains("(* claim k (identity): lhs *)\nS[g, z]\n"), out);
    }
}
