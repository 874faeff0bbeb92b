package dev.proofscheck.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.SplittableRandom;

/**
 * Runs an experiment's trials at each size, in parallel, within a time budget.
 *
 * <p>Every trial draws from its own generator, seeded by {@link TrialSeeds} from the claim's seed, the
 * size and the trial's number, and its value is stored at its number; means are summed in trial order.
 * So the results are the same on any number of threads.
 *
 * <p>Budget: each size gets an equal share of the time left when it starts, so that what the (cheap)
 * smaller sizes leave unused passes on to the larger ones. (Shares in proportion to {@code n^3} were tried
 * first: the smallest size's sliver of the budget was spent on JIT warm-up, and the trial counts then
 * depended on the machine's load.) Trials run in batches; a size whose share
 * is spent stops after the current batch (but never below {@link #MIN_TRIALS}), and its estimate records how
 * many trials were asked for. With the budget not binding, the trial counts, and so the results, do not
 * depend on timing.
 */
public final class SimulationRunner {
    /** Fewest trials for a standard error worth the name (Student t with 7 degrees of freedom at 99% is 3.5). */
    public static final int MIN_TRIALS = 8;
    /** Trials per thread between two looks at the clock. */
    private static final int BATCH_PER_THREAD = 4;

    private final SimulationSettings settings;

    public SimulationRunner(SimulationSettings settings) {
        this.settings = settings;
    }

    /** Thrown when a trial fails (a singular matrix, a non-finite value): the message names the size and trial. */
    public static final class TrialFailure extends RuntimeException {
        TrialFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * @param sizes increasing sizes
     * @param trials trials asked for at each size
     */
    public List<SizeEstimate> run(Experiment experiment, List<Integer> sizes, int trials, long seed, String label) {
        long start = System.nanoTime();
        List<SizeEstimate> out = new ArrayList<>();
        ExecutorService pool = settings.threads() > 1 ? Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "simulation");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            for (int k = 0; k < sizes.size(); k++) {
                double elapsed = (System.nanoTime() - start) / 1e9;
                double share = (settings.budgetSeconds() - elapsed) / (sizes.size() - k);
                out.add(runSize(experiment, sizes.get(k), trials, seed, share, pool, label));
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return out;
    }

    private SizeEstimate runSize(Experiment experiment, int n, int trials, long seed, double shareSeconds,
            ExecutorService pool, String label) {
        long start = System.nanoTime();
        double[] values = new double[trials];
        int done = 0;
        int batch = settings.threads() * BATCH_PER_THREAD;
        while (done < trials) {
            int to = Math.min(trials, done + batch);
            runBatch(experiment, n, seed, values, done, to, pool);
            done = to;
            settings.progress().trials(label, n, done, trials);
            double spent = (System.nanoTime() - start) / 1e9;
            if (done >= MIN_TRIALS && done < trials && spent >= shareSeconds) {
                break;
            }
        }
        double[] used = done == trials ? values : java.util.Arrays.copyOf(values, done);
        return SizeEstimate.of(n, trials, used, (System.nanoTime() - start) / 1e9);
    }

    private static void runBatch(Experiment experiment, int n, long seed, double[] values, int from, int to, ExecutorService pool) {
        if (pool == null) {
            for (int t = from; t < to; t++) {
                values[t] = one(experiment, n, seed, t);
            }
            return;
        }
        List<Future<?>> futures = new ArrayList<>();
        for (int t = from; t < to; t++) {
            int trial = t;
            futures.add(pool.submit(() -> {
                values[trial] = one(experiment, n, seed, trial);
            }));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrialFailure("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof TrialFailure tf ? tf : new TrialFailure(String.valueOf(e.getCause()), e.getCause());
        }
    }

    private static double one(Experiment experiment, int n, long seed, int trial) {
        double v;
        try {
            v = experiment.trial(n, new SplittableRandom(TrialSeeds.of(seed, n, trial)));
        } catch (RuntimeException e) {
            throw new TrialFailure("trial " + trial + " at n = " + n + " failed: " + e.getMessage(), e);
        }
        if (!Double.isFinite(v)) {
            throw new TrialFailure("trial " + trial + " at n = " + n + " gave " + v, null);
        }
        return v;
    }
}
