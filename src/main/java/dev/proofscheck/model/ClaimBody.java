package dev.proofscheck.model;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Rational;

/** What a claim states, one record per claim kind. Expressions are as written (definitions not expanded). */
public sealed interface ClaimBody
        permits ClaimBody.Identity, ClaimBody.Equation, ClaimBody.Limit, ClaimBody.Series, ClaimBody.Integral,
                ClaimBody.Value, MatrixIdentity {

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
     * {@code E[integrand]} over {@code var ~ N(0,1)} and the bounds are the whole line.
     */
    record Integral(Expr integrand, String var, Expr from, Expr to, boolean gaussian, Expr value)
            implements ClaimBody {
        public String kind() {
            return "integral";
        }
    }

    /** An expression equals a stated decimal number to {@code digits} significant digits. */
    record Value(Expr expr, Rational stated, String statedText, int digits) implements ClaimBody {
        public String kind() {
            return "value";
        }
    }
}
