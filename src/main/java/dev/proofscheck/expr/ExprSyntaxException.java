package dev.proofscheck.expr;

/** A syntax error in an expression, with the 1-based column where it was noticed. */
public class ExprSyntaxException extends Exception {
    private final int column;

    public ExprSyntaxException(String message, int column) {
        super(message);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
