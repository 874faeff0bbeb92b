package dev.proofscheck.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.numeric.Deadline;
import dev.proofscheck.numeric.EvaluationException;
import dev.proofscheck.numeric.Evaluator;
import dev.proofscheck.numeric.Numbers;
import dev.proofscheck.numeric.Point;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        DoubleErrorBound bounds = new DoubleErrorBound();
        int exported = 0;
        int withValue = 0;
        int compared = 0;
        int nanPoints = 0;
        int overflowPoints = 0;
        List<String> failures = new ArrayList<>();
        for (ExportedDerivation d : CorpusExports.all()) {
            Class<?> cls = loader.loadClass(JavaTarget.CLASS_NAME + "$" + CodeNames.className(d.id()));
            for (ExportItem item : d.items()) {
                Method m = find(cls, JavaPrinter.identifier(CodeNames.function(item)), item.params().size());
                if (m == null) {
                    assertTrue(item.complex() || source.contains("not exported to Java"), "missing method for " + item.name());
                    continue;
                }
                exported++;
                int before = compared;
                for (Point p : CorpusExports.points(item, seed, POINTS)) {
                    DoubleErrorBound.Bound b;
                    try {
                        b = bounds.bound(item.expanded(), p.at(new Evaluator(40, Deadline.none())));
                    } catch (EvaluationException e) {
                        continue; // no value here (pole, Infinity): nothing to compare
                    }
                    double re = b.value().re.doubleValue();
                    double im = b.value().im.doubleValue();
                    Object[] args = item.params().stream().map(v -> (Object) p.re().get(v).toDouble()).toArray();
                    double got = (double) m.invoke(null, args);
                    if (b.beyondDoubleRange()) {
                        overflowPoints++;
                        continue; // a subexpression beyond 1e300: double arithmetic overflows there
                    }
                    if (Double.isNaN(got)) {
                        // real arithmetic gives NaN where a subexpression leaves the reals (a square root or log of a negative)
                        if (!b.complexIntermediate()) {
                            failures.add(item.name() + " at " + p + ": Java NaN, checker " + Numbers.show(b.value(), 17) + ", real throughout");
                        }
                        nanPoints++;
                        continue;
                    }
                    if (Math.abs(im) > b.tolerance()) {
                        failures.add(item.name() + " at " + p + ": Java " + got + ", checker " + Numbers.show(b.value(), 17) + " is complex");
                        continue;
                    }
                    if (!(Math.abs(got - re) <= b.tolerance())) {
                        failures.add(item.name() + " at " + p + ": Java " + got + ", checker " + Numbers.show(b.value(), 17)
                                + ", tolerance " + b.tolerance());
                    }
                    compared++;
                }
                withValue += compared > before ? 1 : 0;
            }
        }
        System.out.printf("Java export, seed %d: %d methods, %d with a compared value, %d points compared, %d with a complex subexpression (NaN), %d beyond double range%n",
                seed, exported, withValue, compared, nanPoints, overflowPoints);
        assertTrue(failures.isEmpty(), failures.size() + " disagreements:\n" + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
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
