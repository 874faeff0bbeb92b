package dev.proofscheck.parse;

import dev.proofscheck.expr.Builtins;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Substitution;
import dev.proofscheck.model.ClaimBody;
import dev.proofscheck.model.Definitions;
import dev.proofscheck.model.FixedPointSystem;
import dev.proofscheck.model.Relation;
import dev.proofscheck.model.SimulationBody;
import dev.proofscheck.sim.ModelParameter;
import dev.proofscheck.sim.Models;
import dev.proofscheck.sim.RandomModel;
import dev.proofscheck.sim.SimulationRunner;
import dev.proofscheck.sim.Statistic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the keys of a {@code simulation} claim: the model and statistic must exist, the parameters be the
 * model's (the required ones present), the point {@code at} give a constant to every variable the
 * parameters and prediction use, and the sizes increase. A prediction may use the root of a system
 * ({@code unknowns}, {@code equations}, {@code branch}, as in a fixed-point claim), solved at the point.
 */
final class SimulationReader {
    static final Set<String> KEYS = Set.of("model", "statistic", "parameters", "at", "predicts", "sizes", "trials", "of", "var",
            "functions", "unknowns", "equations", "branch");
    /** Trials per size when a claim does not say. */
    static final int DEFAULT_TRIALS = 40;
    static final int MAX_TRIALS = 100_000;
    /** Smallest and largest size: below 8 nothing is asymptotic; above 4000 one dense trial takes minutes. */
    static final int MIN_SIZE = 8;
    static final int MAX_SIZE = 4000;

    private final Nodes nodes;
    private final Scope scope;
    private final Definitions expander;

    SimulationReader(Nodes nodes, Scope scope, Definitions expander) {
        this.nodes = nodes;
        this.scope = scope;
        this.expander = expander;
    }

    ClaimBody read(Map<String, Node> m, Node node) throws InputException {
        String modelName = nodes.required(m, "model", node, "a simulation claim").trim();
        RandomModel model = Models.byName(modelName).orElseThrow(() -> new InputException(nodes.at(m.get("model")),
                "unknown model '" + modelName + "' (known: " + Models.names() + ")"));
        String statName = nodes.required(m, "statistic", node, "a simulation claim").trim();
        Statistic statistic = model.statistic(statName).orElseThrow(() -> new InputException(nodes.at(m.get("statistic")),
                model.name() + " has no statistic '" + statName + "' (known: "
                        + String.join(", ", model.statistics().stream().map(Statistic::name).toList()) + ")"));
        Map<String, Expr> parameters = new LinkedHashMap<>();
        Node pNode = m.get("parameters");
        if (pNode != null) {
            for (Map.Entry<String, Node> e : nodes.mapping(pNode, "'parameters'", null).entrySet()) {
                if (model.parameter(e.getKey()).isEmpty()) {
                    throw new InputException(nodes.at(e.getValue()), model.name() + " has no parameter '" + e.getKey() + "' (known: "
                            + String.join(", ", model.parameters().stream().map(ModelParameter::name).toList()) + ")");
                }
                parameters.put(e.getKey(), expression(e.getValue(), "parameter " + e.getKey()));
            }
        }
        for (ModelParameter p : model.parameters()) {
            boolean neededHere = !otherStatisticsNeed(model, statistic, p.name());
            if (p.defaultValue() == null && neededHere && !parameters.containsKey(p.name())) {
                throw new InputException(nodes.at(pNode != null ? pNode : node), model.name() + " needs parameter '" + p.name()
                        + "' (" + p.description() + ")");
            }
        }
        Map<String, Expr> at = new LinkedHashMap<>();
        Node atNode = m.get("at");
        if (atNode != null) {
            for (Map.Entry<String, Node> e : nodes.mapping(atNode, "'at'", null).entrySet()) {
                if (!scope.isVariable(e.getKey())) {
                    throw new InputException(nodes.at(e.getValue()), "'at' names '" + e.getKey() + "', which is not a declared variable");
                }
                Expr value = expression(e.getValue(), "at " + e.getKey());
                Set<String> free = Substitution.symbols(expander.expand(value));
                if (!free.isEmpty()) {
                    throw new InputException(nodes.at(e.getValue()), "'at' gives " + e.getKey() + " a value with free symbols ("
                            + String.join(", ", free) + "): it must be a number");
                }
                at.put(e.getKey(), value);
            }
        }
        Node predNode = m.get("predicts");
        if (predNode == null) {
            throw new InputException(nodes.at(node), "a simulation claim needs 'predicts' (the limit of the statistic)");
        }
        FixedPointSystem system = null;
        Set<String> unknowns = Set.of();
        if (m.containsKey("unknowns") || m.containsKey("equations")) {
            system = new FixedPointReader(nodes, scope, this::checked).system(m, node, "a simulation claim's prediction");
            unknowns = Set.copyOf(system.unknowns());
        } else if (m.containsKey("branch")) {
            throw new InputException(nodes.at(m.get("branch")), "'branch' chooses a root of 'equations' in 'unknowns', which this claim does not give");
        }
        Expr prediction = expression(predNode, "'predicts'", unknowns);
        Set<String> used = new LinkedHashSet<>(Substitution.symbols(expander.expand(prediction)));
        used.removeAll(unknowns);
        if (system != null) {
            for (Relation eq : system.equations()) {
                used.addAll(Substitution.symbols(expander.expand(eq.lhs())));
                used.addAll(Substitution.symbols(expander.expand(eq.rhs())));
            }
            used.removeAll(unknowns);
        }
        parameters.values().forEach(e -> used.addAll(Substitution.symbols(expander.expand(e))));
        Expr function = null;
        String variable = null;
        Map<String, Expr> functions = Map.of();
        if (model.averagesAFunction()) {
            if (!m.containsKey("of")) {
                throw new InputException(nodes.at(node), model.name() + " needs 'of' (the function of 'var' it takes)");
            }
            variable = ClaimReader.boundVar(nodes, scope, m, node);
            function = expression(m.get("of"), "'of'", Set.of(variable));
            used.addAll(freeBesides(function, variable));
            rejectKeys(m, List.of("functions"), "a model that takes named functions", m2 -> !m2.functionNames().isEmpty());
        } else if (!model.functionNames().isEmpty()) {
            variable = ClaimReader.boundVar(nodes, scope, m, node);
            functions = functions(model, m, node, variable);
            for (Expr f : functions.values()) {
                used.addAll(freeBesides(f, variable));
            }
            rejectKeys(m, List.of("of"), "a model that averages a function", RandomModel::averagesAFunction);
        } else {
            rejectKeys(m, List.of("of", "var"), "a model that averages a function or takes named functions",
                    m2 -> m2.averagesAFunction() || !m2.functionNames().isEmpty());
            rejectKeys(m, List.of("functions"), "a model that takes named functions", m2 -> !m2.functionNames().isEmpty());
        }
        used.removeAll(at.keySet());
        used.removeAll(Builtins.CONSTANTS);
        if (!used.isEmpty()) {
            throw new InputException(nodes.at(atNode != null ? atNode : node), "'at' must give a value to "
                    + String.join(", ", used) + " (used by the parameters or the prediction)");
        }
        List<Integer> sizes = sizes(m, node);
        int trials = DEFAULT_TRIALS;
        String trialsText = nodes.optional(m, "trials");
        if (trialsText != null) {
            trials = integer(trialsText, m.get("trials"), "trials");
            if (trials < SimulationRunner.MIN_TRIALS || trials > MAX_TRIALS) {
                throw new InputException(nodes.at(m.get("trials")), "trials must be between " + SimulationRunner.MIN_TRIALS
                        + " and " + MAX_TRIALS + ", not " + trials);
            }
        }
        return new SimulationBody(model.name(), statistic.name(), parameters, at, prediction, sizes, trials, function, variable, functions, system);
    }

    /** {@code functions:}, a mapping with exactly the model's function names, each an expression of {@code variable}. */
    private Map<String, Expr> functions(RandomModel model, Map<String, Node> m, Node node, String variable) throws InputException {
        Node fNode = m.get("functions");
        String names = String.join(", ", model.functionNames());
        if (fNode == null) {
            throw new InputException(nodes.at(node), model.name() + " needs 'functions' (" + names + ": expressions of 'var')");
        }
        Map<String, Node> given = nodes.mapping(fNode, "'functions'", null);
        for (Map.Entry<String, Node> e : given.entrySet()) {
            if (!model.functionNames().contains(e.getKey())) {
                throw new InputException(nodes.at(e.getValue()), model.name() + " takes no function '" + e.getKey() + "' (known: " + names + ")");
            }
        }
        Map<String, Expr> out = new LinkedHashMap<>();
        for (String name : model.functionNames()) {
            if (!given.containsKey(name)) {
                throw new InputException(nodes.at(fNode), model.name() + " needs function '" + name + "' in 'functions'");
            }
            out.put(name, expression(given.get(name), "function " + name, Set.of(variable)));
        }
        return out;
    }

    private Set<String> freeBesides(Expr e, String variable) {
        Set<String> free = new LinkedHashSet<>(Substitution.symbols(expander.expand(e)));
        free.remove(variable);
        return free;
    }

    private void rejectKeys(Map<String, Node> m, List<String> keys, String onlyFor, java.util.function.Predicate<RandomModel> which)
            throws InputException {
        for (String key : keys) {
            if (m.containsKey(key)) {
                throw new InputException(nodes.at(m.get(key)), "'" + key + "' is only for " + onlyFor + " ("
                        + String.join(", ", Models.all().stream().filter(which).map(RandomModel::name).toList()) + ")");
            }
        }
    }

    private static boolean otherStatisticsNeed(RandomModel model, Statistic chosen, String parameter) {
        if (chosen.needs().contains(parameter)) {
            return false;
        }
        return model.statistics().stream().anyMatch(s -> s.needs().contains(parameter));
    }

    private List<Integer> sizes(Map<String, Node> m, Node node) throws InputException {
        Node s = m.get("sizes");
        if (s == null) {
            throw new InputException(nodes.at(node), "a simulation claim needs 'sizes', e.g. [100, 200, 400]");
        }
        List<Integer> out = new ArrayList<>();
        for (Node n : nodes.sequence(s, "'sizes'")) {
            int v = integer(nodes.scalar(n, "a size"), n, "a size");
            if (v < MIN_SIZE || v > MAX_SIZE) {
                throw new InputException(nodes.at(n), "a size must be between " + MIN_SIZE + " and " + MAX_SIZE + ", not " + v);
            }
            if (!out.isEmpty() && v <= out.get(out.size() - 1)) {
                throw new InputException(nodes.at(n), "sizes must increase (" + v + " after " + out.get(out.size() - 1) + ")");
            }
            out.add(v);
        }
        if (out.size() < 2) {
            throw new InputException(nodes.at(s), "a simulation needs at least two sizes, to see the gap shrink");
        }
        return out;
    }

    private int integer(String text, Node at, String what) throws InputException {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InputException(nodes.at(at), what + " must be a whole number, not '" + text + "'");
        }
    }

    private Expr expression(Node n, String what) throws InputException {
        return expression(n, what, Set.of());
    }

    private Expr expression(Node n, String what, Set<String> bound) throws InputException {
        return checked(ExpressionReader.parse(nodes, n, what, false), n, bound);
    }

    /** Every name known ({@code bound} ones allowed), the definitions expandable. */
    private Expr checked(Expr e, Node n, Set<String> bound) throws InputException {
        String problem = scope.withBound(bound).firstProblem(e, true);
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
