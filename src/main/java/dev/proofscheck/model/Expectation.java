package dev.proofscheck.model;

/** What the corpus expects of a claim: to hold, or to be refuted (a formula that is wrong as written). */
public enum Expectation {
    HOLDS, REFUTED
}
