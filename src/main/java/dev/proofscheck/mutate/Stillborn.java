package dev.proofscheck.mutate;

import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.check.Status;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.SimulationBody;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stillborn mutant: one edit left an expression without a value at any point (a denominator 0
 * everywhere, {@code HermiteHe} of a non-integer order), so the mutant states nothing that could be
 * refuted. It is counted apart only when both sides say so independently: the checker's verdict says it
 * had no value at every point it tried (read here from its evidence), and the independent route found no
 * value at any of its own points ({@link Truth.Kind#NO_VALUE}). An overflow is never "no value"
 * ({@link NoValue#denotesNothing}), and a verdict that names only its first skipped point among several is
 * not enough: those mutants stay survivors.
 */
final class Stillborn {
    /** Pointwise checks: no point decided, every point tried skipped for want of a value, none undecided. */
    private static final Pattern POINTWISE = Pattern.compile("^only 0 of \\d+ points decided; \\d+ points had no value, e\\.g\\. (.*)");
    /** Integrals and limits without parameters: their one point had no value. */
    private static final Pattern ONE_POINT = Pattern.compile("^only 0 of 1 parameter points decided; e\\.g\\. \\(no variables\\) \\((.*)");
    /** A value, or an integral whose single evaluation failed. */
    private static final Pattern SINGLE = Pattern.compile("^the (?:integral|expression) has no value: (.*)");
    /** A simulation whose prediction has no value at the claim's point ({@code file:line:column: message}). */
    private static final Pattern PREDICTION = Pattern.compile("^\\S+:\\d+:\\d+: (.*)");

    private Stillborn() {}

    /**
     * The checker's own words that the mutant had no value at every point it tried, or null when its
     * verdict does not say exactly that.
     */
    static String checkerFoundNoValue(Claim mutant, ClaimResult r) {
        String evidence = r.verdict().evidence();
        Matcher m;
        if (r.status() == Status.INCONCLUSIVE) {
            m = POINTWISE.matcher(evidence);
            if (m.find() && !evidence.contains("undecided")) {
                return reason(m.group(1));
            }
            m = ONE_POINT.matcher(evidence);
            if (m.find() || (m = SINGLE.matcher(evidence)).find()) {
                return reason(m.group(1));
            }
        } else if (r.status() == Status.ERROR && mutant.body() instanceof SimulationBody) {
            m = PREDICTION.matcher(evidence);
            if (m.find()) {
                return reason(m.group(1));
            }
        }
        return null;
    }

    /** The first reason the checker gives, when it is a missing value (up to the verdict's next clause). */
    private static String reason(String text) {
        int end = text.indexOf("; ");
        String first = end < 0 ? text : text.substring(0, end);
        while (first.endsWith(")") && first.chars().filter(ch -> ch == ')').count() > first.chars().filter(ch -> ch == '(').count()) {
            first = first.substring(0, first.length() - 1); // the verdict's own closing parenthesis around the reason
        }
        return NoValue.denotesNothing(first) ? first : null;
    }
}
