package dev.proofscheck.parse;

import dev.proofscheck.model.SourcePosition;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A problem in a derivation file, located at file:line:column. {@code claimId} names the claim it
 * belongs to, or is null when the whole file (or its header) is at fault. Messages quote the input;
 * a quoted run longer than {@link #LONGEST_QUOTED_RUN} characters (a 30,000-digit number, a deeply
 * nested expression) is shortened so that the message stays readable.
 */
public record InputError(SourcePosition position, String claimId, String message) {
    /** Longest run of non-blank characters kept as is: longer than any sensible name, number or formula term. */
    static final int LONGEST_QUOTED_RUN = 120;
    /** Characters kept from the start of a shortened run. */
    private static final int KEPT = 60;
    private static final Pattern LONG_RUN = Pattern.compile("\\S{" + (LONGEST_QUOTED_RUN + 1) + ",}");

    public InputError {
        message = shorten(message);
    }

    static String shorten(String message) {
        if (message == null || message.length() <= LONGEST_QUOTED_RUN) {
            return message;
        }
        Matcher m = LONG_RUN.matcher(message);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String run = m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(run.substring(0, KEPT) + "... (" + run.length() + " characters)"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    @Override
    public String toString() {
        return position + ": " + message;
    }
}
