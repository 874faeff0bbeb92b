package dev.proofscheck.parse;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Rational;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.ClaimBody;
import dev.proofscheck.model.Definitions;
import dev.proofscheck.model.Direction;
import dev.proofscheck.model.Domain;
import dev.proofscheck.model.Expectation;
import dev.proofscheck.model.Variable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one entry of a file's {@code claims} list into a {@link Claim}, validating every name it uses. */
public final class ClaimReader {
    private static final Set<String> COMMON = Set.of("id", "index", "locator", "kind", "domain", "expect", "note", "corrects");
    private static final Map<String, Set<String>> KIND_KEYS = Map.ofEntries(
            Map.entry("simulation", SimulationReader.KEYS),
            Map.entry("identity", Set.of("lhs", "rhs")),
            Map.entry("equation", Set.of("equation", "where")),
            Map.entry("limit", Set.of("expr", "var", "at", "side", "equals")),
            Map.entry("series", Set.of("expr", "var", "at", "side", "order", "equals")),
            Map.entry("integral", Set.of("integrand", "var", "from", "to", "over", "equals", "split", "digits")),
            Map.entry("value", Set.of("expr", "equals", "digits")),
            Map.entry("gaussian-pair", Set.of("integrand", "vars", "correlation", "split", "equals")),
            Map.entry("fixed-point", Set.of("unknowns", "equations", "branch", "unique", "derivatives", "holds")),
            Map.entry("inequality", Set.of("holds")),
            Map.entry("rate", Set.of("expr", "var", "exponent", "log-power", "constant")),
            Map.entry("ode", Set.of("state", "fixed-point", "stable", "drift-at", "equals")),
            Map.entry("matrix", Set.of("matrices", "scalars", "sizes", "where", "lhs", "rhs", "draws", "limit")));
    /** The claim kinds a file may use, sorted. */
    public static Set<String> kinds() {
        return new java.util.TreeSet<>(KIND_KEYS.keySet());
    }

    private static final Pattern INDEX = Pattern.compile("\\d{3}-\\d{2}-\\d{2}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern DECIMAL = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)");

    private final Nodes nodes;
    private final Scope scope;
    private final Definitions expander;
    private final Map<String, Variable> variables = new HashMap<>();

    ClaimReader(Nodes nodes, Scope scope, Definitions expander, List<Variable> variables) {
        this.nodes = nodes;
        this.scope = scope;
        this.expander = expander;
        for (Variable v : variables) {
            this.variables.put(v.name(), v);
        }
    }

    /** The claim's id if it can be read, for attributing errors; null otherwise. */
    static String peekId(Nodes nodes, Node claim) {
        // Read straight from the node, so that a claim with another fault (a duplicate key, say) is
        // still attributed to its id.
        if (claim instanceof org.yaml.snakeyaml.nodes.MappingNode m) {
            for (org.yaml.snakeyaml.nodes.NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode k && k.getValue().equals("id")
                        && t.getValueNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode v && !v.getValue().isBlank()) {
                    return v.getValue();
                }
            }
        }
        return null;
    }

    Claim read(Node node) throws InputException {
        Map<String, Node> raw = nodes.mapping(node, "a claim", null);
        String kind = nodes.required(raw, "kind", node, "a claim");
        Set<String> kindKeys = KIND_KEYS.get(kind);
        if (kindKeys == null) {
            throw new InputException(nodes.at(raw.get("kind")), "unknown claim kind '" + kind + "' (known: "
                    + String.join(", ", new java.util.TreeSet<>(KIND_KEYS.keySet())) + ")");
        }
        Set<String> allowed = new HashSet<>(COMMON);
        allowed.addAll(kindKeys);
        Map<String, Node> m = nodes.mapping(node, ("aeio".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind + " claim", allowed);
        String id = nodes.required(m, "id", node, "a claim");
        if (!ID.matcher(id).matches()) {
            throw new InputException(nodes.at(m.get("id")), "claim id '" + id + "' must be letters, digits, '.', '_' or '-'");
        }
        String index = nodes.optional(m, "index");
        if (index != null && !INDEX.matcher(index).matches()) {
            throw new InputException(nodes.at(m.get("index")), "index '" + index + "' is not a claims-index id such as 003-07-09");
        }
        Expectation expectation = expectation(m);
        Map<String, Domain> domains = domains(m);
        ClaimBody body = switch (kind) {
            case "identity" -> new ClaimBody.Identity(expr(m, "lhs", node, Set.of()), expr(m, "rhs", node, Set.of()));
            case "equation" -> equation(m, node);
            case "limit" -> limit(m, node);
            case "series" -> series(m, node);
            case "integral" -> integral(m, node);
            case "gaussian-pair" -> gaussianPair(m, node);
            case "simulation" -> new SimulationReader(nodes, scope, expander).read(m, node);
            case "fixed-point" -> new FixedPointReader(nodes, scope, this::checked).read(m, node);
            case "inequality" -> new ClaimBody.Inequality(relation(m, "holds", node, Set.of(), RelationReader.INEQUALITIES));
            case "rate" -> rate(m, node);
            case "ode" -> new OdeReader(nodes, scope, this::checked).read(m, node);
            case "matrix" -> matrix(m, node);
            default -> value(m, node);
        };
        String corrects = nodes.optional(m, "corrects");
        if (corrects != null && expectation == Expectation.REFUTED) {
            throw new InputException(nodes.at(m.get("corrects")), "a claim expected to be refuted cannot be the correction of another");
        }
        return new Claim(id, index, nodes.optional(m, "locator"), body, domains, expectation,
                nodes.optional(m, "note"), nodes.at(node), corrects);
    }

    private Expectation expectation(Map<String, Node> m) throws InputException {
        String e = nodes.optional(m, "expect");
        if (e == null || e.equals("holds")) {
            return Expectation.HOLDS;
        }
        if (e.equals("refuted")) {
            return Expectation.REFUTED;
        }
        throw new InputException(nodes.at(m.get("expect")), "expect must be 'refuted' or 'holds', not '" + e + "'");
    }

    private Map<String, Domain> domains(Map<String, Node> m) throws InputException {
        Map<String, Domain> out = new LinkedHashMap<>();
        Node d = m.get("domain");
        if (d == null) {
            return out;
        }
        for (Map.Entry<String, Node> e : nodes.mapping(d, "'domain'", null).entrySet()) {
            Variable v = variables.get(e.getKey());
            if (v == null) {
                throw new InputException(nodes.at(e.getValue()), "'domain' names '" + e.getKey() + "', which is not a declared variable");
            }
            Domain narrowed;
            try {
                narrowed = DomainParser.parse(nodes.scalar(e.getValue(), "a domain"));
            } catch (IllegalArgumentException ex) {
                throw new InputException(nodes.at(e.getValue()), "domain of '" + e.getKey() + "': " + ex.getMessage());
            }
            if (!DomainInclusion.within(narrowed, v.domain())) {
                throw new InputException(nodes.at(e.getValue()), "domain " + narrowed.describe() + " of '" + e.getKey()
                        + "' is not inside its declared domain " + v.domain().describe());
            }
            out.put(e.getKey(), narrowed);
        }
        return out;
    }

    private ClaimBody equation(Map<String, Node> m, Node node) throws InputException {
        Map<String, Expr> where = new LinkedHashMap<>();
        Node w = m.get("where");
        Set<String> names = new HashSet<>();
        if (w != null) {
            for (Map.Entry<String, Node> e : nodes.mapping(w, "'where'", null).entrySet()) {
                DerivationReader.checkName(nodes, e.getValue(), e.getKey(), "'where' name");
                Expr value = checked(ExpressionReader.parse(nodes, e.getValue(), "where " + e.getKey(), false), e.getValue(), Set.of());
                where.put(e.getKey(), value);
                names.add(e.getKey());
            }
        }
        Node eqNode = m.get("equation");
        if (eqNode == null) {
            throw new InputException(nodes.at(node), "an equation claim needs 'equation' (lhs == rhs)");
        }
        Expr eq = ExpressionReader.parse(nodes, eqNode, "'equation'", true);
        if (!(eq instanceof Expr.Call c && c.head().equals("Equal"))) {
            throw new InputException(nodes.at(eqNode), "'equation' must have the form lhs == rhs");
        }
        checked(eq, eqNode, names);
        return new ClaimBody.Equation(c.arg(0), c.arg(1), where);
    }

    private ClaimBody limit(Map<String, Node> m, Node node) throws InputException {
        String var = boundVar(m, node);
        Expr e = expr(m, "expr", node, Set.of(var));
        Expr at = expr(m, "at", node, Set.of());
        Expr equals = expr(m, "equals", node, Set.of());
        return new ClaimBody.Limit(e, var, at, side(nodes, m), equals);
    }

    /** The optional {@code side} of a limit: above, below or both (the default). */
    static Direction side(Nodes nodes, Map<String, Node> m) throws InputException {
        String side = nodes.optional(m, "side");
        if (side == null || side.equals("both")) {
            return Direction.BOTH;
        } else if (side.equals("above")) {
            return Direction.ABOVE;
        } else if (side.equals("below")) {
            return Direction.BELOW;
        }
        throw new InputException(nodes.at(m.get("side")), "side must be above, below or both, not '" + side + "'");
    }

    private ClaimBody series(Map<String, Node> m, Node node) throws InputException {
        String var = boundVar(m, node);
        Expr e = expr(m, "expr", node, Set.of(var));
        Expr at = expr(m, "at", node, Set.of());
        Expr poly = expr(m, "equals", node, Set.of(var));
        String orderText = nodes.required(m, "order", node, "a series claim");
        int order;
        try {
            order = Integer.parseInt(orderText.trim());
        } catch (NumberFormatException ex) {
            throw new InputException(nodes.at(m.get("order")), "order must be a whole number, not '" + orderText + "'");
        }
        if (order < -5 || order > 12) {
            throw new InputException(nodes.at(m.get("order")), "order must be between -5 and 12");
        }
        return new ClaimBody.Series(e, var, at, side(nodes, m), order, poly);
    }

    private ClaimBody integral(Map<String, Node> m, Node node) throws InputException {
        String var = boundVar(m, node);
        Expr integrand = expr(m, "integrand", node, Set.of(var));
        Expr equals = expr(m, "equals", node, Set.of());
        List<Expr> splits = new java.util.ArrayList<>();
        Node splitNode = m.get("split");
        if (splitNode != null) {
            List<Node> items = splitNode instanceof org.yaml.snakeyaml.nodes.SequenceNode
                    ? nodes.sequence(splitNode, "'split'") : List.of(splitNode);
            for (Node item : items) {
                splits.add(checked(ExpressionReader.parse(nodes, item, "'split'", false), item, Set.of()));
            }
        }
        Integer digits = null;
        if (m.containsKey("digits")) {
            String stated = nodes.required(m, "equals", node, "an integral claim").trim();
            if (!DECIMAL.matcher(stated).matches()) {
                throw new InputException(nodes.at(m.get("equals")), "with 'digits', 'equals' must be a decimal number, not '" + stated + "'");
            }
            try {
                digits = Integer.parseInt(nodes.optional(m, "digits").trim());
            } catch (NumberFormatException ex) {
                throw new InputException(nodes.at(m.get("digits")), "digits must be a whole number");
            }
            if (digits < 1 || digits > significantDigits(stated)) {
                throw new InputException(nodes.at(m.get("digits")), "digits must be between 1 and the " + significantDigits(stated)
                        + " significant digits written in 'equals'");
            }
        }
        String over = nodes.optional(m, "over");
        if (over != null) {
            if (!over.equals("gaussian")) {
                throw new InputException(nodes.at(m.get("over")), "over must be 'gaussian' (var ~ N(0,1)), not '" + over + "'");
            }
            if (m.containsKey("from") || m.containsKey("to")) {
                throw new InputException(nodes.at(m.get("over")), "a gaussian expectation has no 'from'/'to'");
            }
            Expr inf = Expr.sym("Infinity");
            return new ClaimBody.Integral(integrand, var, Expr.call("Times", Expr.num(-1), inf), inf, true, equals, splits, digits);
        }
        return new ClaimBody.Integral(integrand, var, expr(m, "from", node, Set.of()), expr(m, "to", node, Set.of()), false, equals,
                splits, digits);
    }

    private ClaimBody gaussianPair(Map<String, Node> m, Node node) throws InputException {
        Node varsNode = m.get("vars");
        if (varsNode == null) {
            throw new InputException(nodes.at(node), "a gaussian-pair claim needs 'vars' (the pair's two names, e.g. [u, v])");
        }
        List<Node> names = nodes.sequence(varsNode, "'vars'");
        if (names.size() != 2) {
            throw new InputException(nodes.at(varsNode), "'vars' names exactly two variables, e.g. [u, v]");
        }
        String u = nodes.scalar(names.get(0), "a variable name").trim();
        String v = nodes.scalar(names.get(1), "a variable name").trim();
        for (int i = 0; i < 2; i++) {
            String name = i == 0 ? u : v;
            DerivationReader.checkName(nodes, names.get(i), name, "var");
            if (scope.isDeclared(name)) {
                throw new InputException(nodes.at(names.get(i)), "'" + name + "' is already a variable or definition of the file: "
                        + "the pair needs names of its own");
            }
        }
        if (u.equals(v)) {
            throw new InputException(nodes.at(varsNode), "the two variables of the pair must differ");
        }
        Expr integrand = expr(m, "integrand", node, Set.of(u, v));
        Expr correlation = expr(m, "correlation", node, Set.of());
        Expr equals = expr(m, "equals", node, Set.of());
        Map<String, List<Expr>> kinks = new LinkedHashMap<>();
        kinks.put(u, new java.util.ArrayList<>());
        kinks.put(v, new java.util.ArrayList<>());
        Node split = m.get("split");
        if (split != null) {
            for (Map.Entry<String, Node> e : nodes.mapping(split, "'split' (kinks per variable, e.g. {u: [0], v: [0]})", null).entrySet()) {
                if (!kinks.containsKey(e.getKey())) {
                    throw new InputException(nodes.at(e.getValue()), "'split' names '" + e.getKey() + "', not one of the pair's vars");
                }
                List<Node> items = e.getValue() instanceof org.yaml.snakeyaml.nodes.SequenceNode
                        ? nodes.sequence(e.getValue(), "'split'") : List.of(e.getValue());
                for (Node item : items) {
                    kinks.get(e.getKey()).add(checked(ExpressionReader.parse(nodes, item, "'split'", false), item, Set.of()));
                }
            }
        }
        return new ClaimBody.GaussianPair(integrand, u, v, correlation, kinks.get(u), kinks.get(v), equals);
    }

    private ClaimBody matrix(Map<String, Node> m, Node node) throws InputException {
        return new MatrixClaimReader(nodes, scope, expander, variables).read(m, node);
    }

    private ClaimBody value(Map<String, Node> m, Node node) throws InputException {
        Expr e = expr(m, "expr", node, Set.of());
        String stated = nodes.required(m, "equals", node, "a value claim").trim();
        if (!DECIMAL.matcher(stated).matches()) {
            throw new InputException(nodes.at(m.get("equals")), "a value claim states a decimal number, e.g. 0.5772, not '" + stated + "'");
        }
        int significant = significantDigits(stated);
        String digitsText = nodes.optional(m, "digits");
        int digits = significant;
        if (digitsText != null) {
            try {
                digits = Integer.parseInt(digitsText.trim());
            } catch (NumberFormatException ex) {
                throw new InputException(nodes.at(m.get("digits")), "digits must be a whole number");
            }
            if (digits < 1 || digits > significant) {
                throw new InputException(nodes.at(m.get("digits")), "digits must be between 1 and the " + significant
                        + " significant digits written in 'equals'");
            }
        }
        return new ClaimBody.Value(e, Rational.parseDecimal(stated), stated, digits);
    }

    private static int significantDigits(String decimal) {
        String digits = decimal.replace("-", "").replace(".", "").replaceFirst("^0+", "");
        return Math.max(1, digits.length());
    }

    private ClaimBody rate(Map<String, Node> m, Node node) throws InputException {
        String var = boundVar(m, node);
        Expr e = expr(m, "expr", node, Set.of(var));
        Expr exponent = expr(m, "exponent", node, Set.of());
        Expr logPower = m.containsKey("log-power") ? expr(m, "log-power", node, Set.of()) : Expr.num(0);
        return new ClaimBody.Rate(e, var, exponent, logPower, FixedPointReader.flag(nodes, m, "constant"));
    }

    private dev.proofscheck.model.Relation relation(Map<String, Node> m, String key, Node claim, Set<String> bound,
            Set<dev.proofscheck.model.Relation.Operator> ops) throws InputException {
        Node n = m.get(key);
        if (n == null) {
            throw new InputException(nodes.at(claim), "this claim needs '" + key + "'");
        }
        dev.proofscheck.model.Relation r = RelationReader.parse(nodes, n, "'" + key + "'", ops);
        checked(r.lhs(), n, bound);
        checked(r.rhs(), n, bound);
        return r;
    }

    private String boundVar(Map<String, Node> m, Node node) throws InputException {
        return boundVar(nodes, scope, m, node);
    }

    /** The claim's {@code var}: a name, not a definition's (a declared variable is shadowed). */
    static String boundVar(Nodes nodes, Scope scope, Map<String, Node> m, Node node) throws InputException {
        String var = nodes.required(m, "var", node, "this claim").trim();
        DerivationReader.checkName(nodes, m.get("var"), var, "var");
        if (scope.isDeclared(var) && !scope.isVariable(var)) {
            throw new InputException(nodes.at(m.get("var")), "var '" + var + "' is the name of a definition");
        }
        return var;
    }

    private Expr expr(Map<String, Node> m, String key, Node claim, Set<String> bound) throws InputException {
        Node n = m.get(key);
        if (n == null) {
            throw new InputException(nodes.at(claim), "this claim needs '" + key + "'");
        }
        return checked(ExpressionReader.parse(nodes, n, "'" + key + "'", false), n, bound);
    }

    private Expr checked(Expr e, Node at, Set<String> bound) throws InputException {
        String problem = scope.withBound(bound).firstProblem(e, true);
        if (problem != null) {
            throw new InputException(nodes.at(at), problem);
        }
        try {
            expander.expand(e);
        } catch (IllegalArgumentException ex) {
            throw new InputException(nodes.at(at), ex.getMessage());
        }
        return e;
    }
}
