package dev.proofscheck.numeric;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@link MarginSearch} after a fixed-point claim's sample held an inequality at every point, with its
 * own budget ({@link SolverTolerances#FIXED_POINT_SEARCH}). Each point is a system solved by Newton with
 * the claim's derivatives, so points are first screened (16/32 digits, the first root on the branch
 * only); a point the screen finds violated is judged again by the check's own rule (the caller's
 * {@code decide}: the same solves, branch, uniqueness and relation decision as a sampled point), and only
 * that decides. The search can only add points where the claim is decided, never another way of
 * deciding it; the first refutation it meets is returned with how it was found.
 */
final class FixedPointMarginSearch {
    /** One point judged by the check's rule: its refutation, or the relative margin (null when undecided or without a value). */
    record Judged(NumericOutcome refutation, Double margin) {}

    /** What the search found: a refutation (or null) and the search's account for the evidence. */
    record Found(NumericOutcome refutation, MarginSearch.Result searched) {}

    private FixedPointMarginSearch() {}

    /** The screen's precision ladder ({@link SolverTolerances#SCREEN_PRECISION}). */
    static PrecisionLadder screeningLadder(Deadline deadline) {
        return new PrecisionLadder(SolverTolerances.SCREEN_PRECISION, SolverTolerances.SCREEN_DIGITS, deadline);
    }

    /**
     * @param screen a cheap look at a point (e.g. at the {@link #screeningLadder}, first root only): only
     *        chooses where {@code decide} is asked
     * @param decide the check's own rule at a point
     */
    static Found search(long seed, Map<String, dev.proofscheck.model.Domain> domains, List<MarginSearch.Scored> sampled,
            Function<Point, Judged> screen, Function<Point, Judged> decide) {
        NumericOutcome[] first = new NumericOutcome[1];
        MarginSearch.Result searched = new MarginSearch(seed, domains, SolverTolerances.FIXED_POINT_SEARCH).search(sampled, p -> {
            Judged j = screen.apply(p);
            if (j.refutation() != null) {
                j = decide.apply(p); // a screened violation counts only when the check's own rule shows it
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
