package dev.proofscheck.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Substitution;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.ClaimBody;
import dev.proofscheck.model.Definitions;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.model.Domain;
import dev.proofscheck.model.Variable;
import dev.proofscheck.mutate.Mutant;
import dev.proofscheck.mutate.Mutations;
import dev.proofscheck.numeric.Deadline;
import dev.proofscheck.numeric.NumericOutcome;
import dev.proofscheck.numeric.PointwiseCheck;
import dev.proofscheck.parse.DerivationReader;
import dev.proofscheck.parse.ParsedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every true claim of the corpus, made false by one edit of its claimed value (a sign, a constant, an
 * exponent, a dropped term...), is refuted. A mutant counts as false when its claimed value differs
 * from the original's at the claim's sample points: that comparison of two expressions is made on its
 * own, before and apart from checking the mutated claim.
 */
class MutationProperties {
    private static final long SEED = 20261129L;

    /** A prover that never tries: the verdicts below rest on the numerics only. */
    private static final dev.proofscheck.cas.Prover NO_CAS = new dev.proofscheck.cas.Prover() {
        private final dev.proofscheck.cas.SymbolicOutcome no = dev.proofscheck.cas.SymbolicOutcome.notAttempted("not used in this test");

        @Override
        public dev.proofscheck.cas.SymbolicOutcome reducesToZero(Expr e, Map<String, Domain> domains, Deadline deadline) {
            return no;
        }

        @Override
        public dev.proofscheck.cas.SymbolicOutcome limitEquals(Expr f, String var, Expr point, dev.proofscheck.model.Direction direction,
                Expr value, Map<String, Domain> domains, Deadline deadline) {
            return no;
        }

        @Override
        public dev.proofscheck.cas.SymbolicOutcome integralEquals(Expr integrand, String var, Expr from, Expr to, boolean gaussian,
                Expr value, Map<String, Domain> domains, Deadline deadline) {
            return no;
        }
    };
    private static final int MUTANTS_PER_CLAIM = 3;
    /**
     * Claims sampled (seeded) from the corpus per run: enough to cover every claim kind the value mutation
     * applies to; the whole corpus is the job of `./proofs-check mutate` (minutes, not seconds).
     */
    private static final int CLAIMS_PER_RUN = 30;

    @Test
    void singleEditsOfClaimedValuesAreRefuted() throws IOException {
        SplittableRandom random = new SplittableRandom(SEED);
        // numerics alone decide refutations; the CAS would only add minutes of Integrate attempts here
        ClaimChecker checker = new ClaimChecker(NO_CAS, 5, 20); // the command line's default limit per claim
        List<String> survivors = new ArrayList<>();
        int killed = 0;
        int equivalent = 0;
        List<Object[]> eligible = new ArrayList<>();
        for (Derivation d : corpus()) {
            for (Claim c : d.claims()) {
                if (claimedValue(c.body()) != null && !c.expectsRefutation()) {
                    eligible.add(new Object[] {d, c});
                }
            }
        }
        java.util.Collections.shuffle(eligible, new java.util.Random(SEED));
        for (Object[] pair : eligible.subList(0, Math.min(CLAIMS_PER_RUN, eligible.size()))) {
            Derivation d = (Derivation) pair[0];
            Claim c = (Claim) pair[1];
            Definitions defs = new Definitions(d.definitions());
            {
                Expr value = claimedValue(c.body());
                List<Mutant> mutants = new ArrayList<>(Mutations.of(value));
                for (int k = 0; k < MUTANTS_PER_CLAIM && !mutants.isEmpty(); k++) {
                    Mutant m = mutants.remove(random.nextInt(mutants.size()));
                    if (sameValues(d, c, defs.expand(value), defs.expand(m.expr()))) {
                        equivalent++;
                        continue;
                    }
                    Claim mutated = new Claim(c.id() + "~" + k, null, c.locator(), withValue(c.body(), m.expr()),
                            c.domains(), c.expectation(), c.note(), c.position());
                    ClaimResult r = checker.check(d, mutated);
                    if (r.status() == Status.REFUTED) {
                        killed++;
                    } else {
                        survivors.add(d.id() + "/" + c.id() + " with " + m.description() + ": " + r.status() + " " + r.verdict().evidence());
                    }
                }
            }
        }
        System.out.println("mutation property: " + killed + " killed, " + equivalent + " equivalent, " + survivors.size() + " survived");
        assertTrue(survivors.isEmpty(), "seed " + SEED + ": mutants not refuted:\n" + String.join("\n", survivors));
        assertTrue(killed >= 30, "too few mutants checked: " + killed + " killed, " + equivalent + " equivalent");
    }

    /** Independent of the claim: do the original and mutated values differ somewhere on the domain? */
    private static boolean sameValues(Derivation d, Claim c, Expr original, Expr mutated) {
        Map<String, Domain> domains = new LinkedHashMap<>();
        List<String> used = new ArrayList<>(Substitution.symbols(original));
        used.addAll(Substitution.symbols(mutated));
        for (Variable v : d.variables()) {
            if (used.contains(v.name())) {
                domains.put(v.name(), c.domains().getOrDefault(v.name(), v.domain()));
            }
        }
        NumericOutcome o = new PointwiseCheck(SEED, Deadline.in(20)).check(original, mutated, domains);
        return o.status() != NumericOutcome.Status.REFUTED;
    }

    private static Expr claimedValue(ClaimBody b) {
        if (b instanceof ClaimBody.Identity i) {
            return i.rhs();
        }
        if (b instanceof ClaimBody.Equation e) {
            return e.rhs();
        }
        if (b instanceof ClaimBody.Limit l) {
            return l.value();
        }
        if (b instanceof ClaimBody.Series s) {
            return s.polynomial();
        }
        if (b instanceof ClaimBody.Integral i) {
            return i.value();
        }
        return null;
    }

    private static ClaimBody withValue(ClaimBody b, Expr v) {
        if (b instanceof ClaimBody.Identity i) {
            return new ClaimBody.Identity(i.lhs(), v);
        }
        if (b instanceof ClaimBody.Equation e) {
            return new ClaimBody.Equation(e.lhs(), v, e.where());
        }
        if (b instanceof ClaimBody.Limit l) {
            return new ClaimBody.Limit(l.expr(), l.var(), l.point(), l.direction(), v);
        }
        if (b instanceof ClaimBody.Series s) {
            return new ClaimBody.Series(s.expr(), s.var(), s.point(), s.direction(), s.order(), v);
        }
        ClaimBody.Integral i = (ClaimBody.Integral) b;
        return new ClaimBody.Integral(i.integrand(), i.var(), i.from(), i.to(), i.gaussian(), v);
    }

    private static List<Derivation> corpus() throws IOException {
        List<Derivation> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("derivations"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                ParsedFile parsed = new DerivationReader().read(f, f.toString());
                out.add(parsed.derivation());
            }
        }
        return out;
    }
}
