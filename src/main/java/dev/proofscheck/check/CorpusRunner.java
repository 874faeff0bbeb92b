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

    public CorpusRunner(long seed, double timeoutSeconds) {
        this.seed = seed;
        this.timeoutSeconds = timeoutSeconds;
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

    /** Checks everything under {@code paths}; {@code sink} receives each result as it is produced. */
    public List<ClaimResult> run(List<Path> paths, Consumer<ClaimResult> sink) {
        List<ClaimResult> all = new ArrayList<>();
        Consumer<ClaimResult> emit = r -> {
            all.add(r);
            sink.accept(r);
        };
        List<ClaimResult> listingErrors = new ArrayList<>();
        List<Path> files = files(paths, listingErrors, seed);
        listingErrors.forEach(emit);
        if (files.isEmpty()) {
            return all;
        }
        DerivationReader reader = new DerivationReader();
        java.util.Optional<ClaimsIndex> index = ClaimsIndex.findShared();
        try (SymjaSession session = SymjaSession.open()) {
            ClaimChecker checker = new ClaimChecker(new SymjaProver(session), seed, timeoutSeconds).withSimulation(simulation);
            java.util.Set<String> derivationIds = new java.util.HashSet<>();
            for (Path f : files) {
                ParsedFile parsed = reader.read(f, f.toString());
                Derivation d = parsed.derivation();
                if (d != null && derivationIds.add(d.id())) {
                    derivations.put(d.id(), d);
                } else if (d != null) {
                    emit.accept(fileError(f.toString(), 1, "derivation id '" + d.id() + "' is used by another file too", seed));
                    continue;
                }
                for (InputError e : parsed.errors()) {
                    emit.accept(new ClaimResult(f.toString(), e.position().line(), d != null ? d.id() : null, e.claimId(),
                            null, null, false, Verdict.error(e.toString()), seed, 0));
                }
                if (d == null) {
                    continue;
                }
                for (Claim c : d.claims()) {
                    if (c.index() != null && index.isPresent() && !index.get().contains(c.index())) {
                        emit.accept(new ClaimResult(f.toString(), c.position().line(), d.id(), c.id(), c.kind(), c.index(),
                                c.expectsRefutation(), Verdict.error(c.position() + ": index '" + c.index()
                                        + "' is not a row of " + index.get().source()), seed, 0));
                        continue;
                    }
                    emit.accept(checker.check(d, c));
                }
            }
        }
        return all;
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
