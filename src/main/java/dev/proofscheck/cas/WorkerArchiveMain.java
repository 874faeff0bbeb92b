package dev.proofscheck.cas;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Builds the CAS worker's class-data-sharing archive (see {@link WorkerCommand}): runs one worker on a
 * warm-up of the calls the checker makes (reductions, a limit, a Gaussian integral, moments, a Jacobian),
 * so that the classes they load are archived when it exits. Called by the launcher after each build;
 * a failure only means the workers start without the archive.
 */
public final class WorkerArchiveMain {
    /** Calls of each kind {@link SymjaProver} makes, in Symja's full form. */
    static final List<String> WARM_UP = List.of(
            "Together[Plus[Power[Plus[x,1],2],Times[-1,Plus[Power[x,2],Times[2,x],1]]]]",
            "Simplify[Together[Plus[Sqrt[Power[x,2]],Times[-1,x]]],And[Greater[x,0]]]",
            "Simplify[Plus[Power[Sin[x],2],Power[Cos[x],2],-1]]",
            "Limit[Times[Sin[x],Power[x,-1]],Rule[x,0],Rule[Direction,-1]]",
            "Limit[Times[x,Log[Plus[1,Power[x,-1]]]],Rule[x,Infinity],Rule[Direction,1]]",
            "Integrate[Expand[Times[Power[x,2],Power[E,Times[Rational[-1,2],Power[x,2]]],Power[Times[2,Pi],Rational[-1,2]]]],"
                    + "List[x,-Infinity,Infinity]]",
            "Integrate[Expand[Times[x,Plus[1,x]]],List[x,0,1]]",
            "If[PolynomialQ[Expand[Power[Plus[Power[x,3],Times[-3,x]],2]],x],Sum[Times[Coefficient[Expand[Power[Plus[Power[x,3],"
                    + "Times[-3,x]],2]],x,k],If[EvenQ[k],Factorial2[Plus[k,-1]],0]],List[k,0,Exponent[Expand[Power[Plus[Power[x,3],"
                    + "Times[-3,x]],2]],x]]],Indeterminate]",
            "Coefficient[CharacteristicPolynomial[ReplaceAll[List[List[D[Times[x,Plus[1,Times[-1,y]]],x],D[Times[x,Plus[1,Times[-1,y]]],y]],"
                    + "List[D[Times[-1,y],x],D[Times[-1,y],y]]],List[Rule[x,0],Rule[y,0]]],t],t,0]");

    /** The whole archive build, warm-up and dump, ends within this (about 8 s idle, 47 s at load 15). */
    private static final long LIMIT_SECONDS = 180;

    private WorkerArchiveMain() {}

    /** {@code args[0]}: where to write the archive. Exits 0 when it was written, 1 otherwise. */
    public static void main(String[] args) throws Exception {
        Path archive = Path.of(args[0]).toAbsolutePath();
        Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        Process p = new ProcessBuilder(WorkerCommand.dumping(partial)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        // nothing hangs: a warm-up call that ignored its stop request would block the reads below
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(LIMIT_SECONDS));
                p.destroyForcibly();
            } catch (InterruptedException e) {
                // the archive was written in time
            }
        }, "archive-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        BufferedReader from = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        try (Writer to = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
            if (!WorkerProtocol.READY.equals(from.readLine())) {
                fail(p, partial, "the worker did not start");
            }
            for (String call : WARM_UP) {
                to.write("10\t" + WorkerProtocol.escape(call) + "\n");
                to.flush();
                if (from.readLine() == null) {
                    fail(p, partial, "the worker ended during the warm-up (time limit of " + LIMIT_SECONDS + " s?)");
                }
            }
        } catch (java.io.IOException e) {
            fail(p, partial, e.getMessage());
        }
        boolean ended = p.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS);
        watchdog.interrupt();
        if (!ended || p.exitValue() != 0 || !Files.isRegularFile(partial)) {
            fail(p, partial, "the worker did not write the archive");
        }
        Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Ends the build without an archive: one line on stderr, exit 1 (the launcher goes on without it). */
    private static void fail(Process p, Path partial, String why) throws java.io.IOException {
        p.destroyForcibly();
        Files.deleteIfExists(partial);
        System.err.println("proofs-check: the CAS worker class archive was not built: " + why);
        System.exit(1);
    }
}
