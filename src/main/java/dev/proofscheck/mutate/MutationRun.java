package dev.proofscheck.mutate;

import dev.proofscheck.cas.SymjaProver;
import dev.proofscheck.cas.SymjaSession;
import dev.proofscheck.check.ClaimChecker;
import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.check.CorpusRunner;
import dev.proofscheck.check.Status;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.numeric.Deadline;
import dev.proofscheck.numeric.Point;
import dev.proofscheck.parse.DerivationReader;
import dev.proofscheck.parse.ParsedFile;
import dev.proofscheck.sim.SimulationSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Mutation testing of a corpus: every claim the corpus holds to be true (not {@code expect: refuted})
 * and that the checker passes is mutated by every single edit ({@link ClaimMutations}); each mutant is
 * judged by the {@link IndependentRoute} and checked like any claim. A mutant the route shows to hold
 * is equivalent; every other one must be REFUTED by the checker, or it survives. When the route's sample
 * says "holds" but the checker shows a counterexample point, the route decides that point itself: a
 * failure there makes the mutant killed (listed), anything else a false refutation.
 *
 * <p>Claims are independent units of work: with several threads, each thread has its own CAS session
 * and checker, claims are handed out in file order and their results reported in that order, so the
 * counts and lists do not depend on the number of threads (only a CAS call ending at its time limit
 * could, as in any run).
 */
public final class MutationRun {
    /** Longest evidence kept per survivor in the report. */
    private static final int EVIDENCE_CHARS = 240;

    private final long seed;
    private final double timeoutSeconds;
    private Set<String> kinds = null;
    private int maxPerClaim = Integer.MAX_VALUE;
    private int threads = 1;

    public MutationRun(long seed, double timeoutSeconds) {
        this.seed = seed;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Only claims of these kinds (as written in files); null for all. */
    public MutationRun kinds(Set<String> kinds) {
        this.kinds = kinds == null ? null : Set.copyOf(kinds);
        return this;
    }

    /** At most this many mutants per claim, a choice fixed by the seed and the claim's name. */
    public MutationRun maxPerClaim(int max) {
        this.maxPerClaim = max;
        return this;
    }

    /** Claims checked at once, each thread with its own CAS worker. */
    public MutationRun threads(int threads) {
        this.threads = Math.max(1, threads);
        return this;
    }

    /** One claim to mutate. */
    private record Unit(Derivation d, Claim c) {}

    /** What one claim's mutants gave. */
    private record Outcome(String progress, int generated, int equivalent, int killed, List<String> survivors,
            List<String> falseRefutations, List<String> confirmed, List<String> stillborn, String skipped) {}

    /** Runs over {@code paths}; {@code progress} receives one line per claim as it is done. */
    public MutationReport run(List<Path> paths, Consumer<String> progress) {
        List<ClaimResult> listingErrors = new ArrayList<>();
        List<Path> files = CorpusRunner.files(paths, listingErrors, seed);
        List<String> skipped = new ArrayList<>();
        listingErrors.forEach(e -> skipped.add(e.verdict().evidence()));
        List<Unit> units = new ArrayList<>();
        DerivationReader reader = new DerivationReader();
        for (Path f : files) {
            ParsedFile parsed = reader.read(f, f.toString());
            Derivation d = parsed.derivation();
            if (d == null || !parsed.errors().isEmpty()) {
                skipped.add(f + ": not read (" + parsed.errors().size() + " input errors); run the checker on it");
                if (d == null) {
                    continue;
                }
            }
            for (Claim c : d.claims()) {
                if (!c.expectsRefutation() && (kinds == null || kinds.contains(c.kind()))) {
                    units.add(new Unit(d, c));
                }
            }
        }
        List<String> survivors = new ArrayList<>();
        List<String> falseRefutations = new ArrayList<>();
        List<String> confirmed = new ArrayList<>();
        List<String> stillborn = new ArrayList<>();
        int generated = 0;
        int equivalent = 0;
        int killed = 0;
        List<SymjaSession> sessions = Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<ClaimChecker> checkers = ThreadLocal.withInitial(() -> {
            SymjaSession s = SymjaSession.open();
            sessions.add(s);
            // one simulation thread per claim thread: the cores are already shared out among claims
            SimulationSettings sim = new SimulationSettings(threads > 1 ? 1 : SimulationSettings.defaults().threads(),
                    SimulationSettings.DEFAULT_BUDGET_SECONDS);
            return new ClaimChecker(new SymjaProver(s), seed, timeoutSeconds).withSimulation(sim);
        });
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Unit u : units) {
                futures.add(pool.submit(() -> mutate(checkers.get(), u.d(), u.c())));
            }
            for (int i = 0; i < futures.size(); i++) {
                Outcome o = get(futures.get(i), units.get(i));
                if (o.skipped() != null) {
                    skipped.add(o.skipped());
                    continue;
                }
                generated += o.generated();
                equivalent += o.equivalent();
                killed += o.killed();
                survivors.addAll(o.survivors());
                falseRefutations.addAll(o.falseRefutations());
                confirmed.addAll(o.confirmed());
                stillborn.addAll(o.stillborn());
                progress.accept(o.progress());
            }
        } finally {
            pool.shutdownNow();
            synchronized (sessions) {
                sessions.forEach(SymjaSession::close);
            }
        }
        return new MutationReport(generated, equivalent, killed, survivors, falseRefutations, skipped, confirmed, stillborn);
    }

    /** The claim's outcome; an internal failure is reported as a skipped claim (and so visible), not a lost run. */
    private static Outcome get(Future<Outcome> f, Unit u) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            return skip(u.d().id() + "/" + u.c().id() + ": internal error while mutating (please report): " + e.getCause());
        }
    }

    private Outcome mutate(ClaimChecker checker, Derivation d, Claim c) {
        String name = d.id() + "/" + c.id();
        ClaimResult original = checker.check(d, c);
        if (original.status() != Status.PROVED && original.status() != Status.VERIFIED && original.status() != Status.SUPPORTED) {
            return skip(name + ": the original claim is " + original.status() + ", its mutants prove nothing");
        }
        List<ClaimMutant> mutants = chosen(ClaimMutations.of(d, c), name);
        if (mutants.isEmpty()) {
            return skip(name + ": no mutations for this claim of kind " + c.kind());
        }
        int equivalent = 0;
        int killed = 0;
        List<String> survivors = new ArrayList<>();
        List<String> falseRefutations = new ArrayList<>();
        List<String> confirmed = new ArrayList<>();
        List<String> stillborn = new ArrayList<>();
        for (ClaimMutant m : mutants) {
            IndependentRoute route = new IndependentRoute(routeSeed(seed, d.id(), c.id()), Deadline.in(timeoutSeconds));
            Truth truth = route.decide(m.derivation(), m.claim(), c);
            ClaimResult r = checker.check(m.derivation(), m.claim());
            String who = name + " [line " + c.position().line() + "] with " + m.describe();
            Point counterexample = truth.kind() == Truth.Kind.HOLDS && r.status() == Status.REFUTED
                    ? PointText.parse(r.verdict().details().get("point")) : null;
            if (counterexample != null) {
                // the route's sample may have missed a region: it decides the checker's point itself
                Truth there = route.at(counterexample).decide(m.derivation(), m.claim(), c);
                if (there.kind() == Truth.Kind.FAILS) {
                    confirmed.add(who + ": " + there.reason());
                    truth = there;
                } else if (there.kind() != Truth.Kind.HOLDS && r.verdict().details().containsKey(NO_ROOT)) {
                    // the checker proved that no root lies on the branch there; the route cannot prove that, but
                    // its own solver must not find one (a root there would make this a false refutation)
                    confirmed.add(who + ": the checker proved no root on the branch at " + counterexample
                            + " and the route's own solver found none there either (" + there.reason() + ")");
                    truth = Truth.fails("no root on the branch at " + counterexample);
                }
            }
            String noValue = truth.kind() == Truth.Kind.NO_VALUE ? Stillborn.checkerFoundNoValue(r) : null;
            if (noValue != null) {
                stillborn.add(who + ": checker " + r.status() + " (" + noValue + "); independent route: " + truth.reason());
            } else if (truth.kind() == Truth.Kind.HOLDS) {
                equivalent++;
                if (r.status() == Status.REFUTED) {
                    falseRefutations.add(who + ": independent route says it holds (" + truth.reason()
                            + ") but the checker REFUTED it: " + clip(r.verdict().evidence()));
                }
            } else if (r.status() == Status.REFUTED) {
                killed++;
            } else {
                survivors.add(who + ": checker " + r.status() + " (" + clip(r.verdict().evidence())
                        + "); independent route: " + truth.kind().name().toLowerCase(Locale.ROOT) + " (" + truth.reason() + ")");
            }
        }
        String line = String.format(Locale.ROOT, "%-60s %4d mutants: %3d equivalent, %3d killed, %d survived",
                name, mutants.size(), equivalent, killed, survivors.size()) + (stillborn.isEmpty() ? "" : ", " + stillborn.size() + " stillborn");
        return new Outcome(line, mutants.size(), equivalent, killed, survivors, falseRefutations, confirmed, stillborn, null);
    }

    /** The detail a fixed-point refutation carries when it rests on a proof that no root lies on the branch. */
    private static final String NO_ROOT = "no_root";

    private static Outcome skip(String why) {
        return new Outcome(null, 0, 0, 0, List.of(), List.of(), List.of(), List.of(), why);
    }

    /** All mutants, or a seeded choice of {@link #maxPerClaim} of them in their original order. */
    private List<ClaimMutant> chosen(List<ClaimMutant> all, String name) {
        if (all.size() <= maxPerClaim) {
            return all;
        }
        List<ClaimMutant> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new java.util.Random(routeSeed(seed, "choice", name)));
        List<ClaimMutant> chosen = new ArrayList<>(shuffled.subList(0, maxPerClaim));
        chosen.sort(java.util.Comparator.comparingInt(all::indexOf));
        return chosen;
    }

    private static String clip(String s) {
        String t = s.replaceAll("\\s+", " ");
        return t.length() <= EVIDENCE_CHARS ? t : t.substring(0, EVIDENCE_CHARS - 3) + "...";
    }

    /** A seed per claim for the independent route, from the run seed and the claim's name (not the checker's hash). */
    private static long routeSeed(long seed, String derivation, String claim) {
        long h = seed * 0x9E3779B97F4A7C15L;
        for (char ch : (derivation + "/" + claim).toCharArray()) {
            h = (h ^ ch) * 0x100000001b3L;
        }
        return h;
    }
}
