package dev.proofscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line drawn on a fake terminal with a fake clock: what is drawn when, and nothing at all off a terminal. */
class ProgressLineTest {
    private static final String CLEAR = "\r\u001b[K";
    private static final long MS = 1_000_000L;

    private final AtomicLong now = new AtomicLong(5_000 * MS);
    private final StringWriter screen = new StringWriter();
    private final PrintWriter terminal = new PrintWriter(screen);

    private String drawn() {
        String s = screen.toString();
        screen.getBuffer().setLength(0);
        return s;
    }

    @Test
    void quietDuringTheFirstSecondThenDoneTotalElapsedAndClaim() {
        ProgressLine line = ProgressLine.open(true, true, terminal, now::get);
        line.planned(3);
        line.checking("mp/law");
        line.tick();
        assertEquals("", drawn(), "short runs stay clean");
        now.addAndGet(1_500 * MS);
        line.tick();
        assertEquals(CLEAR + "[0/3] 0:01 mp/law", drawn());
        now.addAndGet(64_000 * MS);
        line.checking("mp/stieltjes");
        assertEquals(CLEAR + "[0/3] 1:05 mp/stieltjes", drawn());
    }

    @Test
    void beforeTheFilesAreReadTheTotalIsUnknown() {
        ProgressLine line = ProgressLine.open(true, true, terminal, now::get);
        now.addAndGet(1_200 * MS);
        line.tick();
        assertEquals(CLEAR + "[0/?] 0:01 reading the derivation files", drawn());
    }

    @Test
    void simulationTrialsAreShownAndThrottled() {
        ProgressLine line = ProgressLine.open(true, true, terminal, now::get);
        line.planned(2);
        now.addAndGet(2_000 * MS);
        line.checking("ridge/risk-simulated");
        drawn();
        now.addAndGet(300 * MS);
        line.trials("ridge/risk-simulated", 400, 16, 200);
        assertEquals(CLEAR + "[0/2] 0:02 ridge/risk-simulated (n = 400, trial 16/200)", drawn());
        now.addAndGet(50 * MS);
        line.trials("ridge/risk-simulated", 400, 32, 200);
        assertEquals("", drawn(), "at most one redraw per " + ProgressLine.REDRAW_NANOS / MS + " ms");
        now.addAndGet(200 * MS);
        line.tick();
        assertTrue(drawn().endsWith("(n = 400, trial 32/200)"));
        line.checking("ridge/next");
        assertEquals(CLEAR + "[0/2] 0:02 ridge/next", drawn(), "a new claim drops the trials");
    }

    @Test
    void clearedBeforeEachReportLineAndAtTheEnd() {
        ProgressLine line = ProgressLine.open(true, true, terminal, now::get);
        line.planned(2);
        now.addAndGet(3_000 * MS);
        line.checking("a/one");
        drawn();
        line.finished(() -> terminal.print("PROVED a/one\n"));
        assertEquals(CLEAR + "PROVED a/one\n" + CLEAR + "[1/2] 0:03 ", drawn(), "the report line is printed where the progress was");
        line.close();
        assertEquals(CLEAR, drawn());
        line.close();
        assertEquals("", drawn(), "nothing left to clear");
    }

    @Test
    void longNamesAreCutSoTheLineNeverWraps() {
        ProgressLine line = ProgressLine.open(true, true, terminal, now::get);
        line.planned(1);
        now.addAndGet(2_000 * MS);
        line.checking("d/" + "x".repeat(200) + "/claim");
        drawn();
        now.addAndGet(300 * MS);
        line.trials("", 400, 8, 24);
        String shown = drawn().substring(CLEAR.length());
        assertEquals(ProgressLine.WIDTH, shown.length());
        assertTrue(shown.startsWith("[0/1] 0:02 ...xxx") && shown.endsWith("xxx/claim (n = 400, trial 8/24)"), shown);
    }

    @Test
    void noBytesOffATerminalOrWhenNotWanted() {
        for (boolean[] c : new boolean[][] {{true, false}, {false, true}}) {
            ProgressLine line = ProgressLine.open(c[0], c[1], terminal, now::get);
            line.planned(2);
            now.addAndGet(10_000 * MS);
            line.checking("a/one");
            line.trials("a/one", 10, 1, 2);
            line.tick();
            line.finished(() -> { });
            line.close();
            assertEquals("", drawn());
        }
    }
}
