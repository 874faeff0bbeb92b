package dev.proofscheck.cas;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a CAS worker JVM. When the launcher has built a class-data-sharing archive of the
 * worker's classes (Symja's are thousands; {@link WorkerArchiveMain}), the worker maps it instead of
 * loading and verifying them again: measured 2.2-2.9 s of CPU per worker start instead of 4.4-4.6 s.
 * A missing, stale or foreign archive is ignored by the JVM (sharing is "auto"), and the JVM's own
 * messages go to standard error so that nothing but the protocol ever reaches standard output.
 */
final class WorkerCommand {
    /** System property naming the archive (set by the launcher; absent in tests: no archive). */
    static final String ARCHIVE_PROPERTY = "proofscheck.casArchive";
    /** Heap of the worker JVM: Symja's corpus work needs under 150 MB; runaway expansions fail fast instead of swapping. */
    static final String WORKER_HEAP = "-Xmx384m";

    private WorkerCommand() {}

    /** The command that starts a worker, using the archive named by {@link #ARCHIVE_PROPERTY} if it exists. */
    static List<String> start() {
        String archive = System.getProperty(ARCHIVE_PROPERTY);
        List<String> sharing = archive != null && Files.isReadable(Path.of(archive))
                ? List.of("-Xshare:auto", "-XX:SharedArchiveFile=" + archive) : List.of();
        return build(sharing);
    }

    /** The command that starts a worker which writes the archive {@code archive} when it exits. */
    static List<String> dumping(Path archive) {
        return build(List.of("-XX:ArchiveClassesAtExit=" + archive));
    }

    private static List<String> build(List<String> sharing) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, WORKER_HEAP, "-Xss16m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                // JVM warnings (a stale archive, a full code cache) must not reach the protocol on stdout
                "-XX:+UnlockDiagnosticVMOptions", "-XX:+DisplayVMOutputToStderr", "-Xlog:disable", "-Xlog:all=warning:stderr"));
        cmd.addAll(sharing);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), SymjaWorkerMain.class.getName()));
        return cmd;
    }
}
