package dev.proofscheck.model;

/** The place in the lecture material a derivation or claim encodes: seed file and a locator in it. */
public record SourceRef(String seed, String locator) {}
