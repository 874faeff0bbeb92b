package dev.proofscheck.parse;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.ExprParser;
import dev.proofscheck.expr.ExprSyntaxException;
import dev.proofscheck.model.ClaimBody;
import dev.proofscheck.model.FixedPointSystem;
import dev.proofscheck.model.Relation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the body of a {@code fixed-point} claim: the unknowns with their Newton starts, the equations,
 * the branch condition, derivatives of the solution, and the relation that must hold at the solution.
 */
final class FixedPointReader {
    /** Starting points per unknown at most: each costs a Newton solve at every sampled point. */
    private static final int MAX_STARTS = 8;
    /** Unknowns at most: the Jacobian is built column by column by finite differences. */
    private static final int MAX_UNKNOWNS = 6;

    private final Nodes nodes;
    private final Scope scope;
    private final ExprCheck checked;

    FixedPointReader(Nodes nodes, Scope scope, ExprCheck checked) {
        this.nodes = nodes;
        this.scope = scope;
        this.checked = checked;
    }

    ClaimBody.FixedPoint read(Map<String, Node> m, Node claim) throws InputException {
        FixedPointSystem system = system(m, claim, "a fixed-point claim");
        Set<String> bound = new HashSet<>(system.unknowns());
        Map<String, List<String>> derivatives = derivatives(m.get("derivatives"), system.unknowns());
        Set<String> holdsBound = new HashSet<>(bound);
        holdsBound.addAll(derivatives.keySet());
        Node holds = m.get("holds");
        if (holds == null) {
            throw new InputException(nodes.at(claim), "a fixed-point claim needs 'holds' (the relation at the solution)");
        }
        return new ClaimBody.FixedPoint(system.unknowns(), system.starts(), system.equations(), system.branch(), flag(nodes, m, "unique"),
                derivatives, relation(holds, "'holds'", holdsBound, RelationReader.ALL));
    }

    /** The keys {@code unknowns}, {@code equations} and {@code branch}; {@code what} names the claim in messages. */
    FixedPointSystem system(Map<String, Node> m, Node claim, String what) throws InputException {
        Node u = m.get("unknowns");
        if (u == null) {
            throw new InputException(nodes.at(claim), what + " needs 'unknowns' (name: starting value)");
        }
        List<String> unknowns = new ArrayList<>();
        List<List<Expr>> perUnknown = new ArrayList<>();
        int starts = 1;
        for (Map.Entry<String, Node> e : nodes.mapping(u, "'unknowns'", null).entrySet()) {
            String name = e.getKey();
            boundName(e.getValue(), name, "unknown");
            List<Expr> values = new ArrayList<>();
            List<Node> valueNodes = e.getValue() instanceof SequenceNode s ? s.getValue() : List.of(e.getValue());
            for (Node v : valueNodes) {
                values.add(checked.check(ExpressionReader.parse(nodes, v, "start of " + name, false), v, Set.of()));
            }
            if (values.isEmpty() || values.size() > MAX_STARTS) {
                throw new InputException(nodes.at(e.getValue()), "give 1 to " + MAX_STARTS + " starting values for '" + name + "'");
            }
            if (values.size() > 1) {
                if (starts > 1 && values.size() != starts) {
                    throw new InputException(nodes.at(e.getValue()), "the unknowns' lists of starting values must have the same length ("
                            + starts + ")");
                }
                starts = values.size();
            }
            unknowns.add(name);
            perUnknown.add(values);
        }
        if (unknowns.isEmpty() || unknowns.size() > MAX_UNKNOWNS) {
            throw new InputException(nodes.at(u), what + " has 1 to " + MAX_UNKNOWNS + " unknowns");
        }
        List<List<Expr>> startList = new ArrayList<>();
        for (int k = 0; k < starts; k++) {
            List<Expr> start = new ArrayList<>();
            for (List<Expr> values : perUnknown) {
                start.add(values.size() == 1 ? values.get(0) : values.get(k));
            }
            startList.add(start);
        }
        Set<String> bound = new HashSet<>(unknowns);
        Node eqs = m.get("equations");
        if (eqs == null) {
            throw new InputException(nodes.at(claim), what + " needs 'equations' (a list of lhs == rhs)");
        }
        List<Relation> equations = new ArrayList<>();
        for (Node eq : nodes.sequence(eqs, "'equations'")) {
            equations.add(relation(eq, "an equation", bound, RelationReader.EQUALITY));
        }
        if (equations.size() != unknowns.size()) {
            throw new InputException(nodes.at(eqs), equations.size() + " equations for " + unknowns.size()
                    + " unknowns: give one equation per unknown");
        }
        List<Relation> branch = new ArrayList<>();
        Node b = m.get("branch");
        if (b != null) {
            for (Node cond : b instanceof SequenceNode ? nodes.sequence(b, "'branch'") : List.of(b)) {
                branch.add(relation(cond, "'branch'", bound, RelationReader.ALL));
            }
        }
        return new FixedPointSystem(unknowns, startList, equations, branch);
    }

    private Map<String, List<String>> derivatives(Node d, List<String> unknowns) throws InputException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (d == null) {
            return out;
        }
        for (Map.Entry<String, Node> e : nodes.mapping(d, "'derivatives'", null).entrySet()) {
            boundName(e.getValue(), e.getKey(), "derivative");
            if (unknowns.contains(e.getKey())) {
                throw new InputException(nodes.at(e.getValue()), "'" + e.getKey() + "' is already an unknown");
            }
            String text = nodes.scalar(e.getValue(), "a derivative");
            Expr x;
            try {
                x = ExprParser.parse(text);
            } catch (ExprSyntaxException ex) {
                throw new InputException(nodes.inside(e.getValue(), ex.column()), "derivative: syntax error: " + ex.getMessage());
            }
            if (!(x instanceof Expr.Call c && c.head().equals("D") && c.args().size() == 2
                    && c.arg(0) instanceof Expr.Sym of && c.arg(1) instanceof Expr.Sym by)) {
                throw new InputException(nodes.at(e.getValue()), "a derivative is written D[unknown, variable], not '" + text.strip() + "'");
            }
            if (!unknowns.contains(of.name())) {
                throw new InputException(nodes.at(e.getValue()), "'" + of.name() + "' is not an unknown of this claim");
            }
            if (!scope.isVariable(by.name())) {
                throw new InputException(nodes.at(e.getValue()), "'" + by.name() + "' is not a declared variable");
            }
            out.put(e.getKey(), List.of(of.name(), by.name()));
        }
        return out;
    }

    private Relation relation(Node n, String what, Set<String> bound, Set<Relation.Operator> ops) throws InputException {
        Relation r = RelationReader.parse(nodes, n, what, ops);
        checked.check(r.lhs(), n, bound);
        checked.check(r.rhs(), n, bound);
        return r;
    }

    private void boundName(Node at, String name, String what) throws InputException {
        DerivationReader.checkName(nodes, at, name, what);
        if (scope.isDeclared(name)) {
            throw new InputException(nodes.at(at), what + " '" + name + "' is already a variable or definition of the file");
        }
    }

    /** An optional true/false key (default false). */
    static boolean flag(Nodes nodes, Map<String, Node> m, String key) throws InputException {
        String v = nodes.optional(m, key);
        if (v == null || v.equals("false")) {
            return false;
        }
        if (v.equals("true")) {
            return true;
        }
        throw new InputException(nodes.at(m.get(key)), "'" + key + "' must be true or false, not '" + v + "'");
    }
}
