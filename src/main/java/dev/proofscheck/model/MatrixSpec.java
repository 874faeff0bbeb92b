package dev.proofscheck.model;

/**
 * A random matrix of a matrix claim: its name, dimensions and type, and optionally its rank (a
 * general matrix of rank r is drawn as a product G H with inner dimension r, so that pseudo-inverse
 * facts are also tried on rank-deficient matrices).
 *
 * @param rank null for full rank
 */
public record MatrixSpec(String name, Dim rows, Dim cols, MatrixType type, Dim rank) {
    /** {@code n x 1}, for messages. */
    public String shape() {
        return rows + " x " + cols;
    }
}
