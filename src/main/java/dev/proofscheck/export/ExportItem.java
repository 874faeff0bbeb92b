package dev.proofscheck.export;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.model.Domain;
import java.util.List;
import java.util.Map;

/**
 * One exported expression: a definition (a function of its parameters) or one part of a claim (its
 * lhs, limit point, integrand, ...), as a function of its free variables.
 *
 * @param name the definition's name, or {@code claimId.part}
 * @param params the function's parameters: a definition's own, then the other variables it uses
 * @param ownParams how many of {@code params} are the definition's own (0 for a claim part)
 * @param written as written: definitions are referred to by name, not inlined (LaTeX, Symja form)
 * @param calls as written, but every definition called with all its parameters (code: {@code lplus(gamma)})
 * @param expanded with every definition inlined (what the numerics and the CAS see)
 * @param domains the domain of each parameter that has one (claim overrides applied); others are real
 * @param comments lines to print before the item (what it is; how simplification went)
 */
public record ExportItem(String name, boolean definition, List<String> params, int ownParams, Expr written, Expr calls, Expr expanded,
        Map<String, Domain> domains, List<String> comments) {
    public ExportItem {
        params = List.copyOf(params);
        domains = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(domains));
        comments = List.copyOf(comments);
    }

    /** Whether any parameter ranges over complex numbers, or the expression uses {@code I}, {@code Re} or {@code Im}. */
    public boolean complex() {
        return domains.values().stream().anyMatch(d -> d instanceof Domain.ComplexBox)
                || dev.proofscheck.expr.Substitution.symbols(expanded).contains("I")
                || dev.proofscheck.expr.Substitution.heads(expanded).stream().anyMatch(h -> h.equals("Re") || h.equals("Im"));
    }

    /** The same item with another expression in all three forms (a simplified one has no definitions left) and more comments. */
    public ExportItem with(Expr replacement, List<String> moreComments) {
        List<String> all = new java.util.ArrayList<>(comments);
        all.addAll(moreComments);
        return new ExportItem(name, definition, params, ownParams, replacement, replacement, replacement, domains, all);
    }

    /** The same item with more comments. */
    public ExportItem commented(List<String> moreComments) {
        List<String> all = new java.util.ArrayList<>(comments);
        all.addAll(moreComments);
        return new ExportItem(name, definition, params, ownParams, written, calls, expanded, domains, all);
    }
}
