package dev.proofscheck.cas;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Symja in a separate JVM ({@link SymjaWorkerMain}), so that a call that ignores its stop request
 * (polynomial factorisation, huge integer arithmetic: SYMJA-NOTES) can be ended for sure: when an
 * answer is not back within the call's limit plus {@link #KILL_GRACE_MILLIS}, the process is killed
 * and a fresh one started at once, its start-up overlapping the next claim's numeric work.
 * Its command line, heap cap included, is {@link WorkerCommand}'s.
 */
final class ProcessSymjaWorker implements AutoCloseable {
    /**
     * Time the worker gets beyond the call's limit before it is killed: its own cooperative stop
     * answers TIMEOUT within about 0.1-1 s (SYMJA-NOTES), and a kill costs a restart (~1.5 s), so it
     * is kept for work that really ignores the stop.
     */
    static final long KILL_GRACE_MILLIS = 600;
    /** Longest wait for a (re)started worker to report ready; not charged to any claim's limit. */
    static final long STARTUP_LIMIT_MILLIS = 60_000;

    private static final String EOF_MARK = "\u0000eof";

    private Process process;
    private Writer toWorker;
    private BlockingQueue<String> fromWorker;
    private boolean ready;
    private int kills;

    ProcessSymjaWorker() {
        start();
    }

    /** Workers killed because they overran their limit. */
    int kills() {
        return kills;
    }

    private void start() {
        try {
            process = new ProcessBuilder(WorkerCommand.start()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the CAS worker process: " + e.getMessage(), e);
        }
        toWorker = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        fromWorker = queue;
        ready = false;
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Thread pump = new Thread(() -> {
            try {
                String line;
                while ((line = reader.readLine()) != null) {
                    queue.add(line);
                }
            } catch (IOException e) {
                // the process ended; fall through
            }
            queue.add(EOF_MARK);
        }, "symja-worker-reader");
        pump.setDaemon(true);
        pump.start();
    }

    private boolean awaitReady() throws InterruptedException {
        if (ready) {
            return true;
        }
        String line = fromWorker.poll(STARTUP_LIMIT_MILLIS, TimeUnit.MILLISECONDS);
        ready = WorkerProtocol.READY.equals(line);
        return ready;
    }

    /** Evaluates Symja input text within {@code seconds} (plus the kill grace); never throws. */
    CasAnswer evaluate(String input, double seconds, SymjaForm names) {
        if (seconds <= 0.05) {
            return CasAnswer.timeout(0);
        }
        try {
            long waitStart = System.nanoTime();
            if (!awaitReady()) {
                restart();
                return CasAnswer.failed("the CAS worker process did not start");
            }
            // a (re)start is charged to this call, so that the claim still ends within its limit
            seconds -= (System.nanoTime() - waitStart) / 1e9;
            if (seconds <= 0.05) {
                return CasAnswer.timeout(0);
            }
            toWorker.write(seconds + "\t" + WorkerProtocol.escape(input) + "\n");
            toWorker.flush();
            long waitMillis = (long) (seconds * 1000) + KILL_GRACE_MILLIS;
            String line = fromWorker.poll(waitMillis, TimeUnit.MILLISECONDS);
            if (line == null) {
                kills++;
                restart();
                return new CasAnswer(CasAnswer.Status.TIMEOUT, false, false, "", "",
                        "CAS time limit of " + seconds + " s reached; the call ignored the stop request and its worker process was killed");
            }
            if (line.equals(EOF_MARK)) {
                restart();
                return CasAnswer.failed("the CAS worker process ended unexpectedly (out of memory?) and was restarted");
            }
            return WorkerProtocol.parse(line, names);
        } catch (IOException e) {
            restart();
            return CasAnswer.failed("the CAS worker process could not be reached and was restarted");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            restart();
            return CasAnswer.failed("interrupted");
        }
    }

    private void restart() {
        kill();
        start();
    }

    private void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the current worker process is alive (for tests). */
    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        try {
            toWorker.close();
        } catch (IOException e) {
            // the worker is killed below anyway
        }
        kill();
    }
}
