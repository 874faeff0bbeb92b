package dev.proofscheck.numeric;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counts the sample points at which a side was evaluated on a branch cut of Sqrt, Log or Power
 * ({@link Evaluator#branchCuts}), for the evidence: {@code 2 of 20 points evaluated on a branch cut of
 * Sqrt (principal branch taken), first at g=0.5}. A formula that means another branch is refuted at a
 * point where the branches differ; this says where the principal one was taken.
 */
public final class BranchCutTally {
    private final Set<String> functions = new TreeSet<>();
    private int points;
    private String first;

    /** Records one point whose estimates are {@code sides}. */
    public void add(Point p, Estimate... sides) {
        Set<String> here = new TreeSet<>();
        for (Estimate e : sides) {
            here.addAll(e.branchCuts());
        }
        if (!here.isEmpty()) {
            points++;
            functions.addAll(here);
            if (first == null) {
                first = p.toString();
            }
        }
    }

    /** {@code " (on the branch cut of Sqrt: the principal branch was taken)"} for one point's sides, or "". */
    public static String at(Estimate... sides) {
        Set<String> here = new TreeSet<>();
        for (Estimate e : sides) {
            here.addAll(e.branchCuts());
        }
        return here.isEmpty() ? "" : " (evaluated on a branch cut of " + String.join(", ", here)
                + ": the principal branch was taken; a formula meaning another branch differs here)";
    }

    /** {@code "; k of n points evaluated on a branch cut of Sqrt ..."}, or "" when none was. */
    public String summary(int of) {
        return points == 0 ? "" : "; " + points + " of " + of + " points evaluated on a branch cut of " + String.join(", ", functions)
                + " (principal branch taken), first at " + first;
    }

    /** Adds {@code branch_cut_points}, {@code branch_cut_functions} and {@code first_branch_cut} when any point was on a cut. */
    public void putDetails(Map<String, Object> details) {
        if (points > 0) {
            details.put("branch_cut_points", points);
            details.put("branch_cut_functions", List.copyOf(functions));
            details.put("first_branch_cut", first);
        }
    }
}
