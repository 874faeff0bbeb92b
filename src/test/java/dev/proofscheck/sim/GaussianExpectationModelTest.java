package dev.proofscheck.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** Plain Monte Carlo of Gaussian expectations against closed forms, through the decision rule. */
class GaussianExpectationModelTest {
    private static final GaussianExpectationModel MODEL = new GaussianExpectationModel();
    private static final List<Integer> SIZES = List.of(250, 1000, 4000);

    private static SimulationDecision decide(DoubleUnaryOperator f, double prediction) {
        List<SizeEstimate> estimates = new SimulationRunner(new SimulationSettings(2, 600))
                .run(MODEL.experiment(Map.of(), "mean", f), SIZES, 40, 11, "test");
        return DecisionRule.decide(estimates, prediction, MODEL.statistic("mean").orElseThrow().finiteSize());
    }

    @Test
    void fourthMomentIsThree() {
        SimulationDecision d = decide(z -> z * z * z * z, 3);
        assertEquals(SimulationDecision.Outcome.SUPPORTED, d.outcome(), d.reason());
        // the standard error is the exact one, sqrt(Var z^4 / samples) = sqrt(96 / (40 * 4000)), within its sampling error
        EvidenceRow last = d.rows().get(d.rows().size() - 1);
        assertEquals(Math.sqrt(96.0 / (40 * 4000)), last.standardError(), 0.4 * Math.sqrt(96.0 / (40 * 4000)));
    }

    @Test
    void reluMeanIsOneOverSqrtTwoPi() {
        SimulationDecision d = decide(z -> Math.max(0, z), 1 / Math.sqrt(2 * Math.PI));
        assertEquals(SimulationDecision.Outcome.SUPPORTED, d.outcome(), d.reason());
    }

    @Test
    void aWrongClosedFormIsRefuted() {
        // E ReLU(z)^2 = 1/2, not 1/sqrt(2 pi) (the mean); E z^4 = 3, not 2 (that of a chi-square with 1 dof's mean + 1)
        assertEquals(SimulationDecision.Outcome.REFUTED, decide(z -> z > 0 ? z * z : 0, 1 / Math.sqrt(2 * Math.PI)).outcome());
        assertEquals(SimulationDecision.Outcome.REFUTED, decide(z -> z * z * z * z, 2).outcome());
    }

    @Test
    void needsTheFunction() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MODEL.experiment(Map.of(), "mean"));
        assertTrue(e.getMessage().contains("'of'"), e.getMessage());
    }
}
