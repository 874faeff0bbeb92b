package dev.proofscheck.mutate;

import dev.proofscheck.model.Claim;
import dev.proofscheck.model.Derivation;

/**
 * A claim changed by one edit of one of its expressions (or of its limit direction).
 *
 * @param field the part of the claim that was edited, e.g. {@code lhs}, {@code where S}, {@code side}, {@code definition S}
 * @param description the edit, e.g. {@code constant 4 -> 5}
 * @param derivation the derivation the mutant is checked in (with one definition edited, for a definition mutant)
 * @param claim the mutated claim (same id, position and domains as the original)
 */
public record ClaimMutant(String field, String description, Derivation derivation, Claim claim) {
    /** {@code lhs: constant 4 -> 5}, for reports. */
    public String describe() {
        return field + ": " + description;
    }
}
