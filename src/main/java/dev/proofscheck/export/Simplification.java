package dev.proofscheck.export;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.cas.SymjaSimplifier;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.model.Domain;
import dev.proofscheck.numeric.Deadline;
import dev.proofscheck.numeric.EvaluationException;
import dev.proofscheck.numeric.Evaluator;
import dev.proofscheck.numeric.Numbers;
import dev.proofscheck.numeric.Point;
import dev.proofscheck.numeric.Sampler;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --simplify}: each item's expression (definitions inlined) through Symja's Simplify, kept only
 * if it agrees with the original at sampled points of the item's domain; otherwise the original is
 * exported, and a comment line says why (time-out, failure, disagreement): never silently.
 */
public final class Simplification {
    /** Points compared per item (the first ones are at the ends of each variable's range). */
    static final int POINTS = 12;
    /** Points at which both must have a value before a simplification is believed. */
    static final int MIN_COMPARED = 3;
    /** Working precision of the comparison (digits). */
    private static final int PRECISION = 50;
    /** Agreement: relative difference below 10^-30 (of max(1, |value|)): far below any real change, far above rounding at 50 digits. */
    private static final BigDecimal RELATIVE = new BigDecimal("1e-30");

    /** The CAS step ({@link SymjaSimplifier#simplify}); an interface so that tests can give wrong answers on purpose. */
    @FunctionalInterface
    public interface Simplifier {
        SymjaSimplifier.Result simplify(Expr e, Map<String, Domain> domains, double seconds);
    }

    private final Simplifier simplifier;
    private final double seconds;
    private final long seed;

    public Simplification(Simplifier simplifier, double seconds, long seed) {
        this.simplifier = simplifier;
        this.seconds = seconds;
        this.seed = seed;
    }

    public ExportedDerivation apply(ExportedDerivation d) {
        List<ExportItem> out = new ArrayList<>();
        for (ExportItem item : d.items()) {
            out.add(apply(item));
        }
        return new ExportedDerivation(d.id(), d.title(), d.file(), out, d.notExported());
    }

    ExportItem apply(ExportItem item) {
        if (!(item.expanded() instanceof Expr.Call)) {
            return item;
        }
        Map<String, Domain> domains = domains(item);
        SymjaSimplifier.Result r = simplifier.simplify(item.expanded(), domains, seconds);
        if (!r.ok()) {
            return item.commented(List.of("not simplified: " + r.reason() + "; exported as written"));
        }
        if (r.simplified().equals(item.expanded())) {
            return item.commented(List.of("Symja's Simplify left it unchanged"));
        }
        String disagreement = disagreement(item.expanded(), r.simplified(), domains);
        if (disagreement != null) {
            return item.commented(List.of("WARNING: Symja's simplification " + dev.proofscheck.expr.ExprPrinter.print(r.simplified())
                    + " was rejected: " + disagreement + "; exported as written"));
        }
        return item.with(r.simplified(), List.of("simplified by Symja (definitions inlined); agrees with the original at the sampled points"));
    }

    /** Every parameter's domain; one without a declared domain (an ODE state, a fixed point's unknown) is taken as real. */
    private static Map<String, Domain> domains(ExportItem item) {
        Map<String, Domain> out = new LinkedHashMap<>();
        for (String p : item.params()) {
            out.put(p, item.domains().getOrDefault(p, new Domain.RealInterval(null, false, null, false)));
        }
        return out;
    }

    /** Null when both agree at every sampled point where the original has a value (and there are enough), else why not. */
    private String disagreement(Expr original, Expr simplified, Map<String, Domain> domains) {
        Evaluator ev = new Evaluator(PRECISION, Deadline.none());
        int compared = 0;
        for (Point p : new Sampler(seed).points(domains, POINTS)) {
            Map<String, BigComplex> env = p.at(ev);
            BigComplex a;
            try {
                a = ev.evaluate(original, env);
            } catch (EvaluationException e) {
                continue;
            }
            BigComplex b;
            try {
                b = ev.evaluate(simplified, env);
            } catch (EvaluationException e) {
                return "it has no value at " + p + " (" + e.getMessage() + ") where the original has one";
            }
            BigDecimal scale = Numbers.abs(a).max(BigDecimal.ONE);
            if (Numbers.abs(a.subtract(b)).compareTo(scale.multiply(RELATIVE)) > 0) {
                return "it differs at " + p + ": " + Numbers.show(b, 12) + " vs " + Numbers.show(a, 12);
            }
            compared++;
        }
        return compared >= MIN_COMPARED ? null : "only " + compared + " sampled points had a value to compare";
    }
}
