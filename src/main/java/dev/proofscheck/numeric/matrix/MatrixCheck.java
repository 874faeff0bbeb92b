package dev.proofscheck.numeric.matrix;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.model.Domain;
import dev.proofscheck.model.MatrixLimit;
import dev.proofscheck.model.MatrixSpec;
import dev.proofscheck.numeric.Comparison;
import dev.proofscheck.numeric.Deadline;
import dev.proofscheck.numeric.EvaluationException;
import dev.proofscheck.numeric.LimitApproach;
import dev.proofscheck.numeric.NumericOutcome;
import dev.proofscheck.numeric.Numbers;
import dev.proofscheck.numeric.Point;
import dev.proofscheck.numeric.Sampler;
import dev.proofscheck.numeric.Tolerances;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a matrix identity on random instances: for every combination of the listed sizes, a few
 * random draws of the matrices (and of the scalar parameters, from their domains), both sides
 * evaluated at 50 and 100 digits and compared entry by entry. One clearly different entry refutes,
 * with the sizes, the draw and its seed, the entry and both values; otherwise every size must get its
 * draws decided to verify.
 */
public final class MatrixCheck {
    private final long seed;
    private final Deadline deadline;

    public MatrixCheck(long seed, Deadline deadline) {
        this.seed = seed;
        this.deadline = deadline;
    }

    /**
     * @param lhs the left side, definitions and abbreviations substituted
     * @param scalarDomains the domains of the scalar parameters and file variables the sides use
     */
    public NumericOutcome check(Expr lhs, Expr rhs, Map<String, MatrixSpec> matrices, Map<String, List<Integer>> sizes,
            Map<String, Domain> scalarDomains, int draws) {
        return check(lhs, rhs, matrices, sizes, scalarDomains, draws, null);
    }

    /**
     * @param limit null for an identity; else the limit in which the sides agree, followed on every
     *        instance ({@link MatrixLimitApproach})
     */
    public NumericOutcome check(Expr lhs, Expr rhs, Map<String, MatrixSpec> matrices, Map<String, List<Integer>> sizes,
            Map<String, Domain> scalarDomains, int draws, MatrixLimit limit) {
        List<Map<String, Integer>> combos = combinations(sizes);
        int wanted = combos.size() * draws;
        List<Point> points = points(scalarDomains, wanted, 0);
        List<Point> spare = points(scalarDomains, wanted * (MatrixTolerances.ATTEMPTS_PER_DRAW - 1), 1);
        MatrixLadder ladder = new MatrixLadder(deadline);
        MatrixLimitApproach approach = new MatrixLimitApproach(deadline);
        int decided = 0;
        int raised = 0;
        int roundingOnly = 0;
        BigDecimal largestBound = BigDecimal.ZERO;
        int highestPrecision = 0;
        double minDigits = Double.POSITIVE_INFINITY;
        List<String> skipped = new ArrayList<>();
        List<String> undecided = new ArrayList<>();
        List<String> shortSizes = new ArrayList<>();
        int spareUsed = 0;
        for (int ci = 0; ci < combos.size(); ci++) {
            Map<String, Integer> combo = combos.get(ci);
            int decidedHere = 0;
            for (int attempt = 0; attempt < draws * MatrixTolerances.ATTEMPTS_PER_DRAW && decidedHere < draws; attempt++) {
                Point point = attempt < draws ? points.get(ci * draws + attempt) : spare.get(spareUsed++ % Math.max(1, spare.size()));
                long drawSeed = drawSeed(seed, ci, attempt);
                Map<String, RationalMatrix> drawn = new LinkedHashMap<>();
                RandomMatrices random = new RandomMatrices(drawSeed);
                for (MatrixSpec m : matrices.values()) {
                    drawn.put(m.name(), random.draw(m, combo));
                }
                String where = describe(combo, attempt, drawSeed, point);
                MatrixLadder.Pair pair;
                EntrywiseComparison c;
                MatrixLadder.Instance instance = new MatrixLadder.Instance(drawn, combo, point);
                try {
                    if (limit == null) {
                        pair = ladder.estimate(lhs, rhs, instance);
                        c = EntrywiseComparison.of(pair.lhs(), pair.rhs());
                    } else {
                        MatrixLimitApproach.Result r = approach.approach(lhs, rhs, limit, instance);
                        if (r.kind() == LimitApproach.Kind.DIVERGES) {
                            return refutedDiverging(where, r, decided);
                        }
                        if (r.kind() != LimitApproach.Kind.CONVERGED
                                || r.comparison().result() == Comparison.Result.EQUAL && r.digits() < Tolerances.LIMIT_REQUIRED_DIGITS) {
                            undecided.add(where + " (" + (r.kind() == LimitApproach.Kind.CONVERGED ? "the approach resolved only "
                                    + (int) Math.floor(r.digits()) + " digits, " : "no convergence, ") + r.trail() + ")");
                            continue;
                        }
                        pair = r.last();
                        c = r.comparison();
                        where = where + ", " + r.trail();
                    }
                } catch (EvaluationException e) {
                    skipped.add(where + ": " + e.getMessage());
                    continue;
                }
                if (pair.lhs().raised() || pair.rhs().raised()) {
                    raised++;
                }
                if (c.result() == Comparison.Result.DIFFERENT) {
                    return refuted(where, pair, c, decided);
                }
                if (c.result() == Comparison.Result.UNDECIDED) {
                    undecided.add(where);
                    continue;
                }
                decided++;
                decidedHere++;
                highestPrecision = Math.max(highestPrecision, Math.max(pair.lhs().precision(), pair.rhs().precision()));
                if (c.withinRoundingOnly()) {
                    roundingOnly++;
                    largestBound = largestBound.max(c.tolerance());
                } else {
                    minDigits = Math.min(minDigits, c.agreedDigits());
                }
            }
            if (decidedHere < draws) {
                shortSizes.add(sizesText(combo));
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        if (limit != null) {
            details.put("limit", describe(limit));
        }
        details.put("size_choices", combos.size());
        details.put("sizes", sizesList(combos));
        details.put("draws_per_size", draws);
        details.put("instances", decided);
        int base = limit == null ? Tolerances.BASE_PRECISION : LimitApproach.precisionFor(Tolerances.LIMIT_STEP_DIGITS);
        details.put("working_precision_digits", base);
        details.put("highest_precision_digits", highestPrecision);
        details.put("required_digits", Tolerances.REQUIRED_DIGITS);
        details.put("min_agreed_digits", Double.isInfinite(minDigits) ? "all" : String.valueOf((int) Math.floor(minDigits)));
        if (roundingOnly > 0) {
            details.put("instances_equal_within_rounding_error", roundingOnly);
            details.put("largest_rounding_bound", Numbers.sci(largestBound));
        }
        if (raised > 0) {
            details.put("precision_raised_at_instances", raised);
        }
        if (!skipped.isEmpty()) {
            details.put("skipped_draws", skipped.size());
            details.put("first_skipped", skipped.get(0));
        }
        if (!undecided.isEmpty()) {
            details.put("undecided_draws", undecided.size());
            details.put("first_undecided", undecided.get(0));
        }
        if (!shortSizes.isEmpty()) {
            String why = "only " + decided + " of " + wanted + " random instances decided; too few at " + String.join("; ", shortSizes)
                    + (skipped.isEmpty() ? "" : "; " + skipped.size() + " draws had no value, e.g. " + skipped.get(0))
                    + (undecided.isEmpty() ? "" : "; " + undecided.size() + " draws undecided at the highest precision, e.g. "
                            + undecided.get(0));
            return new NumericOutcome(NumericOutcome.Status.INCONCLUSIVE, why, details);
        }
        String rounding = "within " + (limit == null ? "" : "the approach's last change and ") + "rounding error (|lhs - rhs| <= " + Numbers.sci(largestBound) + ")";
        String digits;
        if (roundingOnly == decided) {
            digits = rounding;
        } else {
            digits = (Double.isInfinite(minDigits) ? "exactly at working precision"
                    : "to >= " + Math.min((int) Math.floor(minDigits), 2 * highestPrecision) + " digits of the largest entry")
                    + (roundingOnly > 0 ? " (" + roundingOnly + " instances " + rounding + ")" : "");
        }
        String summary = (limit == null ? "" : "in the limit " + describe(limit) + ": ") + combos.size() + " size" + (combos.size() == 1 ? "" : "s") + " (" + sizesList(combos) + ") x " + draws
                + " random draws = " + decided + " instances, every entry agrees " + digits
                + " (required " + Tolerances.REQUIRED_DIGITS + ", working precision " + base + "/" + 2 * base + " digits" + (raised > 0 ? ", raised to " + highestPrecision + " at " + raised + " instances" : "")
                + ")" + (skipped.isEmpty() ? "" : "; " + skipped.size() + " singular draws skipped");
        return new NumericOutcome(NumericOutcome.Status.AGREES, summary, details);
    }

    private static NumericOutcome refutedDiverging(String where, MatrixLimitApproach.Result r, int before) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("instance", where);
        details.put("approach", r.trail());
        details.put("instances_agreeing_before", before);
        return new NumericOutcome(NumericOutcome.Status.REFUTED, "at " + where + ": lhs - rhs diverges in the limit, "
                + r.trail(), details);
    }

    private static NumericOutcome refuted(String where, MatrixLadder.Pair pair, EntrywiseComparison c, int before) {
        BigMatrix l = pair.lhs().value();
        BigMatrix r = pair.rhs().value();
        boolean scalar = l.rows() == 1 && l.cols() == 1;
        String entry = scalar ? "" : " entry [" + (c.row() + 1) + ", " + (c.col() + 1) + "] (largest gap)";
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("instance", where);
        if (!scalar) {
            details.put("entry", "[" + (c.row() + 1) + ", " + (c.col() + 1) + "]");
            details.put("shape", l.shape());
        }
        details.put("lhs", Numbers.show(l.get(c.row(), c.col()), 20));
        details.put("rhs", Numbers.show(r.get(c.row(), c.col()), 20));
        details.put("difference", Numbers.sci(c.difference()));
        details.put("tolerance", Numbers.sci(c.tolerance()));
        details.put("largest_entry", Numbers.sci(c.scale()));
        details.put("instances_agreeing_before", before);
        String summary = "at " + where + ":" + entry + " lhs = " + Numbers.show(l.get(c.row(), c.col()), 16)
                + ", rhs = " + Numbers.show(r.get(c.row(), c.col()), 16) + ", |lhs - rhs| = " + Numbers.sci(c.difference())
                + " > tol = " + Numbers.sci(c.tolerance()) + (scalar ? "" : " (largest entry " + Numbers.sci(c.scale()) + ")");
        return new NumericOutcome(NumericOutcome.Status.REFUTED, summary, details);
    }

    private static String describe(MatrixLimit limit) {
        return limit.var() + " -> " + dev.proofscheck.expr.ExprPrinter.print(limit.point()) + " from "
                + (limit.direction() == dev.proofscheck.model.Direction.BOTH ? "both sides" : limit.direction().name().toLowerCase())
                + " (steps 10^-" + Tolerances.LIMIT_STEP_DIGITS + "k, k = 1.." + Tolerances.LIMIT_STEPS + ", at every instance)";
    }

    /** The seed of one draw: fixed by the claim's seed, the size choice and the attempt, whatever else is drawn. */
    static long drawSeed(long seed, int combo, int attempt) {
        long h = seed ^ 0x9e3779b97f4a7c15L;
        h = (h ^ combo) * 0xbf58476d1ce4e5b9L;
        h = (h ^ attempt) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }

    private List<Point> points(Map<String, Domain> domains, int count, long stream) {
        List<Point> out = new ArrayList<>();
        if (domains.isEmpty()) {
            for (int i = 0; i < count; i++) {
                out.add(Point.empty());
            }
            return out;
        }
        return new Sampler(seed + stream * 0x632be59bd9b4e019L).points(domains, Math.max(1, count));
    }

    /** The crossed size lists, in file order; one empty choice when the claim has no size names. */
    static List<Map<String, Integer>> combinations(Map<String, List<Integer>> sizes) {
        List<Map<String, Integer>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<Integer>> e : sizes.entrySet()) {
            List<Map<String, Integer>> next = new ArrayList<>();
            for (Map<String, Integer> partial : out) {
                for (int n : e.getValue()) {
                    Map<String, Integer> m = new LinkedHashMap<>(partial);
                    m.put(e.getKey(), n);
                    next.add(m);
                }
            }
            out = next;
        }
        return out;
    }

    private static String describe(Map<String, Integer> combo, int attempt, long drawSeed, Point point) {
        return (combo.isEmpty() ? "" : sizesText(combo) + ", ") + "draw " + (attempt + 1) + " (draw seed " + Long.toHexString(drawSeed) + ")"
                + (point.re().isEmpty() ? "" : ", " + point);
    }

    private static String sizesText(Map<String, Integer> combo) {
        if (combo.isEmpty()) {
            return "fixed sizes";
        }
        StringBuilder sb = new StringBuilder();
        combo.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        return sb.toString();
    }

    private static String sizesList(List<Map<String, Integer>> combos) {
        List<String> parts = new ArrayList<>();
        for (Map<String, Integer> c : combos) {
            parts.add(c.isEmpty() ? "fixed" : sizesText(c).replace(", ", " "));
        }
        String s = String.join("; ", parts);
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
