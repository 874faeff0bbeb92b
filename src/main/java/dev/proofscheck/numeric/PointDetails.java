package dev.proofscheck.numeric;

import java.util.List;
import java.util.Map;

/** Records in a verdict's details how many sample points were set aside, and why the first one was. */
final class PointDetails {
    private PointDetails() {}

    /** Adds {@code <what>_points} and {@code first_<what>} when {@code reasons} is not empty. */
    static void putCounted(Map<String, Object> details, String what, List<String> reasons) {
        if (!reasons.isEmpty()) {
            details.put(what + "_points", reasons.size());
            details.put("first_" + what, reasons.get(0));
        }
    }
}
