package dev.proofscheck.mutate;

import dev.proofscheck.expr.Expr;

/** An expression changed by one edit, with a description of the edit. */
public record Mutant(String description, Expr expr) {}
