package dev.proofscheck.export;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.numeric.Deadline;
import dev.proofscheck.numeric.EvaluationException;
import dev.proofscheck.numeric.Evaluator;
import dev.proofscheck.numeric.Numbers;
import dev.proofscheck.numeric.Point;
import dev.proofscheck.expr.Expr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares values computed by exported code in double precision with the checker's evaluation, and
 * counts what happened. The rules: no comparison where the checker has no value (a pole) or a
 * subexpression is beyond 1e300 (double overflow); a failed evaluation (NaN, ValueError) is right
 * exactly where a subexpression is not real; otherwise the values must differ by at most the
 * {@link DoubleErrorBound} tolerance.
 */
final class DoubleAgreement {
    /** The checker's side per expression and point, shared by the Java and Python tests (the same points). */
    private static final Map<Expr, Map<Point, Optional<DoubleErrorBound.Bound>>> CACHE = new IdentityHashMap<>();
    private final DoubleErrorBound bounds = new DoubleErrorBound();
    final List<String> failures = new ArrayList<>();
    int compared;
    int failedWhereComplex;
    int beyondRange;

    /** The checker's side at a point, or null when it has no value there. */
    DoubleErrorBound.Bound expected(ExportItem item, Point p) {
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(item.expanded(), k -> new HashMap<>()).computeIfAbsent(p, q -> {
                try {
                    return Optional.of(bounds.bound(item.expanded(), q.at(new Evaluator(40, Deadline.none()))));
                } catch (EvaluationException e) {
                    return Optional.empty();
                }
            }).orElse(null);
        }
    }

    /** Records the comparison of {@code got} (null: the evaluation failed, NaN included) with {@code b}. */
    void compare(String what, Point p, DoubleErrorBound.Bound b, Double re, double im) {
        if (b.beyondDoubleRange()) {
            beyondRange++;
            return;
        }
        if (re == null || re.isNaN() || Double.isNaN(im)) {
            if (!b.complexIntermediate()) {
                failures.add(what + " at " + p + ": evaluation failed, checker " + Numbers.show(b.value(), 17) + ", real throughout");
            }
            failedWhereComplex++;
            return;
        }
        BigComplex got = BigComplex.valueOf(new java.math.BigDecimal(re), new java.math.BigDecimal(im));
        double gap = Numbers.abs(got.subtract(b.value())).doubleValue();
        if (!(gap <= b.tolerance())) {
            failures.add(what + " at " + p + ": exported " + re + (im == 0 ? "" : " + " + im + " I") + ", checker "
                    + Numbers.show(b.value(), 17) + ", tolerance " + b.tolerance());
        }
        compared++;
    }

    String summary() {
        return compared + " points compared, " + failedWhereComplex + " failed where a subexpression is complex, "
                + beyondRange + " beyond double range";
    }

    String failureReport() {
        return failures.size() + " disagreements:\n" + String.join("\n", failures.subList(0, Math.min(20, failures.size())));
    }
}
