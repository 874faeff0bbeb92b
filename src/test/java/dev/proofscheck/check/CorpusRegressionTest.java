package dev.proofscheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled corpus checks clean: every claim proved or verified, or refuted where it is expected to be. */
class CorpusRegressionTest {

    @Test
    void bundledCorpusHasNothingUnexpected() {
        List<ClaimResult> results = new CorpusRunner(1, 30).run(List.of(Path.of("derivations")), r -> { });
        assertTrue(results.size() >= 20, "corpus too small: " + results.size());
        List<String> problems = new ArrayList<>();
        for (ClaimResult r : results) {
            boolean ok = r.expectRefuted() ? r.status() == Status.REFUTED
                    : r.status() == Status.PROVED || r.status() == Status.VERIFIED || r.status() == Status.SUPPORTED;
            if (!ok) {
                problems.add(r.name() + " " + r.status() + ": " + r.verdict().evidence());
            }
        }
        assertEquals("", problems.stream().collect(Collectors.joining("\n")));
        assertTrue(results.stream().anyMatch(ClaimResult::refutedAsExpected), "the corpus keeps its as-written errata");
        assertTrue(results.stream().filter(r -> r.status() == Status.SUPPORTED).count() >= 15, "simulation evidence for the asymptotic claims");
        assertTrue(results.stream().allMatch(r -> r.verdict().evidence() != null && !r.verdict().evidence().isBlank()));
    }
}
