package dev.proofscheck.model;

import dev.proofscheck.expr.Expr;

/**
 * A comparison {@code lhs op rhs} that a claim states must hold: an equality or an inequality. Used by
 * the fixed-point, inequality and ODE claim kinds (an identity is written with lhs/rhs instead).
 */
public record Relation(Expr lhs, Operator op, Expr rhs) {

    /** Both sides transformed by {@code f} (e.g. the definitions expanded). */
    public Relation map(java.util.function.UnaryOperator<Expr> f) {
        return new Relation(f.apply(lhs), op, f.apply(rhs));
    }

    /** The comparison operators, with their spelling in files. */
    public enum Operator {
        EQUAL("=="), LESS_EQUAL("<="), GREATER_EQUAL(">="), LESS("<"), GREATER(">");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        /** True for {@code <} and {@code >}: equality (within rounding) does not satisfy them. */
        public boolean strict() {
            return this == LESS || this == GREATER;
        }

        public boolean isEquality() {
            return this == EQUAL;
        }
    }
}
