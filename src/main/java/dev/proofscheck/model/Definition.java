package dev.proofscheck.model;

import dev.proofscheck.expr.Expr;
import java.util.List;

/** A named expression, possibly with parameters ({@code S[g, z]}), that later expressions may use. */
public record Definition(String name, List<String> params, Expr body, SourcePosition position) {
    public Definition {
        params = List.copyOf(params);
    }

    public boolean isFunction() {
        return !params.isEmpty();
    }
}
