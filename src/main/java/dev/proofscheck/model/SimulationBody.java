package dev.proofscheck.model;

import dev.proofscheck.expr.Expr;
import java.util.List;
import java.util.Map;

/**
 * A simulation claim: the statistic of a random model, with its parameters given as expressions of the
 * derivation's variables at the point {@code at}, tends to {@code prediction} as the size grows; tested by
 * seeded trials at each of {@code sizes} (docs/simulation.md). Expressions are as written.
 *
 * @param parameters model parameter name -> expression of the variables
 * @param at variable -> constant expression: the point at which the claim is simulated
 * @param sizes increasing sizes (the model's n)
 * @param trials trials asked for at each size
 * @param function for a model that takes a function (gaussian-expectation: the function averaged;
 *     random-features: the activation): the expression {@code of} of {@code variable} and the derivation's
 *     variables; null otherwise
 * @param variable the variable of {@code function} and {@code functions}, or null
 * @param functions for a model that takes named functions (two-layer-one-step: activation, teacher): name ->
 *     expression of {@code variable} and the derivation's variables; empty otherwise
 * @param system a system whose root (solved at the point) the prediction uses, or null
 */
public record SimulationBody(String model, String statistic, Map<String, Expr> parameters, Map<String, Expr> at,
        Expr prediction, List<Integer> sizes, int trials, Expr function, String variable, Map<String, Expr> functions,
        FixedPointSystem system)
        implements ClaimBody {
    public SimulationBody {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        at = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(at));
        sizes = List.copyOf(sizes);
        functions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(functions));
    }

    /** A claim without named functions or a system. */
    public SimulationBody(String model, String statistic, Map<String, Expr> parameters, Map<String, Expr> at,
            Expr prediction, List<Integer> sizes, int trials, Expr function, String variable) {
        this(model, statistic, parameters, at, prediction, sizes, trials, function, variable, Map.of(), null);
    }

    @Override
    public String kind() {
        return "simulation";
    }
}
