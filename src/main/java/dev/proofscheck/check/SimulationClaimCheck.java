package dev.proofscheck.check;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.ExprPrinter;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.Definitions;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.model.SimulationBody;
import dev.proofscheck.numeric.Deadline;
import dev.proofscheck.numeric.EvaluationException;
import dev.proofscheck.numeric.Estimate;
import dev.proofscheck.numeric.Evaluator;
import dev.proofscheck.numeric.NoValueAnywhere;
import dev.proofscheck.numeric.PrecisionLadder;
import dev.proofscheck.numeric.RealFunction;
import dev.proofscheck.numeric.SystemRoot;
import dev.proofscheck.numeric.Tolerances;
import dev.proofscheck.sim.DecisionRule;
import dev.proofscheck.sim.EvidenceRow;
import dev.proofscheck.sim.Experiment;
import dev.proofscheck.sim.Models;
import dev.proofscheck.sim.RandomModel;
import dev.proofscheck.sim.SimulationDecision;
import dev.proofscheck.sim.SimulationRunner;
import dev.proofscheck.sim.SimulationSettings;
import dev.proofscheck.sim.SizeEstimate;
import dev.proofscheck.sim.Statistic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * Checks a simulation claim: evaluates the point, the model parameters and the prediction with the
 * arbitrary-precision evaluator, runs the seeded trials ({@link SimulationRunner}) and turns the
 * statistical decision ({@link DecisionRule}) into a verdict whose evidence is the table of sizes.
 */
final class SimulationClaimCheck {
    /** The imaginary part a parameter or prediction may have (relative) and still count as real: rounding only. */
    private static final double REAL_TOLERANCE = 1e-20;

    private final SimulationSettings settings;

    SimulationClaimCheck(SimulationSettings settings) {
        this.settings = settings;
    }

    Verdict check(Derivation d, Claim c, SimulationBody b, Definitions defs, long claimSeed, Deadline deadline) {
        RandomModel model = Models.byName(b.model()).orElseThrow();
        Statistic statistic = model.statistic(b.statistic()).orElseThrow();
        PrecisionLadder ladder = new PrecisionLadder(deadline);
        Map<String, Double> parameters = new LinkedHashMap<>();
        double prediction;
        Map<String, Expr> point = new LinkedHashMap<>();
        b.at().forEach((k, v) -> point.put(k, defs.expand(v)));
        Map<String, Double> atValues = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, Expr> e : point.entrySet()) {
                atValues.put(e.getKey(), real(ladder, e.getValue(), Map.of(), Map.of(), "the value of " + e.getKey()));
            }
            for (Map.Entry<String, Expr> e : b.parameters().entrySet()) {
                parameters.put(e.getKey(), real(ladder, defs.expand(e.getValue()), point, Map.of(), "parameter " + e.getKey()));
            }
            Map<String, BigComplex> root = b.system() == null ? Map.of() : root(b, defs, point, deadline);
            prediction = real(ladder, defs.expand(b.prediction()), point, root, "the prediction");
        } catch (EvaluationException e) {
            // the claim's one point: a prediction without a value there states nothing (a stillborn mutant's mark)
            Verdict error = Verdict.error(c.position() + ": " + e.getMessage());
            return e.noValue() ? error.withNoValue(new NoValueAnywhere(1, "the claim's point: " + e.getMessage())) : error;
        }
        Experiment experiment;
        try {
            if (b.function() != null) {
                experiment = model.experiment(parameters, statistic.name(), new RealFunction(defs.expand(b.function()), b.variable(), atValues));
            } else if (!b.functions().isEmpty()) {
                Map<String, DoubleUnaryOperator> functions = new LinkedHashMap<>();
                b.functions().forEach((k, f) -> functions.put(k, new RealFunction(defs.expand(f), b.variable(), atValues)));
                experiment = model.experiment(parameters, statistic.name(), functions);
            } else {
                experiment = model.experiment(parameters, statistic.name());
            }
        } catch (IllegalArgumentException e) {
            return Verdict.error(c.position() + ": " + e.getMessage());
        }
        List<SizeEstimate> estimates;
        try {
            estimates = new SimulationRunner(settings).run(experiment, b.sizes(), b.trials(), claimSeed, d.id() + "/" + c.id());
        } catch (SimulationRunner.TrialFailure e) {
            return new Verdict(Status.INCONCLUSIVE, "simulation", "a trial failed: " + e.getMessage(), Map.of());
        }
        SimulationDecision decision = DecisionRule.decide(estimates, prediction, statistic.finiteSize());
        Status status = switch (decision.outcome()) {
            case SUPPORTED -> Status.SUPPORTED;
            case REFUTED -> Status.REFUTED;
            case INCONCLUSIVE -> Status.INCONCLUSIVE;
        };
        // a model without parameters (gaussian-expectation) is shown at the claim's point
        return new Verdict(status, "simulation", evidence(b, parameters.isEmpty() ? atValues : parameters, prediction, decision, claimSeed),
                details(b, parameters, prediction, decision, claimSeed));
    }

    /**
     * The prediction's system solved at the claim's point (at twice the base precision: the root then carries
     * more digits than any evaluation of the prediction needs).
     */
    private static Map<String, BigComplex> root(SimulationBody b, Definitions defs, Map<String, Expr> point, Deadline deadline)
            throws EvaluationException {
        int precision = 2 * Tolerances.BASE_PRECISION;
        Evaluator ev = new Evaluator(precision, deadline);
        Map<String, BigComplex> values = new LinkedHashMap<>();
        for (Map.Entry<String, Expr> e : point.entrySet()) {
            values.put(e.getKey(), ev.evaluate(e.getValue(), Map.of()));
        }
        return SystemRoot.solve(b.system().expanded(defs), values, precision, deadline);
    }

    /** {@code e} at {@code point}, with the {@code fixed} symbols (a system's root) as constants. */
    private static double real(PrecisionLadder ladder, Expr e, Map<String, Expr> point, Map<String, BigComplex> fixed, String what)
            throws EvaluationException {
        Estimate est = ladder.estimate(e, ev -> {
            Map<String, BigComplex> env = new LinkedHashMap<>(fixed);
            for (Map.Entry<String, Expr> p : point.entrySet()) {
                try {
                    env.put(p.getKey(), ev.evaluate(p.getValue(), Map.of()));
                } catch (EvaluationException ex) {
                    throw new IllegalStateException(ex.getMessage(), ex);
                }
            }
            return env;
        });
        BigComplex v = est.value();
        double re = v.re.doubleValue();
        double im = v.im.doubleValue();
        if (!Double.isFinite(re) || Math.abs(im) > REAL_TOLERANCE * Math.max(1, Math.abs(re))) {
            throw new EvaluationException(what + " is not a finite real number: " + v.re.round(new java.math.MathContext(12))
                    + (v.im.signum() != 0 ? " + " + v.im.round(new java.math.MathContext(12)) + " I" : ""));
        }
        return re;
    }

    private String evidence(SimulationBody b, Map<String, Double> parameters, double prediction, SimulationDecision decision, long seed) {
        StringBuilder sb = new StringBuilder(decision.reason());
        // no thread count here: the evidence is the same on any number of threads, byte for byte
        String of = b.function() == null ? "" : Models.byName(b.model()).orElseThrow().functionRole(ExprPrinter.print(b.function()), b.variable());
        if (!b.functions().isEmpty()) {
            List<String> parts = new ArrayList<>();
            b.functions().forEach((k, f) -> parts.add(k + "[" + b.variable() + "] = " + ExprPrinter.print(f)));
            of = " with " + String.join(", ", parts);
        }
        sb.append(String.format(Locale.ROOT, "%n%s/%s%s%s, prediction %.6g, trial seeds from %d",
                b.model(), b.statistic(), of, parameters.isEmpty() ? "" : " at " + show(parameters), prediction, seed));
        sb.append(String.format(Locale.ROOT, "%n%7s %7s %13s %11s %13s %12s %11s", "n", "trials", "mean", "SE", "prediction", "gap", "band"));
        for (EvidenceRow r : decision.rows()) {
            sb.append(String.format(Locale.ROOT, "%n%7d %7s %13.6g %11.3g %13.6g %+12.3g %11.3g", r.n(),
                    r.trials() < r.requested() ? r.trials() + "*" : String.valueOf(r.trials()), r.mean(), r.standardError(),
                    r.prediction(), r.gap(), r.band()));
        }
        if (decision.rows().stream().anyMatch(r -> r.trials() < r.requested())) {
            sb.append(String.format(Locale.ROOT, "%n* trials scaled down from %d to fit --sim-budget %.0f s; results then depend on the machine's speed",
                    b.trials(), settings.budgetSeconds()));
        }
        return sb.toString();
    }

    private static String show(Map<String, Double> parameters) {
        List<String> parts = new ArrayList<>();
        parameters.forEach((k, v) -> parts.add(k + " = " + String.format(Locale.ROOT, "%.6g", v)));
        return String.join(", ", parts);
    }

    /** The JSON details; numbers as strings with 6 significant digits (the JSON writer prints doubles with 3 decimals). */
    private static Map<String, Object> details(SimulationBody b, Map<String, Double> parameters, double prediction,
            SimulationDecision decision, long seed) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", b.model());
        out.put("statistic", b.statistic());
        if (b.function() != null) {
            out.put("of", ExprPrinter.print(b.function()));
            out.put("var", b.variable());
        }
        if (!b.functions().isEmpty()) {
            Map<String, Object> f = new LinkedHashMap<>();
            b.functions().forEach((k, e) -> f.put(k, ExprPrinter.print(e)));
            out.put("functions", f);
            out.put("var", b.variable());
        }
        Map<String, Object> p = new LinkedHashMap<>();
        parameters.forEach((k, v) -> p.put(k, g(v)));
        out.put("parameters", p);
        out.put("prediction", g(prediction));
        out.put("confidence", g(DecisionRule.CONFIDENCE));
        out.put("trial_seed", seed);
        List<Object> table = new ArrayList<>();
        for (EvidenceRow r : decision.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("n", r.n());
            row.put("trials", r.trials());
            row.put("requested_trials", r.requested());
            row.put("mean", g(r.mean()));
            row.put("se", g(r.standardError()));
            row.put("prediction", g(r.prediction()));
            row.put("gap", g(r.gap()));
            row.put("band", g(r.band()));
            row.put("allowance", g(r.allowance()));
            table.add(row);
        }
        out.put("table", table);
        return out;
    }

    private static String g(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

}
