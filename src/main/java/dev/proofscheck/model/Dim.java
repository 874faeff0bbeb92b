package dev.proofscheck.model;

/**
 * One dimension of a matrix in a matrix claim: a fixed number, or a size name (such as {@code n})
 * whose values the claim lists under {@code sizes}. Two dimensions are the same exactly when they are
 * the same number or the same name: {@code m} and {@code n} never match, whatever sizes are tried.
 *
 * @param size the size name, or null for a fixed dimension
 * @param fixed the fixed dimension (used when {@code size} is null)
 */
public record Dim(String size, int fixed) {
    public static Dim of(int n) {
        return new Dim(null, n);
    }

    public static Dim named(String size) {
        return new Dim(size, 0);
    }

    /** The dimension at one choice of sizes. */
    public int at(java.util.Map<String, Integer> sizes) {
        return size == null ? fixed : sizes.get(size);
    }

    public boolean isOne() {
        return size == null && fixed == 1;
    }

    @Override
    public String toString() {
        return size == null ? String.valueOf(fixed) : size;
    }
}
