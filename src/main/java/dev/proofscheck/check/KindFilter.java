package dev.proofscheck.check;

import java.util.Set;
import java.util.TreeSet;

/**
 * Which claim kinds a run checks: only some ({@code --kinds}), or all but some ({@code --skip-kinds}),
 * e.g. everything but the simulations for a quick run. The claims left out are counted, never reported as checked.
 */
public record KindFilter(Set<String> only, Set<String> skipped) {
    /** Every kind. */
    public static final KindFilter ALL = new KindFilter(null, Set.of());

    public KindFilter {
        only = only == null ? null : Set.copyOf(only);
        skipped = Set.copyOf(skipped);
    }

    /** Whether claims of this kind are checked. */
    public boolean admits(String kind) {
        return (only == null || only.contains(kind)) && !skipped.contains(kind);
    }

    /** Whether some kind is left out. */
    public boolean restricts() {
        return only != null || !skipped.isEmpty();
    }

    /** The note for a run that left out {@code leftOut} claims, e.g. {@code 35 claims not checked (kinds not checked: simulation)}. */
    public String note(int leftOut) {
        String kinds = only != null ? "only kinds checked: " + String.join(", ", new TreeSet<>(only))
                + (skipped.isEmpty() ? "" : "; ") : "";
        kinds += skipped.isEmpty() ? "" : "kinds not checked: " + String.join(", ", new TreeSet<>(skipped));
        return leftOut + (leftOut == 1 ? " claim" : " claims") + " not checked (" + kinds + ")";
    }
}
