package dev.proofscheck.report.html;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.check.ClaimChecker;
import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.check.Infinity;
import dev.proofscheck.check.Status;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Rational;
import dev.proofscheck.expr.Substitution;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.ClaimBody;
import dev.proofscheck.model.Definitions;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.model.Direction;
import dev.proofscheck.model.Domain;
import dev.proofscheck.numeric.Deadline;
import dev.proofscheck.numeric.EvaluationException;
import dev.proofscheck.numeric.Evaluator;
import dev.proofscheck.numeric.Numbers;
import dev.proofscheck.numeric.Point;
import dev.proofscheck.numeric.Sampler;
import dev.proofscheck.numeric.Tolerances;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The chart of a claim, computed with our own evaluator: a limit (or a series' remainder) along its
 * approach with the claimed value as a level; the two sides of a one-variable identity, equation or
 * inequality over its bounded domain. Anything else is skipped with the reason. Only an illustration:
 * the verdict rests on the checks, not on these double-precision curves.
 */
final class ClaimPlots {
    /** Working digits: ample for doubles on the plotted range (steps down to 10^-12). */
    private static final int PRECISION = 60;
    /** Time for one chart; a formula that takes longer is skipped, saying so. */
    private static final double SECONDS = 3;
    /** Points along an approach, at exponent steps of 1/4 decade. */
    private static final double DECADE_STEP = 0.25;
    /** Decades of h = |x - a| shown for a finite limit point (10^-1 .. 10^-12) and of x for an infinite one. */
    private static final double FINITE_FIRST = 1;
    private static final double FINITE_LAST = 12;
    private static final double INFINITE_FIRST = 0.5;
    private static final double INFINITE_LAST = 12;
    /** Points over a bounded domain, and how far inside an open end the first one is (relative to the width). */
    private static final int DOMAIN_POINTS = 81;
    private static final double OPEN_END_INSET = 1e-3;
    /** A value counts as real when its imaginary part is below this relative size. */
    private static final double REAL_RELATIVE = 1e-9;

    private final long seed;

    ClaimPlots(long seed) {
        this.seed = seed;
    }

    Plot of(Derivation d, Claim c, ClaimResult result) {
        try {
            return chart(d, c, result, new Evaluator(PRECISION, Deadline.in(SECONDS)));
        } catch (Deadline.TimeLimitExceeded e) {
            return new Plot.Skipped("the formula took more than " + (int) SECONDS + " s to evaluate for a chart");
        } catch (RuntimeException e) {
            return new Plot.Skipped("the formula could not be evaluated for a chart (" + e.getMessage() + ")");
        }
    }

    private Plot chart(Derivation d, Claim c, ClaimResult result, Evaluator ev) {
        Definitions defs = new Definitions(d.definitions());
        ClaimBody body = c.body();
        if (body instanceof ClaimBody.Limit b) {
            Expr f = defs.expand(b.expr());
            Expr point = defs.expand(b.point());
            Expr value = defs.expand(b.value());
            return approach(d, c, result, ev, f, b.var(), point, b.direction(), value,
                    "the expression along the approach");
        }
        if (body instanceof ClaimBody.Series b) {
            Expr f = defs.expand(b.expr());
            Expr point = defs.expand(b.point());
            Expr remainder = Expr.divide(Expr.minus(f, defs.expand(b.polynomial())),
                    Expr.power(Expr.minus(Expr.sym(b.var()), point), Expr.num(b.order())));
            return approach(d, c, result, ev, remainder, b.var(), point, b.direction(), Expr.num(0),
                    "the remainder (f - polynomial)/(" + b.var() + " - a)^" + b.order() + " along the approach");
        }
        if (body instanceof ClaimBody.Identity b) {
            return overDomain(d, c, ev, defs.expand(b.lhs()), defs.expand(b.rhs()));
        }
        if (body instanceof ClaimBody.Equation b) {
            Map<String, Expr> where = new LinkedHashMap<>();
            b.where().forEach((k, e) -> where.put(k, defs.expand(e)));
            return overDomain(d, c, ev, Substitution.replace(defs.expand(b.lhs()), where),
                    Substitution.replace(defs.expand(b.rhs()), where));
        }
        if (body instanceof ClaimBody.Inequality b) {
            return overDomain(d, c, ev, defs.expand(b.holds().lhs()), defs.expand(b.holds().rhs()));
        }
        if (body instanceof dev.proofscheck.model.SimulationBody && result != null) {
            return simulation(result);
        }
        return new Plot.Skipped("no chart for " + c.kind() + " claims (charts are drawn for limits, series, simulations, and "
                + "identities, equations and inequalities in one variable)");
    }

    private Plot approach(Derivation d, Claim c, ClaimResult result, Evaluator ev, Expr f, String var, Expr point,
            Direction direction, Expr value, String what) {
        Map<String, Domain> params = ClaimChecker.domains(d, c, var, f, point, value);
        if (params.values().stream().anyMatch(dom -> dom instanceof Domain.ComplexBox)) {
            return new Plot.Skipped("a complex parameter: no real curve to draw");
        }
        Point at = parameterPoint(d, c, result, params);
        Map<String, BigComplex> env = at.at(ev);
        Infinity infinite = Infinity.of(point);
        Infinity infiniteValue = Infinity.of(value);
        double level = infiniteValue != null ? Double.NaN : real(ev, value, env);
        String where = params.isEmpty() ? "" : " at " + at + (isCounterexample(result, at) ? " (the counterexample)" : " (the first sampled parameter point)");
        String claimed = infiniteValue != null ? "; the claimed limit is " + (infiniteValue.sign() < 0 ? "-" : "") + "Infinity"
                : Double.isNaN(level) ? "; the claimed value has no real value there" : "";
        List<Plot.Curve> curves = new ArrayList<>();
        List<Double> xs = new ArrayList<>();
        double first = infinite != null ? INFINITE_FIRST : FINITE_FIRST;
        double last = infinite != null ? INFINITE_LAST : FINITE_LAST;
        for (double t = first; t <= last + 1e-9; t += DECADE_STEP) {
            xs.add(t);
        }
        List<Integer> sides = infinite != null ? List.of(infinite.sign())
                : direction == Direction.ABOVE ? List.of(1) : direction == Direction.BELOW ? List.of(-1) : List.of(1, -1);
        BigComplex a = null;
        if (infinite == null) {
            a = evaluate(ev, point, env);
            if (a == null || Double.isNaN(realPart(a))) {
                return new Plot.Skipped("the limit point has no real value" + where);
            }
        }
        for (int side : sides) {
            double[] y = new double[xs.size()];
            for (int i = 0; i < xs.size(); i++) {
                BigDecimal step = BigDecimal.valueOf(Math.pow(10, infinite != null ? xs.get(i) : -xs.get(i)));
                BigComplex location = infinite != null ? BigComplex.valueOf(side > 0 ? step : step.negate())
                        : side > 0 ? a.add(step) : a.subtract(step);
                Map<String, BigComplex> here = new LinkedHashMap<>(env);
                here.put(var, location);
                y[i] = real(ev, f, here);
            }
            String label = infinite != null ? var + " -> " + (side < 0 ? "-" : "") + "Infinity" : "from " + (side > 0 ? "above" : "below");
            curves.add(new Plot.Curve(label, y, side < 0 && sides.size() == 2));
        }
        List<Plot.Tick> ticks = new ArrayList<>();
        for (int t = (int) Math.ceil(first); t <= last; t += 2) {
            ticks.add(new Plot.Tick(t, "1e" + (infinite != null ? "" : "-") + t));
        }
        String xLabel = infinite != null ? "|" + var + "| (log scale)" : "|" + var + " - " + shortly(a) + "| (log scale, decreasing)";
        return new Plot.Chart(what + where + claimed, xLabel, unbox(xs), ticks, curves,
                Double.isNaN(level) ? null : level, Double.isNaN(level) ? null : "claimed " + shortly(level));
    }

    private Plot overDomain(Derivation d, Claim c, Evaluator ev, Expr lhs, Expr rhs) {
        Map<String, Domain> vars = ClaimChecker.domains(d, c, null, lhs, rhs);
        if (vars.size() != 1) {
            return new Plot.Skipped(vars.isEmpty() ? "no free variable: nothing to plot"
                    : vars.size() + " free variables (" + String.join(", ", vars.keySet()) + "): not a curve in one variable");
        }
        String var = vars.keySet().iterator().next();
        Domain dom = vars.get(var);
        double[] x;
        if (dom instanceof Domain.IntegerRange r && r.hi() - r.lo() < DOMAIN_POINTS) {
            x = new double[(int) (r.hi() - r.lo() + 1)];
            for (int i = 0; i < x.length; i++) {
                x[i] = r.lo() + i;
            }
        } else if (dom instanceof Domain.RealInterval r && r.lo() != null && r.hi() != null) {
            double lo = r.lo().toDouble();
            double hi = r.hi().toDouble();
            double inset = (hi - lo) * OPEN_END_INSET;
            double from = r.loClosed() ? lo : lo + inset;
            double to = r.hiClosed() ? hi : hi - inset;
            x = new double[DOMAIN_POINTS];
            for (int i = 0; i < x.length; i++) {
                x[i] = from + (to - from) * i / (x.length - 1);
            }
        } else {
            return new Plot.Skipped("the domain of " + var + ", " + dom.describe() + ", is unbounded (or not real): no chart");
        }
        double[] left = new double[x.length];
        double[] right = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            Map<String, BigComplex> env = new LinkedHashMap<>();
            env.put(var, ev.rational(Rational.of(BigDecimal.valueOf(x[i]))));
            left[i] = real(ev, lhs, env);
            right[i] = real(ev, rhs, env);
        }
        List<Plot.Tick> ticks = List.of(new Plot.Tick(x[0], shortly(x[0])), new Plot.Tick((x[0] + x[x.length - 1]) / 2, shortly((x[0] + x[x.length - 1]) / 2)),
                new Plot.Tick(x[x.length - 1], shortly(x[x.length - 1])));
        return new Plot.Chart("left and right side over the domain " + dom.describe() + " of " + var, var, x, ticks,
                List.of(new Plot.Curve("left side", left, false), new Plot.Curve("right side", right, true)), null, null);
    }

    /**
     * A simulation's evidence table: the trials' mean at each size with the band its gap to the prediction
     * is allowed, against the predicted limit.
     */
    private static Plot simulation(ClaimResult result) {
        Object table = result.verdict().details().get("table");
        Object prediction = result.verdict().details().get("prediction");
        if (!(table instanceof List<?> rows) || rows.isEmpty() || prediction == null) {
            return new Plot.Skipped("no table of sizes in the evidence (the simulation did not run)");
        }
        double[] x = new double[rows.size()];
        double[] mean = new double[rows.size()];
        double[] upper = new double[rows.size()];
        double[] lower = new double[rows.size()];
        List<Plot.Tick> ticks = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<?, ?> row = (Map<?, ?>) rows.get(i);
            double n = Double.parseDouble(String.valueOf(row.get("n")));
            x[i] = Math.log10(n);
            mean[i] = Double.parseDouble(String.valueOf(row.get("mean")));
            double band = Double.parseDouble(String.valueOf(row.get("band")));
            upper[i] = mean[i] + band;
            lower[i] = mean[i] - band;
            ticks.add(new Plot.Tick(x[i], String.valueOf(row.get("n"))));
        }
        double level = Double.parseDouble(String.valueOf(prediction));
        return new Plot.Chart("the mean of the trials at each size n, with the band its gap to the prediction may not exceed, "
                + "against the predicted limit", "n (log scale)", x, ticks,
                List.of(new Plot.Curve("mean of trials", mean, false), new Plot.Curve("mean + band", upper, true),
                        new Plot.Curve("mean - band", lower, true)), level, "predicted " + shortly(level));
    }

    /** The counterexample of a refutation when its details name one, else the first point the check sampled. */
    private Point parameterPoint(Derivation d, Claim c, ClaimResult result, Map<String, Domain> params) {
        if (params.isEmpty()) {
            return Point.empty();
        }
        if (result != null && result.status() == Status.REFUTED && result.verdict().details().get("point") instanceof String s) {
            Point p = parse(s, params);
            if (p != null) {
                return p;
            }
        }
        return new Sampler(ClaimChecker.claimSeed(seed, d.id(), c.id())).points(params, Tolerances.SAMPLE_POINTS).get(0);
    }

    private static boolean isCounterexample(ClaimResult result, Point p) {
        return result != null && result.status() == Status.REFUTED && p.toString().equals(result.verdict().details().get("point"));
    }

    /** {@code gamma=0.86468973, sigma=6.8069639} back to a point, or null when it is not one of real values of these variables. */
    private static Point parse(String text, Map<String, Domain> params) {
        Map<String, Rational> re = new LinkedHashMap<>();
        for (String part : text.split(", ")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                return null;
            }
            try {
                re.put(part.substring(0, eq), Rational.parseDecimal(part.substring(eq + 1)));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return re.keySet().equals(params.keySet()) ? new Point(re, Map.of()) : null;
    }

    private static double real(Evaluator ev, Expr e, Map<String, BigComplex> env) {
        BigComplex v = evaluate(ev, e, env);
        return v == null ? Double.NaN : realPart(v);
    }

    private static BigComplex evaluate(Evaluator ev, Expr e, Map<String, BigComplex> env) {
        try {
            return ev.evaluate(e, env);
        } catch (EvaluationException ex) {
            return null;
        }
    }

    private static double realPart(BigComplex v) {
        double re = v.re.doubleValue();
        double im = v.im.doubleValue();
        boolean real = Math.abs(im) <= REAL_RELATIVE * Math.max(1, Math.abs(re));
        return real && Double.isFinite(re) ? re : Double.NaN;
    }

    private static String shortly(BigComplex v) {
        return Numbers.show(v, 6);
    }

    private static String shortly(double v) {
        String s = String.format(Locale.ROOT, "%.4g", v);
        return s.contains(".") ? s.replaceFirst("0+($|e)", "$1").replaceFirst("\\.($|e)", "$1") : s;
    }

    private static double[] unbox(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
