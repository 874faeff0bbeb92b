package dev.proofscheck.model;

import dev.proofscheck.expr.Expr;
import java.util.List;

/**
 * A system of equations whose root a claim uses, as in the {@code fixed-point} kind: the unknowns, their
 * Newton starts in order of preference, one equation per unknown, and the branch conditions the meant root
 * satisfies (e.g. {@code Im[nu1] > 0}). A simulation claim uses one for a prediction that is a function of
 * a self-consistent solution (002's nu1, nu2).
 *
 * @param starts one list of start values (one per unknown) per start
 */
public record FixedPointSystem(List<String> unknowns, List<List<Expr>> starts, List<Relation> equations, List<Relation> branch) {
    public FixedPointSystem {
        unknowns = List.copyOf(unknowns);
        starts = starts.stream().map(List::copyOf).toList();
        equations = List.copyOf(equations);
        branch = List.copyOf(branch);
    }

    /** The same system with the definitions expanded in every expression. */
    public FixedPointSystem expanded(Definitions defs) {
        return new FixedPointSystem(unknowns, starts.stream().map(start -> start.stream().map(defs::expand).toList()).toList(),
                equations.stream().map(r -> r.map(defs::expand)).toList(), branch.stream().map(r -> r.map(defs::expand)).toList());
    }
}
