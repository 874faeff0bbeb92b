package dev.proofscheck.sim;

/**
 * The seed of each trial, a function of the claim's seed, the size and the trial's number only: which
 * thread runs a trial, and in what order, cannot change what it draws.
 */
public final class TrialSeeds {
    private TrialSeeds() {}

    public static long of(long claimSeed, int size, int trial) {
        return mix(mix(claimSeed ^ 0x9E3779B97F4A7C15L * (size + 1L)) + 0xD1B54A32D192ED03L * (trial + 1L));
    }

    /** The MurmurHash3 / SplitMix64 finaliser: every input bit affects every output bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
