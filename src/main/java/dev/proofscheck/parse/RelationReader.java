package dev.proofscheck.parse;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.ExprParser;
import dev.proofscheck.expr.ExprSyntaxException;
import dev.proofscheck.model.Relation;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a relation {@code lhs op rhs} ({@code ==, <=, >=, <, >}) from a YAML scalar. The expression
 * parser knows only {@code ==}, so the text is split at its one top-level comparison operator here and
 * each side parsed on its own; syntax errors keep their column in the whole text.
 */
final class RelationReader {
    /** Every operator. */
    static final Set<Relation.Operator> ALL = java.util.EnumSet.allOf(Relation.Operator.class);
    /** The four inequalities. */
    static final Set<Relation.Operator> INEQUALITIES = java.util.EnumSet.complementOf(java.util.EnumSet.of(Relation.Operator.EQUAL));
    /** Equality only. */
    static final Set<Relation.Operator> EQUALITY = java.util.EnumSet.of(Relation.Operator.EQUAL);

    private RelationReader() {}

    /**
     * Parses the relation held in {@code node}; {@code allowed} lists the operators this key accepts.
     */
    static Relation parse(Nodes nodes, Node node, String what, Set<Relation.Operator> allowed) throws InputException {
        String text = nodes.scalar(node, what);
        int depth = 0;
        int at = -1;
        Relation.Operator op = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[' || c == '(' || c == '{') {
                depth++;
            } else if (c == ']' || c == ')' || c == '}') {
                depth--;
            } else if (depth == 0 && (c == '<' || c == '>' || (c == '=' && i + 1 < text.length() && text.charAt(i + 1) == '='))) {
                boolean two = i + 1 < text.length() && text.charAt(i + 1) == '=';
                Relation.Operator found = switch (c) {
                    case '<' -> two ? Relation.Operator.LESS_EQUAL : Relation.Operator.LESS;
                    case '>' -> two ? Relation.Operator.GREATER_EQUAL : Relation.Operator.GREATER;
                    default -> Relation.Operator.EQUAL;
                };
                if (op != null) {
                    throw new InputException(nodes.inside(node, i + 1), what + ": only one comparison allowed (found '"
                            + op.symbol() + "' and '" + found.symbol() + "') in \"" + text.strip() + "\"");
                }
                op = found;
                at = i;
                if (two) {
                    i++;
                }
            }
        }
        if (op == null) {
            throw new InputException(nodes.at(node), what + " must be a relation lhs OP rhs with OP one of "
                    + symbols(allowed) + ", not \"" + text.strip() + "\"");
        }
        if (!allowed.contains(op)) {
            throw new InputException(nodes.inside(node, at + 1), what + ": '" + op.symbol() + "' is not allowed here (use "
                    + symbols(allowed) + ")");
        }
        int rhsStart = at + op.symbol().length();
        Expr lhs = side(nodes, node, what, text.substring(0, at), 0);
        Expr rhs = side(nodes, node, what, text.substring(rhsStart), rhsStart);
        return new Relation(lhs, op, rhs);
    }

    private static Expr side(Nodes nodes, Node node, String what, String text, int offset) throws InputException {
        try {
            return ExprParser.parse(text);
        } catch (ExprSyntaxException ex) {
            throw new InputException(nodes.inside(node, ex.column() + offset), what + ": syntax error: " + ex.getMessage()
                    + " in \"" + text.strip() + "\"");
        }
    }

    private static String symbols(Set<Relation.Operator> allowed) {
        StringBuilder b = new StringBuilder();
        for (Relation.Operator o : Relation.Operator.values()) {
            if (allowed.contains(o)) {
                b.append(b.length() == 0 ? "" : ", ").append(o.symbol());
            }
        }
        return b.toString();
    }
}
