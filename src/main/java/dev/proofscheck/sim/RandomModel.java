package dev.proofscheck.sim;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A family of random objects that a simulation claim can name ({@code model: sample-covariance}), with
 * its parameters and the statistics it can compute. Its size {@code n} (the claim's {@code sizes}) is
 * the number of samples; the other dimensions follow from the parameters (e.g. {@code p = round(gamma n)}).
 */
public sealed interface RandomModel permits SampleCovarianceModel, LeastSquaresModel, SpikedWignerModel,
        SpikedCovarianceModel {

    /** The name claims use. */
    String name();

    /** One sentence: what is drawn and how the size enters. */
    String description();

    List<ModelParameter> parameters();

    List<Statistic> statistics();

    /**
     * Fixes the parameters (the defaults filled in) and the statistic.
     *
     * @throws IllegalArgumentException for a parameter value outside the model's range, with the value
     */
    Experiment experiment(Map<String, Double> parameters, String statistic);

    default Optional<Statistic> statistic(String name) {
        return statistics().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    default Optional<ModelParameter> parameter(String name) {
        return parameters().stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
