package dev.proofscheck.sim;

import java.util.List;

/**
 * A number computed from one draw of a model's random objects (a spectral distance, an eigenvalue, a
 * conditional risk), with its finite-size behaviour.
 *
 * @param needs the model parameters this statistic needs beyond the model's own (e.g. the point of a
 *     Stieltjes transform)
 */
public record Statistic(String name, String description, FiniteSize finiteSize, List<String> needs) {
    public Statistic {
        needs = List.copyOf(needs);
    }

    public Statistic(String name, String description, FiniteSize finiteSize) {
        this(name, description, finiteSize, List.of());
    }
}
