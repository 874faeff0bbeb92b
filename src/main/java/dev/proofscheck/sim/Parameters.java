package dev.proofscheck.sim;

import java.util.Map;

/** Reading a model's parameter values with their defaults and range checks, with the value in every message. */
final class Parameters {
    private Parameters() {}

    static double get(RandomModel model, Map<String, Double> values, String name) {
        Double v = values.get(name);
        if (v == null) {
            v = model.parameter(name).map(ModelParameter::defaultValue).orElse(null);
        }
        if (v == null) {
            throw new IllegalArgumentException(model.name() + " needs parameter '" + name + "'");
        }
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(model.name() + ": parameter " + name + " = " + v + " is not a finite number");
        }
        return v;
    }

    static double positive(RandomModel model, Map<String, Double> values, String name) {
        double v = get(model, values, name);
        if (!(v > 0)) {
            throw new IllegalArgumentException(model.name() + ": parameter " + name + " = " + v + " must be positive");
        }
        return v;
    }

    static double nonNegative(RandomModel model, Map<String, Double> values, String name) {
        double v = get(model, values, name);
        if (!(v >= 0)) {
            throw new IllegalArgumentException(model.name() + ": parameter " + name + " = " + v + " must be >= 0");
        }
        return v;
    }

    /** {@code round(ratio * n)}, at least 1. */
    static int dimension(double ratio, int n) {
        return (int) Math.max(1, Math.round(ratio * n));
    }
}
