package dev.proofscheck.check;

import dev.proofscheck.numeric.NoValueAnywhere;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A claim's verdict with what was done to reach it: the method (which checks ran) and the evidence
 * (a one-line summary and its details: points, digits, counterexample values, CAS output).
 *
 * @param noValue set when the check found no value at every point it tried (the claim states nothing
 *                there: see {@link NoValueAnywhere}); null otherwise
 */
public record Verdict(Status status, String method, String evidence, Map<String, Object> details, NoValueAnywhere noValue) {
    public Verdict {
        details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public Verdict(Status status, String method, String evidence, Map<String, Object> details) {
        this(status, method, evidence, details, null);
    }

    /** The same verdict with a sentence appended to its evidence. */
    public Verdict withNote(String note) {
        return new Verdict(status, method, evidence + "; " + note, details, noValue);
    }

    /** The same verdict, recording that its check found no value at every point it tried. */
    public Verdict withNoValue(NoValueAnywhere fact) {
        return new Verdict(status, method, evidence, details, fact);
    }

    public static Verdict error(String message) {
        return new Verdict(Status.ERROR, "input", message, Map.of());
    }
}
