package dev.proofscheck.sim;

import java.util.List;

/**
 * What a {@link RandomModel} tells a claim about itself: the name claims use, one sentence on what is
 * drawn and how the size enters, its parameters and the statistics it can compute.
 */
public record ModelInfo(String name, String description, List<ModelParameter> parameters, List<Statistic> statistics) {
    public ModelInfo {
        parameters = List.copyOf(parameters);
        statistics = List.copyOf(statistics);
    }
}
