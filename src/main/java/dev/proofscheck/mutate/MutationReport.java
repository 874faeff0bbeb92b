package dev.proofscheck.mutate;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of mutation testing a corpus: how many mutants were generated, how many the independent
 * route showed to still hold (equivalent), how many of the rest the checker refuted (killed) or not
 * (survived), each survivor with its claim and edit, and every equivalent mutant the checker refuted
 * anyway (a false refutation: a checker or route bug, never expected). {@code confirmedCounterexamples}
 * lists the mutants whose route sample missed what the checker found: the route, re-run at the checker's
 * counterexample point, saw it fail there too, so they count as killed, not equivalent. {@code stillborn}
 * lists the mutants without a value at any point ({@link Stillborn}): generated, but neither equivalent,
 * killed nor survived, so {@code generated = equivalent + killed + survived + stillborn}.
 */
public record MutationReport(int generated, int equivalent, int killed, List<String> survivors,
        List<String> falseRefutations, List<String> skippedClaims, List<String> confirmedCounterexamples,
        List<String> stillborn) {

    public MutationReport {
        survivors = List.copyOf(survivors);
        falseRefutations = List.copyOf(falseRefutations);
        skippedClaims = List.copyOf(skippedClaims);
        confirmedCounterexamples = List.copyOf(confirmedCounterexamples);
        stillborn = List.copyOf(stillborn);
    }

    public MutationReport(int generated, int equivalent, int killed, List<String> survivors, List<String> falseRefutations,
            List<String> skippedClaims) {
        this(generated, equivalent, killed, survivors, falseRefutations, skippedClaims, List.of(), List.of());
    }

    public int survived() {
        return survivors.size();
    }

    /** Killed over non-equivalent mutants, in percent; 100 when there are none. */
    public double killRate() {
        int nonEquivalent = killed + survived();
        return nonEquivalent == 0 ? 100 : 100.0 * killed / nonEquivalent;
    }

    /**
     * {@code mutants: N generated, N equivalent, N killed, N survived (kill rate X%)}; the rate reads
     * {@code n/a} when no mutant could be refuted at all, rather than a vacuous 100%.
     */
    public String line() {
        String rate = killed + survived() == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", Math.floor(killRate() * 10) / 10);
        return String.format(Locale.ROOT, "mutants: %d generated, %d equivalent, %d killed, %d survived (kill rate %s)",
                generated, equivalent, killed, survived(), rate);
    }

    /** The second summary line: the generated mutants not counted in the first because they are stillborn. */
    public String stillbornLine() {
        return String.format(Locale.ROOT, "stillborn: %d generated mutants have no value at any point (checker and route agree), "
                + "not counted above", stillborn.size());
    }
}
