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

    private WorkerArchiveMain() {}

    /** {@code args[0]}: where to write the archive. Exits 0 when it was written, 1 otherwise. */
    public static void main(String[] args) throws Exception {
        Path archive = Path.of(args[0]).toAbsolutePath();
        Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        Process p = new ProcessBuilder(WorkerCommand.dumping(partial)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader from = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        try (Writer to = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
            if (!WorkerProtocol.READY.equals(from.readLine())) {
                p.destroyForcibly();
                System.exit(1);
            }
            for (String call : WARM_UP) {
                to.write("10\t" + WorkerProtocol.escape(call) + "\n");
                to.flush();
                from.readLine();
            }
        }
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended || p.exitValue() != 0 || !Files.isRegularFile(partial)) {
            p.destroyForcibly();
            Files.deleteIfExists(partial);
            System.exit(1);
        }
        Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
