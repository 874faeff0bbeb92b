package dev.proofscheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.check.CorpusRunner;
import dev.proofscheck.check.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsIndexTest {

    @Test
    void readsIdsFromTheTsv(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("claims-index.tsv");
        Files.writeString(tsv, "id\tseed\tsection\tlocator\tline\tcheck\tclaim\n"
                + "003-07-09\t003\tch7\tproof\t776\tLIM\tS(0) = 1/(1-g)\n");
        ClaimsIndex index = ClaimsIndex.read(tsv);
        assertTrue(index.contains("003-07-09"));
        assertFalse(index.contains("003-07-99"));
        assertEquals("S(0) = 1/(1-g)", index.rows().get("003-07-09").claim());
    }

    @Test
    void aClaimNamingAMissingRowIsAnError(@TempDir Path dir) throws Exception {
        assumeTrue(ClaimsIndex.findShared().isPresent(), "../shared/claims-index.tsv is not beside the project");
        Path f = dir.resolve("d.yaml");
        Files.writeString(f, """
                id: d
                title: t
                source: {seed: s, locator: l}
                variables: {x: real}
                claims:
                  - {id: good, index: 003-07-09, kind: identity, lhs: x, rhs: x}
                  - {id: bad, index: 003-07-99, kind: identity, lhs: x, rhs: x}
                """);
        List<ClaimResult> results = new CorpusRunner(1, 10).run(List.of(f), r -> { });
        assertEquals(Status.PROVED, results.get(0).status());
        assertEquals(Status.ERROR, results.get(1).status());
        assertTrue(results.get(1).verdict().evidence().contains("003-07-99"), results.get(1).verdict().evidence());
    }
}
