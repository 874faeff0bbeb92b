package dev.proofscheck.expr;

import java.util.Map;
import java.util.Set;

/**
 * The allow-list of built-in functions and constants a derivation may use. Every name here is
 * evaluated by our own numeric evaluator and understood by Symja; nothing else ever reaches the CAS,
 * which is what keeps derivation files from touching files, processes or the network.
 */
public final class Builtins {
    private Builtins() {}

    /** Constants, by name. */
    public static final Set<String> CONSTANTS = Set.of("Pi", "E", "I", "Infinity", "EulerGamma");

    /** Functions with their minimum and maximum number of arguments. */
    private static final Map<String, int[]> FUNCTIONS = Map.ofEntries(
            Map.entry("Plus", new int[] {1, Integer.MAX_VALUE}),
            Map.entry("Times", new int[] {1, Integer.MAX_VALUE}),
            Map.entry("Power", new int[] {2, 2}),
            Map.entry("Sqrt", new int[] {1, 1}),
            Map.entry("Exp", new int[] {1, 1}),
            Map.entry("Log", new int[] {1, 2}),
            Map.entry("Sin", new int[] {1, 1}),
            Map.entry("Cos", new int[] {1, 1}),
            Map.entry("Tan", new int[] {1, 1}),
            Map.entry("ArcSin", new int[] {1, 1}),
            Map.entry("ArcCos", new int[] {1, 1}),
            Map.entry("ArcTan", new int[] {1, 1}),
            Map.entry("Sinh", new int[] {1, 1}),
            Map.entry("Cosh", new int[] {1, 1}),
            Map.entry("Tanh", new int[] {1, 1}),
            Map.entry("Abs", new int[] {1, 1}),
            Map.entry("Erf", new int[] {1, 1}),
            Map.entry("Gamma", new int[] {1, 1}),
            Map.entry("Factorial", new int[] {1, 1}),
            Map.entry("HermiteHe", new int[] {2, 2}),
            Map.entry("UnitStep", new int[] {1, 1}),
            Map.entry("Sign", new int[] {1, 1}),
            Map.entry("Max", new int[] {1, Integer.MAX_VALUE}),
            Map.entry("Min", new int[] {1, Integer.MAX_VALUE}),
            Map.entry("Re", new int[] {1, 1}),
            Map.entry("Im", new int[] {1, 1}));

    public static boolean isFunction(String name) {
        return FUNCTIONS.containsKey(name);
    }

    public static boolean isConstant(String name) {
        return CONSTANTS.contains(name);
    }

    public static boolean isBuiltin(String name) {
        return isFunction(name) || isConstant(name) || name.equals("Equal");
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
        return r[1] == Integer.MAX_VALUE ? "at least " + r[0] + " arguments" : r[0] + " to " + r[1] + " arguments";
    }

    /** All allowed function names, for documentation and error hints. */
    public static Set<String> functionNames() {
        return FUNCTIONS.keySet();
    }
}
