package dev.proofscheck.check;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A claim's verdict with what was done to reach it: the method (which checks ran) and the evidence
 * (a one-line summary and its details: points, digits, counterexample values, CAS output).
 */
public record Verdict(Status status, String method, String evidence, Map<String, Object> details) {
    public Verdict {
        details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** The same verdict with a sentence appended to its evidence. */
    public Verdict withNote(String note) {
        return new Verdict(status, method, evidence + "; " + note, details);
    }

    public static Verdict error(String message) {
        return new Verdict(Status.ERROR, "input", message, Map.of());
    }
}
