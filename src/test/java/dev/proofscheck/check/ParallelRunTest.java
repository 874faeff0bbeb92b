package dev.proofscheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.report.JsonReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Claims checked on two threads: the same report, byte for byte (timings aside), in file order. */
class ParallelRunTest {
    private static final List<Path> FILES = List.of(
            Path.of("derivations/random-matrices/mp-stieltjes-transform.yaml"),
            Path.of("derivations/regression/ridgeless-least-squares.yaml"),
            Path.of("derivations/ntk/parameter-count.yaml"));

    @Test
    void twoThreadsGiveTheReportOfOne() {
        List<String> orderOne = new ArrayList<>();
        List<ClaimResult> one = new CorpusRunner(7, 30).withThreads(1).run(FILES, r -> orderOne.add(r.name()));
        List<String> orderTwo = new ArrayList<>();
        List<ClaimResult> two = new CorpusRunner(7, 30).withThreads(2).run(FILES, r -> orderTwo.add(r.name()));
        assertTrue(one.size() > 20, "too few claims: " + one.size());
        assertEquals(orderOne, orderTwo, "the sink sees results in file order");
        assertEquals(JsonReport.render(one, 7, false), JsonReport.render(two, 7, false));
    }
}
