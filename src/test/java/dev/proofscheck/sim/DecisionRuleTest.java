package dev.proofscheck.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The decision rule on made-up estimates whose verdict is known. */
class DecisionRuleTest {
    private static final FiniteSize ONE_OVER_N = new FiniteSize(1, false, 4, 0, "test");

    private static SizeEstimate at(int n, double mean, double se) {
        return new SizeEstimate(n, 40, 40, mean, se, 0);
    }

    @Test
    void gapShrinkingLikeOneOverNIsSupported() {
        List<SizeEstimate> s = List.of(at(50, 1.02, 0.005), at(100, 1.01, 0.003), at(200, 1.005, 0.002));
        assertEquals(SimulationDecision.Outcome.SUPPORTED, DecisionRule.decide(s, 1.0, ONE_OVER_N).outcome());
    }

    @Test
    void constantGapOfManyStandardErrorsIsRefuted() {
        List<SizeEstimate> s = List.of(at(50, 1.2, 0.005), at(100, 1.21, 0.003), at(200, 1.2, 0.002));
        SimulationDecision d = DecisionRule.decide(s, 1.0, ONE_OVER_N);
        assertEquals(SimulationDecision.Outcome.REFUTED, d.outcome(), d.reason());
        assertEquals(3, d.rows().size());
        assertEquals(0.2, d.rows().get(2).gap(), 1e-12);
    }

    @Test
    void largeButShrinkingGapIsNotRefuted() {
        // outside the band at the largest size, but halving with each doubling: slow convergence, not a wrong limit
        List<SizeEstimate> s = List.of(at(50, 1.8, 0.002), at(100, 1.4, 0.002), at(200, 1.2, 0.002));
        assertEquals(SimulationDecision.Outcome.INCONCLUSIVE, DecisionRule.decide(s, 1.0, ONE_OVER_N).outcome());
    }

    @Test
    void gapThatIsNotAVanishingCorrectionFailsTheRateTest() {
        // inside the band at n = 200, but the precise n = 100 gap has the other sign and is twice as large:
        // no c/n correction fits
        List<SizeEstimate> s = List.of(at(50, 1.0, 0.001), at(100, 0.97, 0.001), at(200, 1.015, 0.001));
        SimulationDecision d = DecisionRule.decide(s, 1.0, ONE_OVER_N);
        assertEquals(SimulationDecision.Outcome.INCONCLUSIVE, d.outcome(), d.reason());
        assertTrue(d.reason().contains("not consistent"), d.reason());
    }

    @Test
    void exactStatisticPredictedExactlyIsSupported() {
        List<SizeEstimate> s = List.of(at(50, 0, 0), at(100, 0, 0), at(200, 0, 0));
        assertEquals(SimulationDecision.Outcome.SUPPORTED, DecisionRule.decide(s, 0, ONE_OVER_N).outcome());
    }

    @Test
    void refutationNeedsManyStandardErrors() {
        // a constant gap of 3 SE: not shrinking, but not enough to refute either
        List<SizeEstimate> s = List.of(at(50, 1.03, 0.01), at(100, 1.03, 0.01), at(200, 1.03, 0.01));
        FiniteSize none = new FiniteSize(1, false, 0, 0, "test");
        assertEquals(SimulationDecision.Outcome.INCONCLUSIVE, DecisionRule.decide(s, 1.0, none).outcome());
    }
}
