package dev.proofscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.TestSupport;
import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.check.Status;
import dev.proofscheck.check.Verdict;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.parse.ClaimsIndex;
import dev.proofscheck.parse.DerivationReader;
import dev.proofscheck.parse.ParsedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrataAndCoverageTest {
    private static final String FILE = """
            id: d
            title: t
            source: {seed: s, locator: l}
            variables: {x: real}
            claims:
              - {id: wrong, index: 003-07-05, locator: "Thm 7.4", kind: identity, lhs: 'x', rhs: '-x', expect: refuted}
              - {id: right, index: 003-07-05, corrects: wrong, kind: identity, lhs: 'x', rhs: 'x'}
              - {id: other, index: 003-07-05, kind: identity, lhs: '2 x', rhs: 'x + x'}
            """;

    private static ClaimResult result(String claim, Status s, boolean expectRefuted) {
        return new ClaimResult("d.yaml", 1, "d", claim, "identity", "003-07-05", expectRefuted,
                new Verdict(s, "numeric", claim + " evidence", Map.of()), 1, 0);
    }

    @Test
    void errataPairTheAsWrittenClaimWithItsCorrectionAndEvidence() {
        Derivation d = TestSupport.derivation(FILE);
        List<ClaimResult> results = List.of(result("wrong", Status.REFUTED, true), result("right", Status.PROVED, false),
                result("other", Status.PROVED, false));
        List<Errata.Entry> entries = Errata.of(results, Map.of("d", d));
        assertEquals(1, entries.size());
        Errata.Entry e = entries.get(0);
        assertEquals("x == -x", e.asWritten());
        assertEquals(List.of("right: x == x"), e.corrected(), "only the claim that says 'corrects: wrong'");
        assertEquals("wrong evidence", e.evidence());
        String md = Errata.markdown(entries, results);
        assertTrue(md.contains("Thm 7.4") && md.contains("`x == -x`") && md.contains("PROVED"), md);
    }

    @Test
    void anErratumThatWasNotRefutedIsNotListedButCounted() {
        Derivation d = TestSupport.derivation(FILE);
        List<ClaimResult> results = List.of(result("wrong", Status.VERIFIED, true), result("right", Status.PROVED, false));
        assertTrue(Errata.of(results, Map.of("d", d)).isEmpty());
        assertTrue(Errata.markdown(List.of(), results).contains("1 claims marked as errata were NOT refuted"));
    }

    @Test
    void correctsMustNameAnExpectedRefutationOfTheSameFile() {
        ParsedFile f = new DerivationReader().read(FILE.replace("corrects: wrong", "corrects: other"), "d.yaml");
        assertEquals(1, f.errors().size(), f.errors().toString());
        assertEquals("right", f.errors().get(0).claimId());
        assertTrue(f.errors().get(0).message().contains("expect: refuted"));
    }

    @Test
    void coverageCountsEncodedReasonedAndMissingRows(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("claims-index.tsv");
        Files.writeString(tsv, "id\tseed\tsection\tlocator\tline\tcheck\tclaim\n"
                + "003-07-05\t003\tCh. 7\tThm 7.4\t\tMC\tV -> ...\n"
                + "003-07-06\t003\tCh. 7\tThm 7.5\t\tMC\tlambda_min -> ...\n"
                + "003-07-07\t003\tCh. 7\tThm 7.5\t\tMC\tlambda_1 >= ...\n");
        Coverage c = new Coverage(ClaimsIndex.read(tsv), List.of(result("right", Status.PROVED, false)),
                Map.of("003-07-06", "needs simulation"));
        assertEquals(1, c.encoded());
        assertEquals(1, c.withReason());
        assertEquals(1, c.missing());
        String text = c.text();
        assertTrue(text.contains("003-07-07") && text.contains("MISSING"), text);
        assertTrue(text.contains("not encoded: needs simulation"), text);
        assertFalse(c.rows().get(0).missingWithoutReason());
    }
}
