package dev.proofscheck.model;

/** The kind of random matrix drawn for a name of a matrix claim (the {@code type} key). */
public enum MatrixType {
    /** Independent entries. */
    GENERAL("general"),
    /** A column vector: independent entries, one column. */
    VECTOR("vector"),
    /** Symmetric, independent entries on and above the diagonal. */
    SYMMETRIC("symmetric"),
    /** Symmetric positive definite: G G^T plus a multiple of the identity. */
    SPD("spd"),
    /** Orthogonal (exactly: a Cayley transform of a skew-symmetric matrix). */
    ORTHOGONAL("orthogonal"),
    /** Diagonal with positive diagonal entries. */
    DIAGONAL_POSITIVE("diagonal-positive");

    private final String word;

    MatrixType(String word) {
        this.word = word;
    }

    /** The name as written in files. */
    public String word() {
        return word;
    }

    /** The type written as {@code word}, or null. */
    public static MatrixType of(String word) {
        for (MatrixType t : values()) {
            if (t.word.equals(word)) {
                return t;
            }
        }
        return null;
    }

    /** Whether the type needs a square matrix. */
    public boolean square() {
        return this != GENERAL && this != VECTOR;
    }
}
