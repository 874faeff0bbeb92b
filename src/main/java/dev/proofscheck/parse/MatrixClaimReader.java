package dev.proofscheck.parse;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.model.Definitions;
import dev.proofscheck.model.Dim;
import dev.proofscheck.model.Domain;
import dev.proofscheck.model.MatrixIdentity;
import dev.proofscheck.model.MatrixLimit;
import dev.proofscheck.model.MatrixSpec;
import dev.proofscheck.model.MatrixType;
import dev.proofscheck.model.Variable;
import dev.proofscheck.numeric.matrix.MatrixTolerances;
import dev.proofscheck.numeric.matrix.ShapeChecker;
import dev.proofscheck.numeric.matrix.ShapeException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the body of a {@code matrix} claim: its sizes, random matrices, scalar parameters, abbreviations
 * and the two sides, and runs the symbolic shape pass, so that a product of mismatched dimensions is an
 * input error at its line before anything is evaluated.
 */
final class MatrixClaimReader {
    private static final Set<String> MATRIX_KEYS = Set.of("dims", "type", "rank");
    private static final Set<String> LIMIT_KEYS = Set.of("var", "at", "side");
    /** Names a limit point may use: it is a constant, evaluated before anything is drawn. */
    private static final Set<String> CONSTANTS = Set.of("Pi", "E");

    private final Nodes nodes;
    private final Scope scope;
    private final Definitions expander;
    private final Map<String, Variable> variables;

    MatrixClaimReader(Nodes nodes, Scope scope, Definitions expander, Map<String, Variable> variables) {
        this.nodes = nodes;
        this.scope = scope;
        this.expander = expander;
        this.variables = variables;
    }

    MatrixIdentity read(Map<String, Node> m, Node claim) throws InputException {
        Set<String> taken = new HashSet<>();
        Map<String, List<Integer>> sizes = sizes(m, taken);
        Map<String, MatrixSpec> matrices = matrices(m, claim, sizes.keySet(), taken);
        Map<String, Domain> scalars = scalars(m, taken);
        int draws = draws(m);
        MatrixLimit limit = limit(m, taken);
        Set<String> names = new HashSet<>(taken);
        if (limit != null) {
            names.add(limit.var());
        }
        Map<String, Expr> where = new LinkedHashMap<>();
        Map<String, Node> whereNodes = new LinkedHashMap<>();
        Node w = m.get("where");
        if (w != null) {
            Map<String, Node> keys = nodes.keyNodes(w);
            for (Map.Entry<String, Node> e : nodes.mapping(w, "'where'", null).entrySet()) {
                newName(keys.get(e.getKey()), e.getKey(), "'where' name", names);
                where.put(e.getKey(), parse(e.getValue(), "where " + e.getKey(), names));
                whereNodes.put(e.getKey(), e.getValue());
                names.add(e.getKey());
            }
        }
        Node lhsNode = required(m, "lhs", claim);
        Node rhsNode = required(m, "rhs", claim);
        Expr lhs = parse(lhsNode, "'lhs'", names);
        Expr rhs = parse(rhsNode, "'rhs'", names);
        MatrixIdentity body = new MatrixIdentity(matrices, scalars, sizes, where, lhs, rhs, draws, limit);
        ShapeChecker shapes = new ShapeChecker(matrices, sizes.keySet());
        try {
            for (Map.Entry<String, Node> e : whereNodes.entrySet()) {
                shapeAt(shapes, body, Expr.sym(e.getKey()), e.getValue(), "where " + e.getKey());
            }
            shapeAt(shapes, body, lhs, lhsNode, "lhs");
            shapeAt(shapes, body, rhs, rhsNode, "rhs");
            shapes.checkIdentity(body.resolve(lhs, expander::expand), body.resolve(rhs, expander::expand));
        } catch (ShapeException ex) {
            throw new InputException(nodes.at(lhsNode), "dimension mismatch: " + ex.getMessage());
        }
        return body;
    }

    private void shapeAt(ShapeChecker shapes, MatrixIdentity body, Expr e, Node at, String what) throws InputException {
        try {
            shapes.shape(body.resolve(e, expander::expand));
        } catch (ShapeException ex) {
            throw new InputException(nodes.at(at), "dimension mismatch in " + what + ": " + ex.getMessage());
        }
    }

    private Map<String, List<Integer>> sizes(Map<String, Node> m, Set<String> taken) throws InputException {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        Node s = m.get("sizes");
        if (s == null) {
            return out;
        }
        Map<String, Node> keys = nodes.keyNodes(s);
        long combinations = 1;
        for (Map.Entry<String, Node> e : nodes.mapping(s, "'sizes'", null).entrySet()) {
            String name = e.getKey();
            DerivationReader.checkName(nodes, keys.get(name), name, "size");
            Variable v = variables.get(name);
            if (v == null && scope.isDeclared(name)) {
                throw new InputException(nodes.at(keys.get(name)), "size '" + name + "' is the name of a definition");
            }
            if (v != null && !(v.domain() instanceof Domain.IntegerRange)) {
                throw new InputException(nodes.at(keys.get(name)), "size '" + name + "' is a variable of domain "
                        + v.domain().describe() + "; a size must be an integer variable (or a name of this claim only)");
            }
            List<Node> items = e.getValue() instanceof ScalarNode ? List.of(e.getValue()) : nodes.sequence(e.getValue(), "sizes of '" + name + "'");
            if (items.isEmpty()) {
                throw new InputException(nodes.at(e.getValue()), "sizes of '" + name + "' is empty");
            }
            List<Integer> values = new ArrayList<>();
            for (Node item : items) {
                int n = wholeNumber(item, "a size", 1, MatrixTolerances.MAX_SIZE);
                if (v != null) {
                    Domain.IntegerRange r = (Domain.IntegerRange) v.domain();
                    if (n < r.lo() || n > r.hi()) {
                        throw new InputException(nodes.at(item), "size " + n + " of '" + name + "' is outside its declared domain "
                                + r.describe());
                    }
                }
                if (values.contains(n)) {
                    throw new InputException(nodes.at(item), "size " + n + " of '" + name + "' is listed twice");
                }
                values.add(n);
            }
            combinations *= values.size();
            if (combinations > MatrixTolerances.MAX_SIZE_COMBINATIONS) {
                throw new InputException(nodes.at(e.getValue()), "the size lists cross to more than "
                        + MatrixTolerances.MAX_SIZE_COMBINATIONS + " combinations; list fewer sizes");
            }
            out.put(name, List.copyOf(values));
            taken.add(name);
        }
        return out;
    }

    private Map<String, MatrixSpec> matrices(Map<String, Node> m, Node claim, Set<String> sizeNames, Set<String> taken)
            throws InputException {
        Node ms = m.get("matrices");
        if (ms == null) {
            throw new InputException(nodes.at(claim), "a matrix claim needs 'matrices' (name: {dims: [n, n], type: general})");
        }
        Map<String, MatrixSpec> out = new LinkedHashMap<>();
        Map<String, Node> keys = nodes.keyNodes(ms);
        for (Map.Entry<String, Node> e : nodes.mapping(ms, "'matrices'", null).entrySet()) {
            String name = e.getKey();
            Node keyNode = keys.get(name);
            newName(keyNode, name, "matrix", taken);
            Map<String, Node> spec = nodes.mapping(e.getValue(), "matrix '" + name + "'", MATRIX_KEYS);
            Node dimsNode = spec.get("dims");
            if (dimsNode == null) {
                throw new InputException(nodes.at(e.getValue()), "matrix '" + name + "' needs 'dims' ([rows, cols], or [n] for a column vector)");
            }
            List<Node> dims = nodes.sequence(dimsNode, "'dims'");
            if (dims.isEmpty() || dims.size() > 2) {
                throw new InputException(nodes.at(dimsNode), "'dims' must be [rows, cols], or [n] for a column vector");
            }
            Dim rows = dim(dims.get(0), sizeNames);
            Dim cols = dims.size() == 2 ? dim(dims.get(1), sizeNames) : Dim.of(1);
            String typeText = nodes.optional(spec, "type");
            MatrixType type = typeText == null ? (dims.size() == 1 ? MatrixType.VECTOR : MatrixType.GENERAL) : MatrixType.of(typeText.trim());
            if (type == null) {
                List<String> known = new ArrayList<>();
                for (MatrixType t : MatrixType.values()) {
                    known.add(t.word());
                }
                throw new InputException(nodes.at(spec.get("type")), "unknown matrix type '" + typeText + "' (known: "
                        + String.join(", ", known) + ")");
            }
            if (type.square() && !rows.equals(cols)) {
                throw new InputException(nodes.at(dimsNode), "a " + type.word() + " matrix must be square, not " + rows + " x " + cols);
            }
            if (type == MatrixType.VECTOR && !cols.isOne()) {
                throw new InputException(nodes.at(dimsNode), "a vector is a column: dims [n] or [n, 1], not " + rows + " x " + cols);
            }
            Dim rank = null;
            if (spec.containsKey("rank")) {
                if (type.square()) {
                    throw new InputException(nodes.at(spec.get("rank")), "'rank' is only for general matrices");
                }
                rank = dim(spec.get("rank"), sizeNames);
            }
            out.put(name, new MatrixSpec(name, rows, cols, type, rank));
        }
        if (out.isEmpty()) {
            throw new InputException(nodes.at(ms), "'matrices' is empty");
        }
        return out;
    }

    private Map<String, Domain> scalars(Map<String, Node> m, Set<String> taken) throws InputException {
        Map<String, Domain> out = new LinkedHashMap<>();
        Node s = m.get("scalars");
        if (s == null) {
            return out;
        }
        Map<String, Node> keys = nodes.keyNodes(s);
        for (Map.Entry<String, Node> e : nodes.mapping(s, "'scalars'", null).entrySet()) {
            newName(keys.get(e.getKey()), e.getKey(), "scalar", taken);
            try {
                out.put(e.getKey(), DomainParser.parse(nodes.scalar(e.getValue(), "a domain")));
            } catch (IllegalArgumentException ex) {
                throw new InputException(nodes.at(e.getValue()), "domain of scalar '" + e.getKey() + "': " + ex.getMessage());
            }
        }
        return out;
    }

    /**
     * The optional {@code limit: {var: d, at: 0, side: above}}: {@code var} a name of this claim (a file
     * variable of that name is shadowed), {@code at} a finite constant.
     */
    private MatrixLimit limit(Map<String, Node> m, Set<String> taken) throws InputException {
        Node l = m.get("limit");
        if (l == null) {
            return null;
        }
        Map<String, Node> spec = nodes.mapping(l, "'limit'", LIMIT_KEYS);
        String var = ClaimReader.boundVar(nodes, scope, spec, l);
        if (taken.contains(var)) {
            throw new InputException(nodes.at(spec.get("var")), "limit var '" + var + "' is already a name of this claim");
        }
        Node atNode = required(spec, "at", l);
        Expr at = ExpressionReader.parse(nodes, atNode, "'at'", false);
        Set<String> free = new HashSet<>(dev.proofscheck.expr.Substitution.symbols(at));
        free.removeAll(CONSTANTS);
        if (!free.isEmpty()) {
            throw new InputException(nodes.at(atNode), "the limit point of a matrix claim must be a finite constant, not '"
                    + nodes.scalar(atNode, "'at'").trim() + "' (it uses " + String.join(", ", new java.util.TreeSet<>(free)) + ")");
        }
        String problem = scope.firstProblem(at, false);
        if (problem != null) {
            throw new InputException(nodes.at(atNode), problem);
        }
        return new MatrixLimit(var, at, ClaimReader.side(nodes, spec));
    }

    private int draws(Map<String, Node> m) throws InputException {
        Node d = m.get("draws");
        return d == null ? MatrixTolerances.DRAWS_PER_SIZE : wholeNumber(d, "'draws'", 1, MatrixTolerances.MAX_DRAWS_PER_SIZE);
    }

    /** A name new to this claim: not a file variable or definition, nor an earlier name of the claim. */
    private void newName(Node at, String name, String what, Set<String> taken) throws InputException {
        DerivationReader.checkName(nodes, at, name, what);
        if (scope.isDeclared(name)) {
            throw new InputException(nodes.at(at), what + " '" + name + "' is already a variable or definition of the file");
        }
        if (!taken.add(name)) {
            throw new InputException(nodes.at(at), what + " '" + name + "' is already a name of this claim");
        }
    }

    private Dim dim(Node n, Set<String> sizeNames) throws InputException {
        String text = nodes.scalar(n, "a dimension").trim();
        if (text.matches("\\d+")) {
            return Dim.of(wholeNumber(n, "a dimension", 1, MatrixTolerances.MAX_SIZE));
        }
        if (!sizeNames.contains(text)) {
            throw new InputException(nodes.at(n), "dimension '" + text + "' is neither a whole number nor a size listed under 'sizes'");
        }
        return Dim.named(text);
    }

    private int wholeNumber(Node n, String what, int lo, int hi) throws InputException {
        String text = nodes.scalar(n, what).trim();
        int v;
        try {
            v = Integer.parseInt(text);
        } catch (NumberFormatException ex) {
            throw new InputException(nodes.at(n), what + " must be a whole number, not '" + text + "'");
        }
        if (v < lo || v > hi) {
            throw new InputException(nodes.at(n), what + " must be between " + lo + " and " + hi + ", not " + v);
        }
        return v;
    }

    private Node required(Map<String, Node> m, String key, Node claim) throws InputException {
        Node n = m.get(key);
        if (n == null) {
            throw new InputException(nodes.at(claim), "this claim needs '" + key + "'");
        }
        return n;
    }

    private Expr parse(Node n, String what, Set<String> names) throws InputException {
        Expr e = ExpressionReader.parse(nodes, n, what, false);
        String problem = scope.withMatrices(names).firstProblem(e, false);
        if (problem != null) {
            throw new InputException(nodes.at(n), problem);
        }
        try {
            expander.expand(e);
        } catch (IllegalArgumentException ex) {
            throw new InputException(nodes.at(n), ex.getMessage());
        }
        return e;
    }
}
