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
import dev.proofscheck.parse.DerivationReader;
import dev.proofscheck.parse.ParsedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Mutation testing of a corpus: every claim the corpus holds to be true (not {@code expect: refuted})
 * and that the checker passes is mutated by every single edit ({@link ClaimMutations}); each mutant is
 * judged by the {@link IndependentRoute} and checked like any claim. A mutant the route shows to hold
 * is equivalent; every other one must be REFUTED by the checker, or it survives.
 */
public final class MutationRun {
    /** Longest evidence kept per survivor in the report. */
    private static final int EVIDENCE_CHARS = 240;

    private final long seed;
    private final double timeoutSeconds;

    public MutationRun(long seed, double timeoutSeconds) {
        this.seed = seed;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Runs over {@code paths}; {@code progress} receives one line per claim as it is done. */
    public MutationReport run(List<Path> paths, Consumer<String> progress) {
        List<ClaimResult> listingErrors = new ArrayList<>();
        List<Path> files = CorpusRunner.files(paths, listingErrors, seed);
        List<String> skipped = new ArrayList<>();
        listingErrors.forEach(e -> skipped.add(e.verdict().evidence()));
        List<String> survivors = new ArrayList<>();
        List<String> falseRefutations = new ArrayList<>();
        int generated = 0;
        int equivalent = 0;
        int killed = 0;
        DerivationReader reader = new DerivationReader();
        try (SymjaSession session = SymjaSession.open()) {
            ClaimChecker checker = new ClaimChecker(new SymjaProver(session), seed, timeoutSeconds);
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
                    if (c.expectsRefutation()) {
                        continue;
                    }
                    String name = d.id() + "/" + c.id();
                    ClaimResult original = checker.check(d, c);
                    if (original.status() != Status.PROVED && original.status() != Status.VERIFIED) {
                        skipped.add(name + ": the original claim is " + original.status() + ", its mutants prove nothing");
                        continue;
                    }
                    int[] counts = new int[4];
                    List<ClaimMutant> mutants = ClaimMutations.of(d, c);
                    if (mutants.isEmpty()) {
                        skipped.add(name + ": no mutations for claims of kind " + c.kind() + " yet (not covered by this run)");
                        continue;
                    }
                    for (ClaimMutant m : mutants) {
                        generated++;
                        counts[0]++;
                        Truth truth = new IndependentRoute(routeSeed(seed, d.id(), c.id()), Deadline.in(timeoutSeconds))
                                .decide(m.derivation(), m.claim());
                        ClaimResult r = checker.check(m.derivation(), m.claim());
                        String who = name + " [line " + c.position().line() + "] with " + m.describe();
                        if (truth.kind() == Truth.Kind.HOLDS) {
                            equivalent++;
                            counts[1]++;
                            if (r.status() == Status.REFUTED) {
                                falseRefutations.add(who + ": independent route says it holds (" + truth.reason()
                                        + ") but the checker REFUTED it: " + clip(r.verdict().evidence()));
                            }
                        } else if (r.status() == Status.REFUTED) {
                            killed++;
                            counts[2]++;
                        } else {
                            counts[3]++;
                            survivors.add(who + ": checker " + r.status() + " (" + clip(r.verdict().evidence())
                                    + "); independent route: " + truth.kind().name().toLowerCase() + " (" + truth.reason() + ")");
                        }
                    }
                    progress.accept(String.format(java.util.Locale.ROOT, "%-60s %4d mutants: %3d equivalent, %3d killed, %d survived",
                            name, counts[0], counts[1], counts[2], counts[3]));
                }
            }
        }
        return new MutationReport(generated, equivalent, killed, survivors, falseRefutations, skipped);
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
