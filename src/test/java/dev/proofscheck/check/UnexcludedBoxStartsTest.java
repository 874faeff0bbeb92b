package dev.proofscheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.TestSupport;
import dev.proofscheck.model.Derivation;
import org.junit.jupiter.api.Test;

/**
 * A fixed-point claim whose starts all miss the branch: after a failed proof of "no root", Newton from the
 * centres of the unexcluded boxes finds the branch's root, and the claim's {@code holds} decides there; two
 * such roots refute a {@code unique} claim and leave any other undecided.
 */
class UnexcludedBoxStartsTest {
    private static final String HEADER = """
            id: t
            title: test
            source: {seed: none, locator: none}
            variables:
              a: (0, 1)
            claims:
              - id: c
                kind: fixed-point
            """;

    /** The root -1 (off the branch y > 0) is the one the start reaches; 2 + a is on the branch. */
    private static final String ONE_ROOT = "    unknowns: {y: -1.2}\n    equations: ['(y + 1) (y - 2 - a) == 0']\n    branch: y > 0\n";
    /** The xor system with sig = 1/(-1 + Exp[-x]) (a corpus mutant): its root v = -a1 on the branch a1 > 0 no start reaches. */
    private static final String XOR = "    unknowns: {v: [1, 3], a1: [2, 1]}\n    equations:\n"
            + "      - (1/4) (1 - 1/(-1 + Exp[-(v a1)])) a1 == (a/8) v\n      - (1/4) (1 - 1/(-1 + Exp[-(v a1)])) v == (a/8) a1\n    branch: a1 > 0\n";

    private static ClaimResult check(String body) {
        Derivation d = TestSupport.derivation(HEADER + body);
        return new ClaimChecker(TestSupport.prover(), 1, 20).check(d, d.claims().get(0));
    }

    @Test
    void aRootTheStartsMissIsFoundAndItsRelationRefutes() {
        ClaimResult r = check(ONE_ROOT + "    holds: y == 2 - a");
        assertEquals(Status.REFUTED, r.status(), r.verdict().evidence());
        assertTrue(r.verdict().evidence().contains("unexcluded box") && r.verdict().evidence().contains("not from the claim's starts"), r.verdict().evidence());
        assertTrue(r.verdict().details().containsKey("solution_origin"), r.verdict().details().toString());
    }

    @Test
    void aRootTheStartsMissIsFoundAndItsRelationHolds() {
        // only the first 3 points of a claim attempt the proof (and so the box starts): the others stay undecided
        ClaimResult r = check(ONE_ROOT + "    holds: y == 2 + a");
        assertEquals(Status.INCONCLUSIVE, r.status(), r.verdict().evidence());
        assertEquals(3, r.verdict().details().get("points_solved_from_unexcluded_boxes"), r.verdict().details().toString());
    }

    @Test
    void theXorMutantsRootOffTheStartsRefutesTheSignAndTheValue() {
        for (String holds : new String[] {"v == a1", "v^2 == Log[(1 - a/2)/(a/2)]"}) {
            ClaimResult r = check(XOR + "    holds: " + holds);
            assertEquals(Status.REFUTED, r.status(), holds + ": " + r.verdict().evidence());
            assertTrue(r.verdict().evidence().contains("unexcluded box"), r.verdict().evidence());
        }
    }

    @Test
    void twoRootsTheStartsMissRefuteAUniqueClaim() {
        ClaimResult r = check("    unknowns: {y: -1.2}\n    equations: ['(y + 1) (y - 1 - a) (y - 3 - a) == 0']\n    branch: y > 0\n    unique: true\n"
                + "    holds: y > 0");
        assertEquals(Status.REFUTED, r.status(), r.verdict().evidence());
        assertTrue(r.verdict().evidence().contains("2 distinct roots") && r.verdict().evidence().contains("unexcluded boxes"), r.verdict().evidence());
    }

    @Test
    void twoRootsTheStartsMissLeaveAClaimThatNamesNeitherUndecided() {
        // y == 1 + a holds at one root and fails at the other: which one the claim means, its starts do not say
        ClaimResult r = check("    unknowns: {y: -1.2}\n    equations: ['(y + 1) (y - 1 - a) (y - 3 - a) == 0']\n    branch: y > 0\n"
                + "    holds: y == 1 + a");
        assertEquals(Status.INCONCLUSIVE, r.status(), r.verdict().evidence());
        assertTrue(r.verdict().evidence().contains("names none"), r.verdict().evidence());
    }
}
