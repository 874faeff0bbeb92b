package dev.proofscheck.model;

import dev.proofscheck.expr.Expr;
import java.util.List;
import java.util.Map;

/**
 * A matrix identity {@code lhs == rhs} (matrix, vector or scalar valued) that should hold for every
 * matrix of the stated shapes and types: checked on random matrices of several sizes, never symbolically.
 *
 * @param matrices the random matrices, by name, in file order
 * @param scalars random scalar parameters of this claim with their domains (file variables may also be used)
 * @param sizes the values tried for each size name used in dimensions
 * @param where claim-local abbreviations (e.g. a resolvent), each in terms of the earlier ones, as
 *        written (see {@link #resolve})
 * @param draws random draws per choice of sizes
 * @param limit null for an identity; else the limit in which {@code lhs == rhs} is stated ({@link MatrixLimit})
 */
public record MatrixIdentity(
        Map<String, MatrixSpec> matrices,
        Map<String, Domain> scalars,
        Map<String, List<Integer>> sizes,
        Map<String, Expr> where,
        Expr lhs,
        Expr rhs,
        int draws,
        MatrixLimit limit) implements ClaimBody {

    /** An identity, stated for every instance (no limit). */
    public MatrixIdentity(Map<String, MatrixSpec> matrices, Map<String, Domain> scalars, Map<String, List<Integer>> sizes,
            Map<String, Expr> where, Expr lhs, Expr rhs, int draws) {
        this(matrices, scalars, sizes, where, lhs, rhs, draws, null);
    }

    /** The same claim with other sides and abbreviations (edits keep the sizes, matrices and limit). */
    public MatrixIdentity with(Map<String, Expr> where, Expr lhs, Expr rhs) {
        return new MatrixIdentity(matrices, scalars, sizes, where, lhs, rhs, draws, limit);
    }

    public MatrixIdentity {
        matrices = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(matrices));
        scalars = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scalars));
        sizes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sizes));
        where = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(where));
    }

    /**
     * {@code e} with the file's definitions inlined ({@code expand}) and the {@code where} abbreviations
     * substituted, each abbreviation itself resolved in terms of the earlier ones: what is checked.
     */
    public Expr resolve(Expr e, java.util.function.UnaryOperator<Expr> expand) {
        Map<String, Expr> resolved = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Expr> w : where.entrySet()) {
            resolved.put(w.getKey(), dev.proofscheck.expr.Substitution.replace(expand.apply(w.getValue()), resolved));
        }
        return dev.proofscheck.expr.Substitution.replace(expand.apply(e), resolved);
    }

    /** Whether a file variable the sides use is sampled: not when it is a size or the limit's variable. */
    public boolean samples(String variable) {
        return !sizes.containsKey(variable) && (limit == null || !limit.var().equals(variable));
    }

    @Override
    public String kind() {
        return "matrix";
    }
}
