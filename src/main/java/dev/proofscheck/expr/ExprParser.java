package dev.proofscheck.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the Mathematica/Symja input syntax used in derivation files: numbers, symbols, {@code f[a, b]},
 * {@code + - * / ^}, implicit multiplication by juxtaposition ({@code 2 x}, {@code 2x}), the matrix
 * product {@code .} (Mathematica's {@code Dot}: binds tighter than {@code *}, looser than {@code ^}) and one
 * {@code ==}. Our own parser, so that errors carry columns and nothing reaches the CAS unchecked.
 */
public final class ExprParser {
    private static final int MAX_DEPTH = 200;

    private final String text;
    private int pos;
    private int depth;

    private ExprParser(String text) {
        this.text = text;
    }

    /** Parses a whole expression; an {@code ==} is allowed and becomes {@code Equal[lhs, rhs]}. */
    public static Expr parse(String text) throws ExprSyntaxException {
        if (text == null || text.isBlank()) {
            throw new ExprSyntaxException("empty expression", 1);
        }
        ExprParser p = new ExprParser(text);
        Expr e = p.equation();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("unexpected '" + text.charAt(p.pos) + "'");
        }
        return e;
    }

    private Expr equation() throws ExprSyntaxException {
        Expr lhs = additive();
        skipSpace();
        if (lookingAt("==")) {
            pos += 2;
            Expr rhs = additive();
            return Expr.call("Equal", lhs, rhs);
        }
        return lhs;
    }

    private Expr additive() throws ExprSyntaxException {
        enter();
        List<Expr> terms = new ArrayList<>();
        terms.add(term());
        while (true) {
            skipSpace();
            if (peek() == '+') {
                pos++;
                terms.add(term());
            } else if (peek() == '-' && !lookingAt("->")) {
                pos++;
                terms.add(Simplifications.negate(term()));
            } else {
                break;
            }
        }
        depth--;
        return terms.size() == 1 ? terms.get(0) : Simplifications.flatten("Plus", terms);
    }

    private Expr term() throws ExprSyntaxException {
        List<Expr> factors = new ArrayList<>();
        factors.add(unary());
        while (true) {
            skipSpace();
            char c = peek();
            if (c == '*' && !lookingAt("*^")) {
                pos++;
                factors.add(unary());
            } else if (c == '/') {
                pos++;
                factors.add(Simplifications.power(unary(), Expr.num(-1)));
            } else if (startsPrimary(c)) {
                factors.add(dotted());
            } else {
                break;
            }
        }
        return factors.size() == 1 ? factors.get(0) : Simplifications.flatten("Times", factors);
    }

    private Expr unary() throws ExprSyntaxException {
        skipSpace();
        if (peek() == '-') {
            pos++;
            enter();
            Expr e = Simplifications.negate(unary());
            depth--;
            return e;
        }
        if (peek() == '+') {
            pos++;
            return unary();
        }
        return dotted();
    }

    /**
     * {@code a . b . c} as one flat {@code Dot[a, b, c]} (Dot is associative; its operands are powers, so
     * {@code a.b^2} is {@code Dot[a, Power[b, 2]]} and {@code 2 a.b} is {@code Times[2, Dot[a, b]]}). Not
     * folded: a product of matrices is not commutative and numbers are not matrices.
     */
    private Expr dotted() throws ExprSyntaxException {
        Expr first = power();
        skipSpace();
        if (!atDotOperator()) {
            return first;
        }
        List<Expr> operands = new ArrayList<>();
        operands.add(first);
        while (atDotOperator()) {
            pos++;
            skipSpace();
            if (peek() == '-') {
                pos++;
                enter();
                operands.add(Simplifications.negate(power()));
                depth--;
            } else {
                operands.add(power());
            }
            skipSpace();
        }
        List<Expr> flat = new ArrayList<>();
        for (Expr o : operands) {
            if (o instanceof Expr.Call c && c.head().equals("Dot")) {
                flat.addAll(c.args());
            } else {
                flat.add(o);
            }
        }
        return new Expr.Call("Dot", flat);
    }

    /** A '.' that is the Dot operator, not the start of a number such as {@code .5}. */
    private boolean atDotOperator() {
        return peek() == '.' && !(pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)));
    }

    private Expr power() throws ExprSyntaxException {
        Expr base = postfix();
        skipSpace();
        if (peek() == '^') {
            pos++;
            enter();
            Expr exponent = signedPower();
            depth--;
            return Simplifications.power(base, exponent);
        }
        return base;
    }

    /** An exponent: a power with optional signs, not a Dot ({@code a^2 . b} is {@code Dot[a^2, b]}). */
    private Expr signedPower() throws ExprSyntaxException {
        skipSpace();
        if (peek() == '-') {
            pos++;
            enter();
            Expr e = Simplifications.negate(signedPower());
            depth--;
            return e;
        }
        if (peek() == '+') {
            pos++;
            return signedPower();
        }
        return power();
    }

    private Expr postfix() throws ExprSyntaxException {
        skipSpace();
        int start = pos;
        Expr e = primary();
        skipSpace();
        while (peek() == '[') {
            if (!(e instanceof Expr.Sym head)) {
                throw new ExprSyntaxException("only a name can be applied to arguments", start + 1);
            }
            pos++;
            enter();
            List<Expr> args = new ArrayList<>();
            skipSpace();
            if (peek() != ']') {
                args.add(equation());
                skipSpace();
                while (peek() == ',') {
                    pos++;
                    args.add(equation());
                    skipSpace();
                }
            }
            expect(']', "missing ']' to close the arguments of " + head.name());
            depth--;
            e = new Expr.Call(head.name(), args);
            skipSpace();
        }
        return e;
    }

    private Expr primary() throws ExprSyntaxException {
        skipSpace();
        char c = peek();
        if (c == '(') {
            pos++;
            enter();
            Expr e = additive();
            skipSpace();
            expect(')', "missing ')'");
            depth--;
            return e;
        }
        if (Character.isDigit(c) || (c == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)))) {
            return number();
        }
        if (isAsciiLetter(c)) {
            int start = pos;
            while (pos < text.length() && (isAsciiLetter(text.charAt(pos)) || Character.isDigit(text.charAt(pos)))) {
                pos++;
            }
            return Expr.sym(text.substring(start, pos));
        }
        if (c == 0) {
            throw error("expression ends too early");
        }
        if (c == '_') {
            throw error("'_' is not allowed in names (patterns are not supported)");
        }
        if (!Character.isLetter(c) && c != '{' && c != '}' && c != ';' && c != '\\' && c != '$') {
            throw error("unexpected '" + c + "'");
        }
        throw error("unexpected '" + c + "': names are ASCII letters and digits, starting with a letter");
    }

    private Expr number() throws ExprSyntaxException {
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        String digits = text.substring(start, pos);
        if (digits.indexOf('.') != digits.lastIndexOf('.')) {
            throw new ExprSyntaxException("malformed number '" + digits + "'", start + 1);
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')
                && pos + 1 < text.length() && (Character.isDigit(text.charAt(pos + 1)) || text.charAt(pos + 1) == '-')) {
            throw error("write 10^-6 or 1*^-6 for scientific notation, not '" + digits + text.charAt(pos) + "...'");
        }
        Rational value = Rational.parseDecimal(digits.endsWith(".") ? digits + "0" : digits);
        if (lookingAt("*^")) {
            pos += 2;
            int expStart = pos;
            if (peek() == '-' || peek() == '+') {
                pos++;
            }
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            String exp = text.substring(expStart, pos);
            if (exp.isEmpty() || exp.equals("-") || exp.equals("+")) {
                throw error("missing exponent after *^");
            }
            int e = Integer.parseInt(exp);
            if (Math.abs(e) > 10_000) {
                throw error("exponent too large");
            }
            Rational scale = new Rational(java.math.BigInteger.TEN.pow(Math.abs(e)), java.math.BigInteger.ONE);
            value = e >= 0 ? value.multiply(scale) : value.divide(scale);
        }
        if (value.num().bitLength() > 100_000 || value.den().bitLength() > 100_000) {
            throw new ExprSyntaxException("number too large", start + 1);
        }
        return new Expr.Num(value);
    }

    private boolean startsPrimary(char c) {
        return c == '(' || Character.isDigit(c) || isAsciiLetter(c);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private void enter() throws ExprSyntaxException {
        if (++depth > MAX_DEPTH) {
            throw error("expression nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private void expect(char c, String message) throws ExprSyntaxException {
        skipSpace();
        if (peek() != c) {
            throw error(message);
        }
        pos++;
    }

    private boolean lookingAt(String s) {
        return text.startsWith(s, pos);
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private ExprSyntaxException error(String message) {
        return new ExprSyntaxException(message, pos + 1);
    }
}
