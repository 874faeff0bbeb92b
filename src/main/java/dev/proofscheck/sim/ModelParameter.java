package dev.proofscheck.sim;

/**
 * A parameter of a random model, e.g. the aspect ratio {@code gamma = p/n}.
 *
 * @param defaultValue the value when a claim does not give it, or null when a claim must give it (or,
 *     for a parameter only some statistics need, when those statistics are used)
 */
public record ModelParameter(String name, Double defaultValue, String description) {
    public static ModelParameter required(String name, String description) {
        return new ModelParameter(name, null, description);
    }

    public static ModelParameter optional(String name, double defaultValue, String description) {
        return new ModelParameter(name, defaultValue, description);
    }
}
