package dev.proofscheck.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.numeric.Point;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Java export of the whole corpus, compiled in-process as one compilation unit, agrees with the
 * checker's own evaluation (40 digits) at sampled points of each item's domain, within the tolerance
 * {@link DoubleErrorBound} derives from double precision and the expression's conditioning.
 */
class JavaExportProperties {
    private static final int POINTS = 3;
    private static ClassLoader loader;
    private static String source;

    @BeforeAll
    static void compile(@TempDir Path dir) throws Exception {
        source = new JavaTarget().render(CorpusExports.all());
        Path file = dir.resolve(JavaTarget.CLASS_NAME + ".java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, null, new PrintStream(diagnostics, true, StandardCharsets.UTF_8),
                "-encoding", "UTF-8", "-proc:none", "-d", dir.toString(), file.toString());
        assertEquals(0, rc, "the exported Java does not compile:\n" + diagnostics.toString(StandardCharsets.UTF_8));
        loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, JavaExportProperties.class.getClassLoader());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2})
    void exportedMethodsAgreeWithTheCheckersEvaluation(long seed) throws Exception {
        DoubleAgreement agreement = new DoubleAgreement();
        int exported = 0;
        int withValue = 0;
        for (ExportedDerivation d : CorpusExports.all()) {
            Class<?> cls = loader.loadClass(JavaTarget.CLASS_NAME + "$" + CodeNames.className(d.id()));
            for (ExportItem item : d.items()) {
                Method m = find(cls, JavaPrinter.identifier(CodeNames.function(item)), item.params().size());
                if (m == null) {
                    assertTrue(source.contains("// " + item.comments().get(0)), "no method and no comment for " + item.name());
                    continue;
                }
                exported++;
                int before = agreement.compared;
                for (Point p : CorpusExports.points(item, seed, POINTS)) {
                    DoubleErrorBound.Bound b = agreement.expected(item, p);
                    if (b != null) {
                        Object[] args = item.params().stream().map(v -> (Object) p.re().get(v).toDouble()).toArray();
                        agreement.compare(item.name(), p, b, (Double) m.invoke(null, args), 0);
                    }
                }
                withValue += agreement.compared > before ? 1 : 0;
            }
        }
        System.out.printf("Java export, seed %d: %d methods, %d with a compared value; %s%n", seed, exported, withValue, agreement.summary());
        assertTrue(agreement.failures.isEmpty(), agreement.failureReport());
        assertTrue(withValue >= 0.8 * exported, "too few methods compared: " + withValue + " of " + exported);
    }

    private static Method find(Class<?> cls, String name, int arity) {
        for (Method m : cls.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == arity) {
                return m;
            }
        }
        return null;
    }
}
