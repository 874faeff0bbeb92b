package dev.proofscheck.model;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Rational;
import java.util.List;

/** What a claim states, one record per claim kind. Expressions are as written (definitions not expanded). */
public sealed interface ClaimBody
        permits ClaimBody.Identity, ClaimBody.Equation, ClaimBody.Limit, ClaimBody.Series, ClaimBody.Integral,
                ClaimBody.Value, ClaimBody.GaussianPair, SimulationBody, ClaimBody.FixedPoint, ClaimBody.Inequality, ClaimBody.Rate, ClaimBody.Ode,
                MatrixIdentity {

    /** The kind's name as written in files and reports. */
    String kind();

    /** {@code lhs == rhs} for every point of the domain. */
    record Identity(Expr lhs, Expr rhs) implements ClaimBody {
        public String kind() {
            return "identity";
        }
    }

    /**
     * An equation that holds over the domain once the {@code where} substitution is made, e.g. a closed
     * form that solves a self-consistency equation, or a value that is a root.
     */
    record Equation(Expr lhs, Expr rhs, java.util.Map<String, Expr> where) implements ClaimBody {
        public Equation {
            where = java.util.Map.copyOf(where);
        }

        public String kind() {
            return "equation";
        }
    }

    /** {@code Limit[expr, var -> point]} from the given side equals {@code value}. */
    record Limit(Expr expr, String var, Expr point, Direction direction, Expr value) implements ClaimBody {
        public String kind() {
            return "limit";
        }
    }

    /**
     * The expansion of {@code expr} around {@code var = point} up to and including order {@code order} is
     * {@code polynomial}: {@code (expr - polynomial)/(var - point)^order -> 0}.
     */
    record Series(Expr expr, String var, Expr point, Direction direction, int order, Expr polynomial) implements ClaimBody {
        public String kind() {
            return "series";
        }
    }

    /**
     * A definite integral equals {@code value}. When {@code gaussian} is set, it is the expectation
     * {@code E[integrand]} over {@code var ~ N(0,1)} and the bounds are the whole line. {@code splits}
     * are points where the integrand has a kink or jump (ReLU, |x|, sign): the range is cut there.
     */
    record Integral(Expr integrand, String var, Expr from, Expr to, boolean gaussian, Expr value, List<Expr> splits,
            Integer digits) implements ClaimBody {
        public Integral {
            splits = List.copyOf(splits);
        }

        /** An integral over a smooth integrand, claimed exactly. */
        public Integral(Expr integrand, String var, Expr from, Expr to, boolean gaussian, Expr value) {
            this(integrand, var, from, to, gaussian, value, List.of(), null);
        }

        /** With {@code digits} set, {@code value} is a decimal the integral rounds or truncates to at that many digits. */
        public boolean statedDecimal() {
            return digits != null;
        }

        public String kind() {
            return "integral";
        }
    }

    /**
     * {@code E[integrand]} over a standard Gaussian pair {@code (u, v)} of correlation {@code correlation}
     * (an expression of the variables, in [-1, 1]); {@code uKinks}/{@code vKinks} are the values where
     * the integrand has a kink or jump in u or in v (ReLU, |x|, sign).
     */
    record GaussianPair(Expr integrand, String u, String v, Expr correlation, List<Expr> uKinks, List<Expr> vKinks, Expr value)
            implements ClaimBody {
        public GaussianPair {
            uKinks = List.copyOf(uKinks);
            vKinks = List.copyOf(vKinks);
        }

        public String kind() {
            return "gaussian-pair";
        }
    }

    /** An expression equals a stated decimal number to {@code digits} significant digits. */
    record Value(Expr expr, Rational stated, String statedText, int digits) implements ClaimBody {
        public String kind() {
            return "value";
        }
    }

    /**
     * A relation that holds at the solution of a fixed-point (self-consistency) system, solved
     * numerically at every sampled parameter point.
     *
     * @param starts Newton starting points, each a value (expression of the variables) per unknown, in unknown order
     * @param equations the system, one {@code lhs == rhs} per unknown
     * @param branch which root is meant: conditions that must all hold there (e.g. {@code Im[nu1] > 0}); empty accepts any root
     * @param unique whether the claim states the branch holds exactly one root (two distinct roots then refute it)
     * @param derivatives names bound to derivatives of an unknown by a variable, {@code name -> [unknown, variable]},
     *                    computed by central differences of the solution
     */
    record FixedPoint(java.util.List<String> unknowns, java.util.List<java.util.List<Expr>> starts,
                      java.util.List<Relation> equations, java.util.List<Relation> branch, boolean unique,
                      java.util.Map<String, java.util.List<String>> derivatives, Relation holds) implements ClaimBody {
        public FixedPoint {
            unknowns = java.util.List.copyOf(unknowns);
            starts = starts.stream().map(java.util.List::copyOf).toList();
            equations = java.util.List.copyOf(equations);
            branch = java.util.List.copyOf(branch);
            derivatives = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(derivatives));
        }

        public String kind() {
            return "fixed-point";
        }
    }

    /** {@code lhs op rhs} (one of {@code <=, <, >=, >}) at every point of the domain. */
    record Inequality(Relation holds) implements ClaimBody {
        public String kind() {
            return "inequality";
        }
    }

    /**
     * {@code expr} grows like {@code var^exponent (log var)^logPower} as {@code var -> Infinity}; with
     * {@code constant}, moreover {@code expr/(var^exponent (log var)^logPower)} tends to a non-zero constant.
     */
    record Rate(Expr expr, String var, Expr exponent, Expr logPower, boolean constant) implements ClaimBody {
        public String kind() {
            return "rate";
        }
    }

    /**
     * A claim about the autonomous ODE {@code d state/dt = drift(state)}: that {@code at} is a fixed
     * point (and, when {@code stable} is set, whether it is linearly stable), or, when {@code equals} is
     * set, that the drift at {@code at} equals the given values.
     *
     * @param drift the drift of each state variable, in order
     * @param at a state point (an expression of the variables per state variable)
     * @param fixedPoint true for a fixed-point claim, false for a drift-at claim
     * @param stable null (not claimed), TRUE (all Jacobian eigenvalues have negative real part) or
     *               FALSE (some eigenvalue has positive real part)
     * @param equals the claimed drift at {@code at}, per state variable (drift-at claims only)
     */
    record Ode(java.util.Map<String, Expr> drift, java.util.Map<String, Expr> at, boolean fixedPoint, Boolean stable,
               java.util.Map<String, Expr> equals) implements ClaimBody {
        public Ode {
            drift = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(drift));
            at = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(at));
            equals = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(equals));
        }

        public String kind() {
            return "ode";
        }
    }
}
