package dev.proofscheck.model;

/** The side from which a limit point is approached. */
public enum Direction {
    ABOVE, BELOW, BOTH
}
