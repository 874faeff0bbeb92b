package dev.proofscheck.numeric;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The {@link MarginSearch} after a fixed-point claim's sample held an inequality at every point, with its
 * own budget ({@link SolverTolerances#FIXED_POINT_SEARCH}). Each point is a system solved by Newton with
 * the claim's derivatives, so points are first screened at a low precision (16/32 digits, about a third
 * of the cost); a point the screen finds violated is judged again by the check's own rule at its own
 * precision (the caller's {@code judge}: the same solve, branch and relation decision as a sampled point),
 * and only that decides. The search can only add points where the claim is decided, never another way of
 * deciding it; the first refutation it meets is returned with how it was found.
 */
final class FixedPointMarginSearch {
    /** One point judged by the check's rule: its refutation, or the relative margin (null when undecided or without a value). */
    record Judged(NumericOutcome refutation, Double margin) {}

    /** What the search found: a refutation (or null) and the search's account for the evidence. */
    record Found(NumericOutcome refutation, MarginSearch.Result searched) {}

    private FixedPointMarginSearch() {}

    /**
     * @param judge the check's rule at a point with a given precision ladder: the check's own ladder decides,
     *        a screening ladder ({@link SolverTolerances#SCREEN_PRECISION}) only chooses where to look
     * @param screen whether points may be screened first (not for {@code unique} claims, whose root
     *        comparison is made at the check's precision)
     */
    static Found search(long seed, Map<String, dev.proofscheck.model.Domain> domains, List<MarginSearch.Scored> sampled,
            PrecisionLadder ladder, boolean screen, BiFunction<PrecisionLadder, Point, Judged> judge, Deadline deadline) {
        NumericOutcome[] first = new NumericOutcome[1];
        PrecisionLadder screening = new PrecisionLadder(SolverTolerances.SCREEN_PRECISION, SolverTolerances.SCREEN_DIGITS, deadline);
        MarginSearch.Result searched = new MarginSearch(seed, domains, SolverTolerances.FIXED_POINT_SEARCH).search(sampled, p -> {
            Judged j = judge.apply(screen ? screening : ladder, p);
            if (j.refutation() != null && screen) {
                j = judge.apply(ladder, p); // a screened violation counts only when the check's own precision shows it
            }
            if (j.refutation() != null) {
                first[0] = first[0] == null ? j.refutation() : first[0];
                return -1.0;
            }
            return j.margin();
        });
        if (first[0] == null) {
            return new Found(null, searched);
        }
        NumericOutcome r = first[0];
        Map<String, Object> details = new LinkedHashMap<>(r.details());
        details.put("found_by", "margin search after " + sampled.size() + " sampled points held (" + searched.evaluated() + " more points searched)");
        return new Found(new NumericOutcome(r.status(), r.summary() + " (found by the margin search after " + sampled.size()
                + " sampled points held: " + searched.evaluated() + " more points searched)", details), searched);
    }
}
