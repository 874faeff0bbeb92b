package dev.proofscheck.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.model.Domain;
import dev.proofscheck.numeric.Point;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Python export of the whole corpus, run by python3 (one process per seed), agrees with the
 * checker's evaluation as the Java export does ({@link DoubleAgreement}); complex items (cmath) are
 * evaluated at complex points. Skipped, saying so, where python3 is missing.
 */
class PythonExportProperties {
    private static final int POINTS = 3;
    private static final String DRIVER = """
            import importlib.util, sys
            spec = importlib.util.spec_from_file_location("exported", sys.argv[1])
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            for line in open(sys.argv[2]):
                cls, fn, *args = line.split()
                f = getattr(getattr(module, cls), fn, None)
                if f is None:
                    print("missing")
                    continue
                values = [complex(a) if "j" in a else float(a) for a in args]
                try:
                    v = complex(f(*values))
                    print("ok", repr(v.real), repr(v.imag))
                except (ValueError, ZeroDivisionError, OverflowError, TypeError) as e:
                    print("failed", type(e).__name__)
            """;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2})
    void exportedFunctionsAgreeWithTheCheckersEvaluation(long seed, @TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(python3Available(), "python3 is not on this machine: the Python export is not checked");
        String module = new PythonTarget().render(CorpusExports.all());
        Files.writeString(dir.resolve("exported.py"), module, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("driver.py"), DRIVER, StandardCharsets.UTF_8);
        DoubleAgreement agreement = new DoubleAgreement();
        List<ExportItem> items = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        List<DoubleErrorBound.Bound> expected = new ArrayList<>();
        StringBuilder cases = new StringBuilder();
        for (ExportedDerivation d : CorpusExports.all()) {
            for (ExportItem item : d.items()) {
                for (Point p : CorpusExports.points(item, seed, POINTS)) {
                    DoubleErrorBound.Bound b = agreement.expected(item, p);
                    if (b == null) {
                        continue;
                    }
                    items.add(item);
                    points.add(p);
                    expected.add(b);
                    cases.append(CodeNames.className(d.id())).append(' ').append(PythonPrinter.identifier(CodeNames.function(item)));
                    for (String v : item.params()) {
                        cases.append(' ').append(argument(item, p, v));
                    }
                    cases.append('\n');
                }
            }
        }
        Files.writeString(dir.resolve("cases.txt"), cases, StandardCharsets.UTF_8);
        Process py = new ProcessBuilder("python3", dir.resolve("driver.py").toString(), dir.resolve("exported.py").toString(),
                dir.resolve("cases.txt").toString()).redirectErrorStream(true).start();
        List<String> out = new String(py.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertTrue(py.waitFor(60, TimeUnit.SECONDS), "python3 did not finish");
        assertEquals(0, py.exitValue(), "python3 failed:\n" + String.join("\n", out.subList(Math.max(0, out.size() - 20), out.size())));
        assertEquals(items.size(), out.size(), "one answer per case");
        int missing = 0;
        for (int i = 0; i < out.size(); i++) {
            String[] f = out.get(i).split(" ");
            switch (f[0]) {
                case "missing" -> {
                    missing++;
                    assertTrue(module.contains("# " + items.get(i).comments().get(0)), "no function and no comment for " + items.get(i).name());
                }
                case "failed" -> agreement.compare(items.get(i).name() + " (" + f[1] + ")", points.get(i), expected.get(i), null, 0);
                default -> agreement.compare(items.get(i).name(), points.get(i), expected.get(i), number(f[1]), number(f[2]));
            }
        }
        System.out.printf("Python export, seed %d: %d cases, %d not exported; %s%n", seed, items.size(), missing, agreement.summary());
        assertTrue(agreement.failures.isEmpty(), agreement.failureReport());
        assertTrue(agreement.compared >= 0.8 * (items.size() - missing), "too few cases compared");
    }

    /** A point's coordinate as Python reads it: a complex literal for a complex variable. */
    private static String argument(ExportItem item, Point p, String v) {
        double re = p.re().get(v).toDouble();
        if (item.domains().get(v) instanceof Domain.ComplexBox) {
            return "(" + re + (p.im().get(v).signum() < 0 ? "" : "+") + p.im().get(v).toDouble() + "j)";
        }
        return Double.toString(re);
    }

    private static double number(String python) {
        return switch (python) {
            case "nan", "-nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(python);
        };
    }

    private static boolean python3Available() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
