package dev.proofscheck.sim;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/**
 * A family of random objects that a simulation claim can name ({@code model: sample-covariance}), with
 * its parameters and the statistics it can compute. Its size {@code n} (the claim's {@code sizes}) is
 * the number of samples; the other dimensions follow from the parameters (e.g. {@code p = round(gamma n)}).
 */
public sealed interface RandomModel permits SampleCovarianceModel, LeastSquaresModel, SpikedWignerModel,
        SpikedCovarianceModel, GaussianExpectationModel, TwoLayerOneStepModel, RandomFeaturesModel, QuadraticFeaturesModel {

    /** Name, description, parameters and statistics. */
    ModelInfo info();

    /** The name claims use. */
    default String name() {
        return info().name();
    }

    /** One sentence: what is drawn and how the size enters. */
    default String description() {
        return info().description();
    }

    default List<ModelParameter> parameters() {
        return info().parameters();
    }

    default List<Statistic> statistics() {
        return info().statistics();
    }

    /**
     * Fixes the parameters (the defaults filled in) and the statistic.
     *
     * @throws IllegalArgumentException for a parameter value outside the model's range, with the value
     */
    Experiment experiment(Map<String, Double> parameters, String statistic);

    /**
     * Whether the model takes a function of one real variable that the claim gives as an expression
     * ({@code of:}, in the variable {@code var:}): the function it averages (gaussian-expectation) or the
     * activation of its features (random-features).
     */
    default boolean averagesAFunction() {
        return false;
    }

    /**
     * As {@link #experiment(Map, String)}, for a model that {@link #averagesAFunction() takes a function}:
     * {@code function} is the claim's expression of one real variable (safe to call from several threads).
     */
    default Experiment experiment(Map<String, Double> parameters, String statistic, DoubleUnaryOperator function) {
        throw new IllegalArgumentException(name() + " takes no function");
    }

    /**
     * The functions of one real variable the model takes from the claim by name ({@code functions:}, in the
     * variable {@code var:}), e.g. a network's activation and its teacher; empty for most models.
     */
    default List<String> functionNames() {
        return List.of();
    }

    /**
     * As {@link #experiment(Map, String)}, for a model with {@link #functionNames() named functions}: name -> the
     * claim's function (safe to call from several threads).
     */
    default Experiment experiment(Map<String, Double> parameters, String statistic, Map<String, DoubleUnaryOperator> functions) {
        throw new IllegalArgumentException(name() + " takes no named functions");
    }

    /** For the evidence: what the claim's function is to the model, e.g. {@code " of f over z ~ N(0, 1)"}. */
    default String functionRole(String function, String variable) {
        return " of " + function + " over " + variable + " ~ N(0, 1)";
    }

    default Optional<Statistic> statistic(String name) {
        return statistics().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    default Optional<ModelParameter> parameter(String name) {
        return parameters().stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
