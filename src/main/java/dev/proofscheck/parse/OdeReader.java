package dev.proofscheck.parse;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.model.ClaimBody;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the body of an {@code ode} claim: the state variables with their drifts, and either a fixed
 * point (with an optional stability claim) or a state point with the drift claimed there.
 */
final class OdeReader {
    /** State dimension at most: stability needs the eigenvalues of the Jacobian (characteristic polynomial). */
    static final int MAX_STATE = 4;

    private final Nodes nodes;
    private final Scope scope;
    private final ExprCheck checked;

    OdeReader(Nodes nodes, Scope scope, ExprCheck checked) {
        this.nodes = nodes;
        this.scope = scope;
        this.checked = checked;
    }

    ClaimBody.Ode read(Map<String, Node> m, Node claim) throws InputException {
        Node s = m.get("state");
        if (s == null) {
            throw new InputException(nodes.at(claim), "an ode claim needs 'state' (state variable: its drift dx/dt)");
        }
        Map<String, Node> raw = nodes.mapping(s, "'state'", null);
        for (Map.Entry<String, Node> e : raw.entrySet()) {
            DerivationReader.checkName(nodes, e.getValue(), e.getKey(), "state variable");
            if (scope.isDeclared(e.getKey())) {
                throw new InputException(nodes.at(e.getValue()), "state variable '" + e.getKey()
                        + "' is already a variable or definition of the file");
            }
        }
        if (raw.isEmpty() || raw.size() > MAX_STATE) {
            throw new InputException(nodes.at(s), "an ode claim has 1 to " + MAX_STATE + " state variables");
        }
        Map<String, Expr> drift = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : raw.entrySet()) {
            drift.put(e.getKey(), checked.check(ExpressionReader.parse(nodes, e.getValue(), "drift of " + e.getKey(), false),
                    e.getValue(), raw.keySet()));
        }
        boolean fixed = m.containsKey("fixed-point");
        if (fixed == m.containsKey("drift-at")) {
            throw new InputException(nodes.at(claim), "an ode claim needs exactly one of 'fixed-point' and 'drift-at'");
        }
        Map<String, Expr> at = statePoint(m.get(fixed ? "fixed-point" : "drift-at"), fixed ? "'fixed-point'" : "'drift-at'", drift);
        Boolean stable = null;
        if (m.containsKey("stable")) {
            if (!fixed) {
                throw new InputException(nodes.at(m.get("stable")), "'stable' belongs to a 'fixed-point' claim");
            }
            stable = FixedPointReader.flag(nodes, m, "stable");
        }
        Map<String, Expr> equals = Map.of();
        if (fixed && m.containsKey("equals")) {
            throw new InputException(nodes.at(m.get("equals")), "'equals' belongs to a 'drift-at' claim (a fixed point's drift is 0)");
        }
        if (!fixed) {
            if (!m.containsKey("equals")) {
                throw new InputException(nodes.at(claim), "a 'drift-at' claim needs 'equals' (the drift there, per state variable)");
            }
            equals = statePoint(m.get("equals"), "'equals'", drift);
        }
        return new ClaimBody.Ode(drift, at, fixed, stable, equals);
    }

    /** One expression of the variables per state variable, all of them named. */
    private Map<String, Expr> statePoint(Node n, String what, Map<String, Expr> drift) throws InputException {
        Map<String, Node> raw = nodes.mapping(n, what, null);
        Map<String, Expr> out = new LinkedHashMap<>();
        for (String name : drift.keySet()) {
            Node v = raw.get(name);
            if (v == null) {
                throw new InputException(nodes.at(n), what + " needs a value for state variable '" + name + "'");
            }
            out.put(name, checked.check(ExpressionReader.parse(nodes, v, what + " " + name, false), v, Set.of()));
        }
        for (Map.Entry<String, Node> e : raw.entrySet()) {
            if (!drift.containsKey(e.getKey())) {
                throw new InputException(nodes.at(e.getValue()), "'" + e.getKey() + "' is not a state variable (state: "
                        + String.join(", ", drift.keySet()) + ")");
            }
        }
        return out;
    }
}
