package dev.proofscheck.expr;

import java.util.Map;
import java.util.Set;

/**
 * The allow-list of matrix functions, separate from {@link Builtins}: they are allowed only inside
 * {@code matrix} claims, evaluated only by our own matrix evaluator, and never sent to the CAS (the CAS
 * writer accepts {@link Builtins} heads only, so a matrix head reaching it is refused, not evaluated).
 */
public final class MatrixBuiltins {
    private MatrixBuiltins() {}

    /** Functions with their minimum and maximum number of arguments. */
    private static final Map<String, int[]> FUNCTIONS = Map.of(
            "Dot", new int[] {2, Integer.MAX_VALUE},
            "Transpose", new int[] {1, 1},
            "Inverse", new int[] {1, 1},
            "PseudoInverse", new int[] {1, 1},
            "Det", new int[] {1, 1},
            "Tr", new int[] {1, 1},
            "IdentityMatrix", new int[] {1, 1},
            "MatrixPower", new int[] {2, 2});

    public static boolean isFunction(String name) {
        return FUNCTIONS.containsKey(name);
    }

    /** Whether {@code name} accepts {@code n} arguments. */
    public static boolean acceptsArity(String name, int n) {
        int[] range = FUNCTIONS.get(name);
        return range != null && n >= range[0] && n <= range[1];
    }

    /** A readable description of the allowed arity, for error messages. */
    public static String arityText(String name) {
        int[] r = FUNCTIONS.get(name);
        if (r == null) {
            return "?";
        }
        if (r[0] == r[1]) {
            return r[0] + (r[0] == 1 ? " argument" : " arguments");
        }
        return "at least " + r[0] + " arguments";
    }

    public static Set<String> functionNames() {
        return FUNCTIONS.keySet();
    }
}
