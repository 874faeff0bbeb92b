package dev.proofscheck.parse;

import dev.proofscheck.expr.Builtins;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.MatrixBuiltins;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The names an expression may use at one place in a file: declared variables, earlier definitions
 * (with their arities), names bound by the claim, and the allowed built-ins. The matrix functions
 * ({@link MatrixBuiltins}) are known only in the scope of a matrix claim ({@link #withMatrices}).
 */
final class Scope {
    private final Set<String> variables = new HashSet<>();
    private final Map<String, Integer> definitions = new HashMap<>();
    private final Set<String> bound = new HashSet<>();
    private boolean matrixFunctions;

    /** The scope of a matrix claim: its matrix (and size, scalar) names bound, the matrix functions allowed. */
    Scope withMatrices(Set<String> names) {
        Scope s = withBound(names);
        s.matrixFunctions = true;
        return s;
    }

    Scope withBound(Set<String> names) {
        Scope s = copy();
        s.bound.addAll(names);
        return s;
    }

    Scope copy() {
        Scope s = new Scope();
        s.variables.addAll(variables);
        s.definitions.putAll(definitions);
        s.bound.addAll(bound);
        s.matrixFunctions = matrixFunctions;
        return s;
    }

    void addVariable(String name) {
        variables.add(name);
    }

    void addDefinition(String name, int arity) {
        definitions.put(name, arity);
    }

    boolean isDeclared(String name) {
        return variables.contains(name) || definitions.containsKey(name);
    }

    boolean isVariable(String name) {
        return variables.contains(name);
    }

    /** Returns a message describing the first name {@code e} uses that this scope does not know, or null. */
    String firstProblem(Expr e, boolean equalAllowedAtTop) {
        return problem(e, equalAllowedAtTop);
    }

    private String problem(Expr e, boolean top) {
        if (e instanceof Expr.Num) {
            return null;
        }
        if (e instanceof Expr.Sym s) {
            String n = s.name();
            if (bound.contains(n) || variables.contains(n) || Builtins.isConstant(n)) {
                return null;
            }
            Integer arity = definitions.get(n);
            if (arity != null) {
                return arity == 0 ? null : "'" + n + "' is a function of " + arity + " arguments: write " + n + "[...]";
            }
            if (Builtins.isFunction(n) || (matrixFunctions && MatrixBuiltins.isFunction(n))) {
                return "'" + n + "' is a function: write " + n + "[...]";
            }
            return "unknown symbol '" + n + "' (not a declared variable, an earlier definition or an allowed constant)";
        }
        Expr.Call c = (Expr.Call) e;
        String h = c.head();
        if (h.equals("Equal") && !top) {
            return "'==' is only allowed at the top of an equation";
        }
        if (definitions.containsKey(h)) {
            int arity = definitions.get(h);
            if (arity != c.args().size()) {
                return "'" + h + "' takes " + arity + " arguments, not " + c.args().size();
            }
        } else if (Builtins.isFunction(h)) {
            if (!Builtins.acceptsArity(h, c.args().size())) {
                return "'" + h + "' takes " + Builtins.arityText(h) + ", not " + c.args().size();
            }
        } else if (matrixFunctions && MatrixBuiltins.isFunction(h)) {
            if (!MatrixBuiltins.acceptsArity(h, c.args().size())) {
                return "'" + h + "' takes " + MatrixBuiltins.arityText(h) + ", not " + c.args().size();
            }
        } else if (MatrixBuiltins.isFunction(h)) {
            return "'" + h + "' is a matrix function: it is only allowed in claims of kind matrix";
        } else if (!h.equals("Equal")) {
            java.util.Set<String> allowed = new java.util.TreeSet<>(Builtins.functionNames());
            if (matrixFunctions) {
                allowed.addAll(MatrixBuiltins.functionNames());
            }
            return "unknown function '" + h + "' (allowed: " + String.join(", ", allowed)
                    + ", and the file's own definitions)";
        }
        for (Expr a : c.args()) {
            String p = problem(a, false);
            if (p != null) {
                return p;
            }
        }
        return null;
    }
}
