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
        CorpusRunner runnerOne = new CorpusRunner(7, 30).withThreads(1);
        List<ClaimResult> one = runnerOne.run(FILES, r -> orderOne.add(r.name()));
        List<String> orderTwo = new ArrayList<>();
        CorpusRunner runnerTwo = new CorpusRunner(7, 30).withThreads(2);
        List<ClaimResult> two = runnerTwo.run(FILES, r -> orderTwo.add(r.name()));
        assertTrue(one.size() > 20, "too few claims: " + one.size());
        assertEquals(orderOne, orderTwo, "the sink sees results in file order");
        assertCpuTimes(runnerOne, one);
        assertCpuTimes(runnerTwo, two);
        assertEquals(JsonReport.render(one, 7, false), JsonReport.render(two, 7, false));
    }

    /** Every checked claim has the CPU time of its checking thread, which cannot exceed the claim's wall time. */
    private static void assertCpuTimes(CorpusRunner runner, List<ClaimResult> results) {
        for (ClaimResult r : results) {
            Double cpu = runner.cpuSeconds().get(r.name());
            assertTrue(cpu != null, "no CPU time for " + r.name());
            assertTrue(cpu >= 0 && cpu <= r.seconds() + 0.02, r.name() + ": CPU " + cpu + " s in " + r.seconds() + " s of wall time");
        }
        assertTrue(results.stream().mapToDouble(r -> runner.cpuSeconds().get(r.name())).sum() > 0, "some CPU time was measured");
    }
}
