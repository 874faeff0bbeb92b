package dev.proofscheck.sim;

import java.util.List;

/** What the simulations say about a predicted limit, why, and the table it rests on. */
public record SimulationDecision(Outcome outcome, String reason, List<EvidenceRow> rows) {
    public enum Outcome {
        /** Within the band at the largest size, and the gaps shrink like the statistic's finite-size correction. */
        SUPPORTED,
        /** Many standard errors off at the largest size, and the gap does not shrink. */
        REFUTED,
        /** Neither. */
        INCONCLUSIVE
    }

    public SimulationDecision {
        rows = List.copyOf(rows);
    }
}
