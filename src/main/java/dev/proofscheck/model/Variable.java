package dev.proofscheck.model;

/** A free variable of a derivation with the domain it ranges over. */
public record Variable(String name, Domain domain, SourcePosition position) {}
