package dev.proofscheck.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workers' class-data-sharing archive: used when present, and never able to break a worker. */
class WorkerArchiveTest {
    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty(WorkerCommand.ARCHIVE_PROPERTY);
    }

    @Test
    void theCommandMapsTheArchiveOnlyWhenItExists() throws Exception {
        Path archive = dir.resolve("w.jsa");
        System.setProperty(WorkerCommand.ARCHIVE_PROPERTY, archive.toString());
        assertTrue(WorkerCommand.start().stream().noneMatch(a -> a.startsWith("-XX:SharedArchiveFile")), "no archive yet");
        Files.writeString(archive, "x");
        assertTrue(WorkerCommand.start().contains("-XX:SharedArchiveFile=" + archive), String.join(" ", WorkerCommand.start()));
        assertTrue(WorkerCommand.start().contains("-Xshare:auto"), "a stale archive must be ignored, not fatal");
    }

    @Test
    void aCorruptArchiveIsIgnored() throws Exception {
        Path archive = dir.resolve("corrupt.jsa");
        Files.write(archive, new byte[4096]);
        assertAWorkerWith(archive).answersNormally();
    }

    @Test
    void anArchiveOfAnotherClassPathIsIgnoredAndItsWarningNeverReachesTheProtocol() throws Exception {
        // the JVM prints "[warning][cds,dynamic] Unable to use shared archive" to stdout by default,
        // which the worker's parent would read as its first protocol line
        Path archive = archiveOfAnotherProgram();
        assertAWorkerWith(archive).answersNormally();
    }

    private WorkerCheck assertAWorkerWith(Path archive) {
        System.setProperty(WorkerCommand.ARCHIVE_PROPERTY, archive.toString());
        return new WorkerCheck();
    }

    /** Starts a worker under the current archive property and checks one call. */
    private static final class WorkerCheck {
        void answersNormally() {
            try (ProcessSymjaWorker worker = new ProcessSymjaWorker()) {
                CasAnswer a = worker.evaluate("D[Power[v1,2],v1]", 60, new SymjaForm());
                assertEquals(CasAnswer.Status.OK, a.status(), a.message());
                assertEquals("2*v1", a.casText());
            }
        }
    }

    /** A dynamic archive dumped by a one-class program from a jar of its own: a class path no worker has. */
    private Path archiveOfAnotherProgram() throws Exception {
        Path src = dir.resolve("Hello.java");
        Files.writeString(src, "public class Hello { public static void main(String[] a) { new java.util.ArrayList<String>(); } }");
        assertEquals(0, javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", dir.toString(), src.toString()));
        Path jar = dir.resolve("hello.jar");
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry("Hello.class"));
            out.write(Files.readAllBytes(dir.resolve("Hello.class")));
            out.closeEntry();
        }
        Path archive = dir.resolve("hello.jsa");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-XX:ArchiveClassesAtExit=" + archive, "-cp", jar.toString(), "Hello")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals(0, p.waitFor());
        assertTrue(Files.isRegularFile(archive), "the JVM did not dump the test archive");
        return archive;
    }

    @Test
    void anArchiveThatCannotBeWrittenEndsTheBuildWithOneLineAndExitOne() throws Exception {
        Path nowhere = dir.resolve("missing-directory").resolve("w.jsa");
        String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(launcher, "-cp", System.getProperty("java.class.path"), WorkerArchiveMain.class.getName(), nowhere.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        assertEquals(1, p.waitFor(), err);
        assertTrue(err.startsWith("proofs-check: the CAS worker class archive was not built") && !err.contains("\n\tat "), err);
        assertTrue(!Files.exists(nowhere), "no archive where none could be written");
    }

    @Test
    void theWarmUpCallsAllEvaluate() {
        // the archive only holds what the warm-up loaded: each call must really run, not fail to parse
        try (ProcessSymjaWorker worker = new ProcessSymjaWorker()) {
            for (String call : WorkerArchiveMain.WARM_UP) {
                CasAnswer a = worker.evaluate(call, 60, new SymjaForm());
                assertEquals(CasAnswer.Status.OK, a.status(), call + ": " + a.message());
            }
            List<String> answers = WorkerArchiveMain.WARM_UP.stream().map(c -> worker.evaluate(c, 60, new SymjaForm()).casText()).toList();
            assertEquals("0", answers.get(0));
            assertEquals("6", answers.get(7), "E[He_3(x)^2] by the moments");
        }
    }
}
