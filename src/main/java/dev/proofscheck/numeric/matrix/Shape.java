package dev.proofscheck.numeric.matrix;

import dev.proofscheck.model.Dim;

/**
 * The symbolic shape of an expression of a matrix claim: a scalar, or a matrix whose dimensions are
 * numbers or size names. A 1 x 1 matrix is a scalar (as {@code Transpose[v] . w} is used as a number).
 */
public sealed interface Shape permits Shape.Scalar, Shape.Matrix {

    /** A number. */
    record Scalar() implements Shape {
        @Override
        public String toString() {
            return "a scalar";
        }
    }

    /** A matrix that is not 1 x 1. */
    record Matrix(Dim rows, Dim cols) implements Shape {
        @Override
        public String toString() {
            return "a " + rows + " x " + cols + " matrix";
        }

        public boolean square() {
            return rows.equals(cols);
        }
    }

    Shape SCALAR = new Scalar();

    /** The shape of a {@code rows x cols} matrix: a scalar when both are 1. */
    static Shape of(Dim rows, Dim cols) {
        return rows.isOne() && cols.isOne() ? SCALAR : new Matrix(rows, cols);
    }

    /** Rows, taking a scalar as 1 x 1. */
    static Dim rows(Shape s) {
        return s instanceof Matrix m ? m.rows() : Dim.of(1);
    }

    static Dim cols(Shape s) {
        return s instanceof Matrix m ? m.cols() : Dim.of(1);
    }
}
