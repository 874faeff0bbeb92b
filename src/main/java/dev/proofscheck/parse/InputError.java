package dev.proofscheck.parse;

import dev.proofscheck.model.SourcePosition;

/**
 * A problem in a derivation file, located at file:line:column. {@code claimId} names the claim it
 * belongs to, or is null when the whole file (or its header) is at fault.
 */
public record InputError(SourcePosition position, String claimId, String message) {
    @Override
    public String toString() {
        return position + ": " + message;
    }
}
