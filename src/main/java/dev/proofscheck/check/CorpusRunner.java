package dev.proofscheck.check;

import dev.proofscheck.cas.SymjaProver;
import dev.proofscheck.cas.SymjaSession;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.parse.ClaimsIndex;
import dev.proofscheck.parse.DerivationReader;
import dev.proofscheck.parse.InputError;
import dev.proofscheck.parse.ParsedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Finds the derivation files under the given paths, reads each, and checks every claim, reporting each
 * result as soon as it is known. A bad file or claim becomes an ERROR result and the run goes on.
 */
public final class CorpusRunner {
    private final long seed;
    private final double timeoutSeconds;
    private final java.util.Map<String, Derivation> derivations = new java.util.LinkedHashMap<>();
    private dev.proofscheck.sim.SimulationSettings simulation = dev.proofscheck.sim.SimulationSettings.defaults();
    private RunProgress progress = RunProgress.NONE;
    private int threads = 1;
    private KindFilter kinds = KindFilter.ALL;
    private int leftOut;
    private final Map<String, Double> cpuSeconds = new java.util.concurrent.ConcurrentHashMap<>();

    public CorpusRunner(long seed, double timeoutSeconds) {
        this.seed = seed;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Told how many results to expect and which claim is being checked (a progress display). */
    public CorpusRunner withProgress(RunProgress progress) {
        this.progress = progress;
        return this;
    }

    /**
     * Claims checked at once, each thread with its own CAS worker. Reports keep the order of the files
     * and every verdict is the same as on one thread (seeds are per claim), unless a claim is so close
     * to its time limit that sharing the cores decides it.
     */
    public CorpusRunner withThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + n);
        }
        this.threads = n;
        return this;
    }

    /** Only claims of the kinds this filter admits are checked; the others are counted in {@link #leftOut}. */
    public CorpusRunner withKinds(KindFilter filter) {
        this.kinds = filter;
        return this;
    }

    /** Claims the last {@link #plan} left out because of their kind. */
    public int leftOut() {
        return leftOut;
    }

    /**
     * CPU seconds of the checking thread per claim ({@code derivation/claim}) of the last run: unlike wall
     * time, hardly disturbed by other processes on the machine. Leaves out the CAS worker process and
     * simulation trial threads (a simulation's own figure is its wall time).
     */
    public Map<String, Double> cpuSeconds() {
        return java.util.Collections.unmodifiableMap(cpuSeconds);
    }

    /** Claims checked at once. */
    public int threads() {
        return threads;
    }

    /** Threads, budget and progress display of simulation claims. */
    public CorpusRunner withSimulation(dev.proofscheck.sim.SimulationSettings settings) {
        this.simulation = settings;
        return this;
    }

    /** Derivation files under {@code paths} (directories searched recursively), in a stable order. */
    public static List<Path> files(List<Path> paths, List<ClaimResult> errors, long seed) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).sorted().forEach(f -> {
                        String n = f.getFileName().toString();
                        if (n.endsWith(".yaml") || n.endsWith(".yml")) {
                            out.add(f);
                        } else if (!n.endsWith(".md") && !n.startsWith(".")) {
                            errors.add(fileError(f.toString(), 1, "not a derivation file (.yaml or .yml): it would not be checked", seed));
                        }
                    });
                } catch (IOException e) {
                    errors.add(fileError(p.toString(), 0, "cannot list directory: " + e.getMessage(), seed));
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                errors.add(fileError(p.toString(), 0, "no such file or directory", seed));
            }
        }
        return out;
    }

    /** Checks everything under {@code paths}; {@code sink} receives each result, in file order, as soon as it and those before it are known. */
    public List<ClaimResult> run(List<Path> paths, Consumer<ClaimResult> sink) {
        List<ClaimResult> listingErrors = new ArrayList<>();
        List<Path> files = files(paths, listingErrors, seed);
        if (threads > 1 && !files.isEmpty()) {
            return runParallel(plan(files, listingErrors), sink);
        }
        List<ClaimResult> all = new ArrayList<>();
        try (Checking checking = checking()) {
            if (!files.isEmpty()) {
                checking.start(); // the CAS worker starts up while the files are read
            }
            List<Task> tasks = plan(files, listingErrors);
            progress.planned(tasks.size());
            for (Task t : tasks) {
                progress.checking(t.name());
                ClaimResult r = checking.check(t);
                all.add(r);
                sink.accept(r);
            }
        }
        return all;
    }

    /** The tasks on {@link #threads} threads, one {@link Checking} (CAS worker) each; results handed on in task order. */
    private List<ClaimResult> runParallel(List<Task> tasks, Consumer<ClaimResult> sink) {
        progress.planned(tasks.size());
        List<Checking> checkings = java.util.Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<Checking> mine = ThreadLocal.withInitial(() -> {
            Checking c = checking();
            checkings.add(c);
            return c;
        });
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "claim-checker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<ClaimResult>> futures = new ArrayList<>();
            for (Task t : tasks) {
                futures.add(pool.submit(() -> {
                    progress.checking(t.name());
                    return mine.get().check(t);
                }));
            }
            List<ClaimResult> all = new ArrayList<>();
            for (java.util.concurrent.Future<ClaimResult> f : futures) {
                ClaimResult r = await(f);
                all.add(r);
                sink.accept(r);
            }
            return all;
        } finally {
            pool.shutdownNow();
            synchronized (checkings) {
                checkings.forEach(Checking::close);
            }
        }
    }

    private static ClaimResult await(java.util.concurrent.Future<ClaimResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking claims", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }

    /**
     * One entry of a run, known once the files are read: a claim to check, or an input error whose result
     * is {@code ready} (a file that cannot be read, a claim that does not parse, an unknown index row).
     */
    public record Task(String file, String derivationId, String claimId, Derivation derivation, Claim claim, ClaimResult ready) {
        static Task of(ClaimResult ready) {
            return new Task(ready.file(), ready.derivationId(), ready.claimId(), null, null, ready);
        }

        /** {@code derivation/claim}, as in the reports. */
        public String name() {
            return ready != null ? ready.name() : derivationId + "/" + claimId;
        }
    }

    /** Reads every file under {@code paths} (nothing is checked yet): the run's tasks, in the order of the reports. */
    public List<Task> plan(List<Path> paths) {
        List<ClaimResult> listingErrors = new ArrayList<>();
        return plan(files(paths, listingErrors, seed), listingErrors);
    }

    private List<Task> plan(List<Path> files, List<ClaimResult> listingErrors) {
        List<Task> tasks = new ArrayList<>(listingErrors.stream().map(Task::of).toList());
        DerivationReader reader = new DerivationReader();
        java.util.Optional<ClaimsIndex> index = files.isEmpty() ? java.util.Optional.empty() : ClaimsIndex.findShared();
        java.util.Set<String> derivationIds = new java.util.HashSet<>();
        leftOut = 0;
        for (Path f : files) {
            ParsedFile parsed = reader.read(f, f.toString());
            Derivation d = parsed.derivation();
            if (d != null && derivationIds.add(d.id())) {
                derivations.put(d.id(), d);
            } else if (d != null) {
                tasks.add(Task.of(fileError(f.toString(), 1, "derivation id '" + d.id() + "' is used by another file too", seed)));
                continue;
            }
            for (InputError e : parsed.errors()) {
                tasks.add(Task.of(new ClaimResult(f.toString(), e.position().line(), d != null ? d.id() : null, e.claimId(),
                        null, null, false, Verdict.error(e.toString()), seed, 0)));
            }
            if (d == null) {
                continue;
            }
            for (Claim c : d.claims()) {
                if (!kinds.admits(c.kind())) {
                    leftOut++;
                } else if (c.index() != null && index.isPresent() && !index.get().contains(c.index())) {
                    tasks.add(Task.of(new ClaimResult(f.toString(), c.position().line(), d.id(), c.id(), c.kind(), c.index(),
                            c.expectsRefutation(), Verdict.error(c.position() + ": index '" + c.index()
                                    + "' is not a row of " + index.get().source()), seed, 0)));
                } else {
                    tasks.add(new Task(f.toString(), d.id(), c.id(), d, c, null));
                }
            }
        }
        return tasks;
    }

    /** Checks the tasks of a {@link #plan}; the CAS session starts with the first claim to check and ends on close. */
    public Checking checking() {
        return new Checking();
    }

    /** The checker of a run's tasks, holding its CAS session (a worker process) until closed. */
    public final class Checking implements AutoCloseable {
        private SymjaSession session;
        private ClaimChecker checker;

        private Checking() {}

        public synchronized ClaimResult check(Task t) {
            if (t.ready() != null) {
                return t.ready();
            }
            start();
            java.lang.management.ThreadMXBean threadsBean = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu0 = threadsBean.getCurrentThreadCpuTime();
            ClaimResult r = checker.check(t.derivation(), t.claim());
            long cpu1 = threadsBean.getCurrentThreadCpuTime();
            if (cpu0 >= 0 && cpu1 >= 0) {
                cpuSeconds.put(t.name(), (cpu1 - cpu0) / 1e9);
            }
            return r;
        }

        /** Starts the CAS session now (else it starts with the first claim to check). */
        public synchronized void start() {
            if (checker == null) {
                session = SymjaSession.open();
                checker = new ClaimChecker(new SymjaProver(session), seed, timeoutSeconds).withSimulation(simulation);
            }
        }

        @Override
        public synchronized void close() {
            if (session != null) {
                session.close();
                session = null;
                checker = null;
            }
        }
    }

    /** The derivations read by the last {@link #run}, by id, in the order they were read. */
    public java.util.Map<String, Derivation> derivations() {
        return java.util.Collections.unmodifiableMap(derivations);
    }

    static ClaimResult fileError(String file, int line, String message, long seed) {
        return new ClaimResult(file, line, null, null, null, null, false,
                new Verdict(Status.ERROR, "input", file + (line > 0 ? ":" + line : "") + ": " + message, Map.of()), seed, 0);
    }
}
