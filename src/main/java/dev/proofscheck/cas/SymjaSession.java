package dev.proofscheck.cas;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.form.output.WolframFormFactory;
import org.matheclipse.core.interfaces.IExpr;

/**
 * One strict-syntax Symja engine on its own worker thread; every evaluation runs under a wall-clock
 * limit. On time-out the engine is asked to stop; if it does not within a grace period (Symja's stop is
 * cooperative and some of its code never checks it), the worker is abandoned and a fresh one started,
 * so the run goes on. {@link #open()} gives the session the checker uses: the same engine in a separate
 * JVM ({@link ProcessSymjaWorker}) that is killed when a call overruns, so that work ignoring the stop
 * request is ended for sure; the in-process form stays for that worker itself and for tests.
 */
public final class SymjaSession implements AutoCloseable {
    static {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        org.matheclipse.parser.client.ParserConfig.PARSER_USE_LOWERCASE_SYMBOLS = false;
    }

    /** How long a stopped evaluation may take to notice the stop before its worker is abandoned. */
    private static final long STOP_GRACE_MILLIS = 1000;
    private static final int RECURSION_LIMIT = 512;
    private static final int ITERATION_LIMIT = 2_000_000;

    /** System property choosing where Symja runs: {@code process} (default) or {@code thread}. */
    public static final String MODE_PROPERTY = "proofscheck.cas";

    private ExecutorService worker;
    private EvalEngine engine;
    private ExprEvaluator evaluator;
    private int abandonedWorkers;
    /** When set, every evaluation goes to a separate, killable JVM instead of the thread above. */
    private final ProcessSymjaWorker remote;

    /** An in-process session (a worker thread; a call that ignores its stop can only be abandoned). */
    public SymjaSession() {
        remote = null;
        start();
    }

    private SymjaSession(ProcessSymjaWorker remote) {
        this.remote = remote;
    }

    /**
     * The session the checker uses: Symja in a worker process that is killed and restarted when a
     * call overruns (a hard time limit), unless {@code -Dproofscheck.cas=thread} asks for the
     * in-process session.
     */
    public static SymjaSession open() {
        return "thread".equals(System.getProperty(MODE_PROPERTY)) ? new SymjaSession() : new SymjaSession(new ProcessSymjaWorker());
    }

    /** Worker processes killed because a call ignored its stop request (0 in-process). */
    public int killedWorkers() {
        return remote == null ? 0 : remote.kills();
    }

    boolean isolated() {
        return remote != null;
    }

    ProcessSymjaWorker remote() {
        return remote;
    }

    private void start() {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "symja-worker");
            t.setDaemon(true);
            return t;
        });
        Future<?> init = worker.submit(() -> {
            PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true);
            engine = new EvalEngine("proofs-check", RECURSION_LIMIT, ITERATION_LIMIT, sink, sink, false);
            evaluator = new ExprEvaluator(engine, true, (short) 0);
            EvalEngine.set(engine);
        });
        try {
            init.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting Symja", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Symja failed to start: " + e.getCause(), e.getCause());
        }
    }

    /** Workers given up because they ignored a stop request (they keep a core busy until they end). */
    public int abandonedWorkers() {
        return abandonedWorkers;
    }

    /** Evaluates Symja input text within {@code seconds}; never throws. */
    CasAnswer evaluate(String input, double seconds, SymjaForm names) {
        if (remote != null) {
            return remote.evaluate(input, seconds, names);
        }
        if (seconds <= 0.05) {
            return CasAnswer.timeout(0);
        }
        Future<CasAnswer> f = worker.submit(() -> {
            EvalEngine.set(engine);
            engine.setStopRequested(false);
            IExpr r = evaluator.eval(input);
            return answer(r, names);
        });
        try {
            return f.get((long) (seconds * 1000), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            stop(f);
            return CasAnswer.timeout(seconds);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            return CasAnswer.failed("Symja: " + c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + oneLine(c.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(f);
            return CasAnswer.failed("interrupted");
        }
    }

    private void stop(Future<CasAnswer> f) {
        engine.stopRequest();
        f.cancel(true);
        Future<?> probe = worker.submit(() -> { });
        try {
            probe.get(STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            abandon();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon();
        }
    }

    private void abandon() {
        abandonedWorkers++;
        worker.shutdownNow();
        start();
    }

    private static CasAnswer answer(IExpr r, SymjaForm names) {
        if (r == null) {
            return CasAnswer.failed("Symja returned no result");
        }
        WolframFormFactory form = WolframFormFactory.get();
        form.setIgnoreNewLine(true);
        String casText = form.toString(r);
        String text = names.readBack(casText);
        if (text.equals("$Aborted")) {
            return new CasAnswer(CasAnswer.Status.TIMEOUT, false, false, text, casText, "Symja aborted the evaluation");
        }
        boolean suspicious = text.contains("Infinity") || text.contains("Indeterminate") || text.contains("Limit[")
                || text.contains("Integrate[") || text.contains("Series") || text.contains("$Aborted");
        return new CasAnswer(CasAnswer.Status.OK, r.isZero(), suspicious, text, casText, "");
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    @Override
    public void close() {
        if (remote != null) {
            remote.close();
            return;
        }
        worker.shutdownNow();
    }
}
