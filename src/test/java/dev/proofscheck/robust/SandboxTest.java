package dev.proofscheck.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Derivation files are data: every Symja function that touches the outside world, written into a
 * claim, gives an ERROR at its file:line, and nothing happens on disk (the files they name are never
 * created or read) or on the network (a listening local socket is never contacted). YAML tags that
 * would construct Java objects are refused too.
 */
class SandboxTest {
    /** How long the listening socket waits for a connection after the run: any connection would have come during it. */
    private static final int ACCEPT_WAIT_MILLIS = 200;

    @TempDir
    Path dir;

    /** Outside-world functions of Symja/Mathematica, each as it would be called in a claim. {@code %F} is a file, {@code %U} a URL. */
    private static final List<String> CALLS = List.of(
            "Export[\"%F\", a]", "Export[%F, a]", "Import[\"%F\"]", "Get[\"%F\"]", "Put[a, \"%F\"]", "PutAppend[a, \"%F\"]",
            "ReadString[\"%F\"]", "ReadList[\"%F\"]", "WriteString[\"%F\", a]", "OpenWrite[\"%F\"]", "OpenAppend[\"%F\"]",
            "OpenRead[\"%F\"]", "CreateFile[\"%F\"]", "CreateDirectory[\"%F\"]", "DeleteFile[\"%F\"]", "CopyFile[\"%F\", \"%F\"]",
            "FileNames[]", "Run[\"touch %F\"]", "RunProcess[{\"touch\", \"%F\"}]", "StartProcess[\"sh\"]", "SystemOpen[\"%F\"]",
            "URLFetch[\"%U\"]", "URLRead[\"%U\"]", "URLExecute[\"%U\"]", "URLSave[\"%U\", \"%F\"]", "URLDownload[\"%U\", \"%F\"]",
            "Import[\"%U\"]", "JavaNew[\"java.io.File\", \"%F\"]", "JavaObject[a]", "LoadJavaClass[\"java.lang.Runtime\"]",
            "InstallJava[]", "JavaClass[a]", "Set[a, 1]", "SetDelayed[a, 1]", "Clear[a]", "ClearAll[a]", "Unprotect[Plus]",
            "SetAttributes[a, Listable]", "SetDirectory[\"/\"]", "ToExpression[\"Run[x]\"]", "Evaluate[a]", "Compile[a, a]",
            "SetSystemOptions[a]", "$Path", "Environment[\"HOME\"]", "Quit[]", "Exit[]", "Pause[100]", "TimeConstrained[a, 100]",
            "a = 1", "a := 1", "Export @@ a", "a // Run", "a /. a -> 1", "Run@a", "ToExpression[a]", "#1 &");

    @Test
    void everyOutsideWorldFunctionIsAnErrorAndTouchesNothing() throws IOException {
        Path marker = dir.resolve("marker.txt");
        try (ServerSocket server = new ServerSocket(0)) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/x";
            StringBuilder yaml = new StringBuilder("id: sandbox\ntitle: \"t\"\nsource:\n  seed: s.txt\n  locator: \"here\"\n"
                    + "variables:\n  a: positive\nclaims:\n");
            List<Integer> lines = new ArrayList<>();
            int line = 9;
            for (int i = 0; i < CALLS.size(); i++) {
                String call = CALLS.get(i).replace("%F", marker.toString()).replace("%U", url);
                yaml.append("  - id: c").append(i).append("\n    kind: identity\n    lhs: '")
                        .append(call.replace("'", "''")).append("'\n    rhs: a\n");
                lines.add(line + 1);
                line += 4;
            }
            Path file = dir.resolve("sandbox.yaml");
            Files.writeString(file, yaml);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.execute(new String[] {file.toString(), "--timeout", "5"}, new PrintWriter(out, true), new PrintWriter(err, true));
            String text = out + "\n" + err;
            assertEquals(2, code, text);
            assertFalse(text.contains("Exception") || text.contains("\tat "), text);
            for (int i = 0; i < CALLS.size(); i++) {
                String where = file + ":" + (lines.get(i) + 1);
                assertTrue(text.contains(where), () -> "no ERROR at " + where + " in:\n" + text);
            }
            assertFalse(text.contains("PROVED") || text.contains("VERIFIED") || text.contains("REFUTED"), text);
            assertFalse(Files.exists(marker), "a sandboxed call created " + marker);
            try (Stream<Path> s = Files.list(dir)) {
                assertEquals(List.of(file), s.toList(), "the run created files");
            }
            server.setSoTimeout(ACCEPT_WAIT_MILLIS);
            try (java.net.Socket contacted = server.accept()) {
                throw new AssertionError("a sandboxed call contacted " + url + " from " + contacted.getRemoteSocketAddress());
            } catch (SocketTimeoutException expected) {
                // nobody connected
            }
        }
    }

    @Test
    void yamlTagsNeverConstructObjects() throws IOException {
        Path marker = dir.resolve("constructed");
        String yaml = "id: !!java.io.File [\"" + marker + "\"]\ntitle: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]\n"
                + "source:\n  seed: s.txt\n  locator: \"here\"\nvariables:\n  a: positive\nclaims: []\n";
        Path file = dir.resolve("tags.yaml");
        Files.writeString(file, yaml);
        StringWriter out = new StringWriter();
        int code = Main.execute(new String[] {file.toString()}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertEquals(2, code, out.toString());
        assertTrue(out.toString().contains("ERROR"), out.toString());
        assertFalse(Files.exists(marker));
    }
}
