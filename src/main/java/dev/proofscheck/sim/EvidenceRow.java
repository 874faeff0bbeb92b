package dev.proofscheck.sim;

/**
 * One line of a simulation's evidence table.
 *
 * @param gap mean - prediction
 * @param band the half-width the gap is allowed at this size: t quantile x SE + finite-size allowance
 */
public record EvidenceRow(int n, int trials, int requested, double mean, double standardError, double prediction,
        double gap, double band, double allowance) {
}
