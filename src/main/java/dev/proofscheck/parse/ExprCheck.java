package dev.proofscheck.parse;

import dev.proofscheck.expr.Expr;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Validates an expression read from {@code at}: every name known (with {@code bound} names allowed), definitions expandable. */
@FunctionalInterface
interface ExprCheck {
    Expr check(Expr e, Node at, Set<String> bound) throws InputException;
}
