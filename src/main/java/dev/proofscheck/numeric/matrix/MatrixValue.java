package dev.proofscheck.numeric.matrix;

import ch.obermuhlner.math.big.BigComplex;

/** A value of a matrix claim's expression: a number, or a matrix that is not 1 x 1. */
public sealed interface MatrixValue permits MatrixValue.Scalar, MatrixValue.Matrix {

    record Scalar(BigComplex value) implements MatrixValue {}

    record Matrix(BigMatrix value) implements MatrixValue {}

    /** The value of a matrix, a 1 x 1 one as a number. */
    static MatrixValue of(BigMatrix m) {
        return m.rows() == 1 && m.cols() == 1 ? new Scalar(m.get(0, 0)) : new Matrix(m);
    }

    /** As a matrix, a number as 1 x 1. */
    default BigMatrix asMatrix() {
        return this instanceof Matrix m ? m.value() : BigMatrix.scalar(((Scalar) this).value());
    }
}
