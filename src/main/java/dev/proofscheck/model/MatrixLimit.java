package dev.proofscheck.model;

import dev.proofscheck.expr.Expr;

/**
 * The limit a matrix claim is stated in: {@code lim (lhs - rhs) = 0} as {@code var -> point} from
 * {@code direction}, e.g. {@code A^+ = lim_{d -> 0+} (A^T A + d I)^-1 A^T}. Checked along an approach
 * sequence on each random instance, never at one small value of {@code var}.
 *
 * @param point a constant expression (the sides' other names are not bound at the limit point)
 */
public record MatrixLimit(String var, Expr point, Direction direction) {}
