package dev.proofscheck.numeric.matrix;

import dev.proofscheck.expr.Builtins;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.ExprPrinter;
import dev.proofscheck.model.Dim;
import dev.proofscheck.model.MatrixSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The symbolic shape pass of a matrix claim, run when the file is read: every product, sum and matrix
 * function must fit for all sizes (dimensions are compared as names, so {@code m} and {@code n} never
 * match), and both sides must have the same shape. A mismatch is an input error before anything is
 * evaluated. Elementwise operations on matrices (Mathematica's {@code *}, {@code ^}, {@code Exp} of a
 * matrix) are refused as the likely slip they are.
 */
public final class ShapeChecker {
    private final Map<String, MatrixSpec> matrices;
    private final Set<String> sizeNames;

    public ShapeChecker(Map<String, MatrixSpec> matrices, Set<String> sizeNames) {
        this.matrices = matrices;
        this.sizeNames = sizeNames;
    }

    /** Checks that {@code lhs} and {@code rhs} have shapes and the same one; returns it. */
    public Shape checkIdentity(Expr lhs, Expr rhs) throws ShapeException {
        Shape l = shape(lhs);
        Shape r = shape(rhs);
        if (!l.equals(r)) {
            throw new ShapeException("the sides have different shapes: lhs is " + l + ", rhs is " + r);
        }
        return l;
    }

    public Shape shape(Expr e) throws ShapeException {
        if (e instanceof Expr.Num) {
            return Shape.SCALAR;
        }
        if (e instanceof Expr.Sym s) {
            MatrixSpec m = matrices.get(s.name());
            return m == null ? Shape.SCALAR : Shape.of(m.rows(), m.cols());
        }
        Expr.Call c = (Expr.Call) e;
        List<Shape> args = new ArrayList<>();
        if (!c.head().equals("IdentityMatrix") && !c.head().equals("MatrixPower")) {
            for (Expr a : c.args()) {
                args.add(shape(a));
            }
        }
        switch (c.head()) {
            case "Plus":
                return plus(c, args);
            case "Times":
                return times(c, args);
            case "Power":
                if (args.get(0) instanceof Shape.Matrix m) {
                    throw new ShapeException(quote(c) + ": a power of " + m + " is elementwise in Mathematica;"
                            + " write Inverse[A] or MatrixPower[A, k]");
                }
                requireScalar(c, args.get(1), "exponent");
                return Shape.SCALAR;
            case "Dot":
                return dot(c, args);
            case "Transpose":
                return Shape.of(Shape.cols(args.get(0)), Shape.rows(args.get(0)));
            case "PseudoInverse":
                return Shape.of(Shape.cols(args.get(0)), Shape.rows(args.get(0)));
            case "Inverse":
                return square(c, args.get(0));
            case "Det":
            case "Tr":
                square(c, args.get(0));
                return Shape.SCALAR;
            case "IdentityMatrix": {
                Dim n = dimension(c.arg(0), c);
                return Shape.of(n, n);
            }
            case "MatrixPower": {
                Shape base = square(c, shape(c.arg(0)));
                if (!(c.arg(1) instanceof Expr.Num k && k.value().isInteger()
                        && k.value().num().abs().intValue() <= MatrixTolerances.MAX_MATRIX_POWER
                        && k.value().num().bitLength() < 16)) {
                    throw new ShapeException(quote(c) + ": the power must be a whole number between -"
                            + MatrixTolerances.MAX_MATRIX_POWER + " and " + MatrixTolerances.MAX_MATRIX_POWER);
                }
                return base;
            }
            default:
                if (Builtins.isFunction(c.head())) {
                    for (int i = 0; i < args.size(); i++) {
                        if (args.get(i) instanceof Shape.Matrix m) {
                            throw new ShapeException(quote(c) + ": " + c.head() + " of " + m
                                    + " would be elementwise in Mathematica; only scalars are allowed here");
                        }
                    }
                    return Shape.SCALAR;
                }
                throw new ShapeException("'" + c.head() + "' cannot be used in a matrix claim");
        }
    }

    private Shape plus(Expr.Call c, List<Shape> args) throws ShapeException {
        Shape.Matrix matrix = null;
        boolean scalar = false;
        for (Shape s : args) {
            if (s instanceof Shape.Matrix m) {
                if (matrix != null && !matrix.equals(m)) {
                    throw new ShapeException(quote(c) + ": adds " + matrix + " and " + m);
                }
                matrix = m;
            } else {
                scalar = true;
            }
        }
        if (matrix != null && scalar) {
            throw new ShapeException(quote(c) + ": adds a scalar to " + matrix
                    + " (Mathematica would add it to every entry); for a multiple of the identity write s IdentityMatrix[n]");
        }
        return matrix != null ? matrix : Shape.SCALAR;
    }

    private Shape times(Expr.Call c, List<Shape> args) throws ShapeException {
        Shape.Matrix matrix = null;
        for (Shape s : args) {
            if (s instanceof Shape.Matrix m) {
                if (matrix != null) {
                    throw new ShapeException(quote(c) + ": '*' (or a space) between " + matrix + " and " + m
                            + " is elementwise in Mathematica; write '.' for the matrix product");
                }
                matrix = m;
            }
        }
        return matrix != null ? matrix : Shape.SCALAR;
    }

    private Shape dot(Expr.Call c, List<Shape> args) throws ShapeException {
        Dim rows = Shape.rows(args.get(0));
        Dim inner = Shape.cols(args.get(0));
        for (int i = 1; i < args.size(); i++) {
            Shape s = args.get(i);
            if (!Shape.rows(s).equals(inner)) {
                throw new ShapeException(ExprPrinter.print(c.arg(i - 1)) + " . " + ExprPrinter.print(c.arg(i))
                        + " multiplies " + describe(args.get(i - 1), c.arg(i - 1)) + " by " + describe(s, c.arg(i))
                        + " (inner dimensions " + inner + " and " + Shape.rows(s) + " differ)");
            }
            inner = Shape.cols(s);
        }
        return Shape.of(rows, inner);
    }

    private String describe(Shape s, Expr e) {
        if (s instanceof Shape.Matrix) {
            return s.toString();
        }
        return "a scalar (1 x 1)";
    }

    private Shape square(Expr.Call c, Shape s) throws ShapeException {
        if (s instanceof Shape.Matrix m && !m.square()) {
            throw new ShapeException(quote(c) + ": " + c.head() + " needs a square matrix, not " + m);
        }
        return s;
    }

    private void requireScalar(Expr.Call c, Shape s, String what) throws ShapeException {
        if (s instanceof Shape.Matrix m) {
            throw new ShapeException(quote(c) + ": the " + what + " must be a scalar, not " + m);
        }
    }

    private Dim dimension(Expr e, Expr.Call c) throws ShapeException {
        if (e instanceof Expr.Num n && n.value().isInteger() && n.value().signum() > 0
                && n.value().num().bitLength() < 16 && n.value().num().intValue() <= MatrixTolerances.MAX_SIZE) {
            return Dim.of(n.value().num().intValue());
        }
        if (e instanceof Expr.Sym s && sizeNames.contains(s.name())) {
            return Dim.named(s.name());
        }
        throw new ShapeException(quote(c) + ": the dimension must be a whole number (1 to " + MatrixTolerances.MAX_SIZE
                + ") or a size name listed under 'sizes'");
    }

    private static String quote(Expr e) {
        String s = ExprPrinter.print(e);
        return "in " + (s.length() > 80 ? s.substring(0, 77) + "..." : s);
    }
}
