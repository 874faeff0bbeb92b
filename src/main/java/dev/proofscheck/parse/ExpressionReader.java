package dev.proofscheck.parse;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.ExprParser;
import dev.proofscheck.expr.ExprSyntaxException;
import org.yaml.snakeyaml.nodes.Node;

/** Parses an expression held in a YAML scalar, turning syntax errors into positioned input errors. */
final class ExpressionReader {
    private ExpressionReader() {}

    static Expr parse(Nodes nodes, Node node, String what, boolean equationAllowed) throws InputException {
        String text = nodes.scalar(node, what);
        try {
            Expr e = ExprParser.parse(text);
            if (!equationAllowed && e instanceof Expr.Call c && c.head().equals("Equal")) {
                throw new InputException(nodes.at(node), what + ": '==' is only allowed in an equation");
            }
            return e;
        } catch (ExprSyntaxException ex) {
            throw new InputException(nodes.inside(node, ex.column()), what + ": syntax error: " + ex.getMessage()
                    + " in \"" + text.strip() + "\"");
        }
    }
}
