package dev.proofscheck.model;

import java.util.List;

/** One derivation file: its source, variables, definitions and claims. */
public record Derivation(
        String id,
        String title,
        SourceRef source,
        List<Variable> variables,
        List<Definition> definitions,
        List<Claim> claims,
        String file) {

    public Derivation {
        variables = List.copyOf(variables);
        definitions = List.copyOf(definitions);
        claims = List.copyOf(claims);
    }

    public Variable variable(String name) {
        return variables.stream().filter(v -> v.name().equals(name)).findFirst().orElse(null);
    }
}
