package dev.proofscheck.sim;

import java.util.List;
import java.util.Optional;

/** The random models simulation claims can name. */
public final class Models {
    private static final List<RandomModel> ALL = List.of(new SampleCovarianceModel(), new LeastSquaresModel(),
            new SpikedWignerModel(), new SpikedCovarianceModel(),
            new GaussianExpectationModel(), new TwoLayerOneStepModel(), new RandomFeaturesModel(), new QuadraticFeaturesModel());

    private Models() {}

    public static List<RandomModel> all() {
        return ALL;
    }

    public static Optional<RandomModel> byName(String name) {
        return ALL.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** The known names, for error messages. */
    public static String names() {
        return String.join(", ", ALL.stream().map(RandomModel::name).sorted().toList());
    }
}
