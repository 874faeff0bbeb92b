package dev.proofscheck.sim;

import java.util.SplittableRandom;

/**
 * A model with its parameters fixed and one statistic chosen: each call draws fresh random objects at
 * size {@code n} from {@code rng} (and from nothing else, so that a trial is reproducible from its seed)
 * and returns the statistic.
 */
@FunctionalInterface
public interface Experiment {
    double trial(int n, SplittableRandom rng);
}
