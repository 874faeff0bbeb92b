package dev.proofscheck.cas;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Entry point of the out-of-process CAS worker: an in-process {@link SymjaSession} driven over
 * stdin/stdout by {@link WorkerProtocol}. Started (and, when a call overruns, killed) by
 * {@link ProcessSymjaWorker}; it only ever evaluates the Symja text its parent wrote, which the parent
 * built from allow-listed expressions.
 */
public final class SymjaWorkerMain {
    /** How often the worker checks that its parent still runs (a killed parent cannot close our stdin if we are busy). */
    private static final long PARENT_CHECK_MILLIS = 1000;

    private SymjaWorkerMain() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        // nothing Symja prints may corrupt the protocol
        System.setOut(new PrintStream(java.io.OutputStream.nullOutputStream()));
        System.setErr(new PrintStream(java.io.OutputStream.nullOutputStream()));
        watchParent();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (SymjaSession session = new SymjaSession()) {
            out.println(WorkerProtocol.READY);
            String line;
            while ((line = in.readLine()) != null) {
                int tab = line.indexOf('\t');
                CasAnswer a;
                if (tab < 0) {
                    a = CasAnswer.failed("CAS worker got a malformed request");
                } else {
                    double seconds = Double.parseDouble(line.substring(0, tab));
                    a = session.evaluate(WorkerProtocol.unescape(line.substring(tab + 1)), seconds, new SymjaForm());
                }
                out.println(WorkerProtocol.response(a));
            }
        }
        System.exit(0);
    }

    /** Ends this worker when its parent is gone, even in the middle of work that ignores stop requests. */
    private static void watchParent() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        Thread t = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(PARENT_CHECK_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
                if (parent == null || !parent.isAlive()) {
                    Runtime.getRuntime().halt(0);
                }
            }
        }, "parent-watchdog");
        t.setDaemon(true);
        t.start();
    }
}
