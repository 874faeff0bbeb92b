package dev.proofscheck.junit;

import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.check.CorpusRunner;
import dev.proofscheck.check.Status;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Derivation files as JUnit 5 dynamic tests, so that another project's {@code mvn test} checks them:
 * <pre>
 * &#64;TestFactory
 * Stream&lt;DynamicNode&gt; derivations() {
 *     return ProofsCheck.dynamicTests(Path.of("derivations"));
 * }
 * </pre>
 * One container per file, one test per claim, named {@code derivation/claim}. A claim passes when it is
 * proved, verified or supported, or refuted where the file expects it; a failure carries the verdict's
 * evidence (the counterexample), an ERROR its {@code file:line}. An INCONCLUSIVE claim is <em>aborted</em>
 * (reported as skipped, with the reason): nothing was shown either way; {@link Options#failOnInconclusive}
 * makes it a failure instead.
 *
 * <p>The files are read when the tests are created; each claim is checked when its test runs, by one
 * CAS session that ends when JUnit closes the returned stream.
 */
public final class ProofsCheck {
    private ProofsCheck() {}

    /** The tests of every claim under {@code paths} (files, or directories searched for .yaml/.yml), with the default options. */
    public static Stream<DynamicNode> dynamicTests(Path... paths) {
        return options().dynamicTests(paths);
    }

    /** Seed 1, a time limit of 20 s per claim, inconclusive claims aborted: as the command line. */
    public static Options options() {
        return new Options(1, 20, false);
    }

    /**
     * How the claims are checked.
     *
     * @param seed seed of the sampled points (same seed, same verdicts)
     * @param timeoutSeconds time limit per claim, CAS and numerics together
     * @param failOnInconclusive whether an INCONCLUSIVE claim fails its test (default: aborted)
     */
    public record Options(long seed, double timeoutSeconds, boolean failOnInconclusive) {
        public Options {
            if (!(timeoutSeconds > 0 && timeoutSeconds <= 86_400)) {
                throw new IllegalArgumentException("the time limit must be above 0 and at most a day, not " + timeoutSeconds + " s");
            }
        }

        public Options seed(long seed) {
            return new Options(seed, timeoutSeconds, failOnInconclusive);
        }

        public Options timeout(Duration limit) {
            return new Options(seed, limit.toMillis() / 1000.0, failOnInconclusive);
        }

        public Options failOnInconclusive(boolean fail) {
            return new Options(seed, timeoutSeconds, fail);
        }

        /** The tests of every claim under {@code paths}, checked with these options. */
        public Stream<DynamicNode> dynamicTests(Path... paths) {
            List<Path> roots = List.of(paths);
            CorpusRunner runner = new CorpusRunner(seed, timeoutSeconds);
            Map<String, List<CorpusRunner.Task>> byFile = new LinkedHashMap<>();
            for (CorpusRunner.Task t : runner.plan(roots)) {
                byFile.computeIfAbsent(t.file(), f -> new ArrayList<>()).add(t);
            }
            CorpusRunner.Checking checking = runner.checking();
            List<DynamicNode> files = new ArrayList<>();
            for (Map.Entry<String, List<CorpusRunner.Task>> e : byFile.entrySet()) {
                List<DynamicNode> claims = e.getValue().stream()
                        .map(t -> (DynamicNode) DynamicTest.dynamicTest(t.name(), source(t), () -> assertHolds(checking.check(t), failOnInconclusive)))
                        .toList();
                files.add(DynamicContainer.dynamicContainer(displayName(e.getKey(), roots), source(e.getKey(), 0), claims.stream()));
            }
            return files.stream().onClose(checking::close);
        }
    }

    /** Passes, fails (AssertionFailedError) or aborts (TestAbortedException) as the result says; see the class comment. */
    static void assertHolds(ClaimResult r, boolean failOnInconclusive) {
        String where = " [" + r.file() + (r.line() > 0 ? ":" + r.line() : "") + ", seed " + r.seed() + "]";
        if (r.failed()) {
            String what = r.expectRefuted() ? "expected to be refuted, but " + r.status() + " (" + r.verdict().method() + ")"
                    : r.status() + " (" + r.verdict().method() + ")";
            throw new AssertionFailedError(r.name() + " " + what + ": " + r.verdict().evidence() + where);
        }
        if (r.status() == Status.ERROR) {
            throw new AssertionFailedError("ERROR: " + r.verdict().evidence());
        }
        if (r.status() == Status.INCONCLUSIVE) {
            String message = r.name() + " INCONCLUSIVE: " + r.verdict().evidence() + where;
            if (failOnInconclusive) {
                throw new AssertionFailedError(message);
            }
            throw new TestAbortedException(message);
        }
    }

    /** The file's path relative to the directory it was found under, or as given. */
    private static String displayName(String file, List<Path> roots) {
        Path f = Path.of(file);
        for (Path root : roots) {
            if (Files.isDirectory(root) && f.startsWith(root)) {
                return root.relativize(f).toString();
            }
        }
        return file;
    }

    private static URI source(CorpusRunner.Task t) {
        return source(t.file(), t.ready() != null ? t.ready().line() : t.claim().position().line());
    }

    /** The file (and line) as a test source, so IDEs and reports can jump there. */
    private static URI source(String file, int line) {
        URI uri = Path.of(file).toAbsolutePath().normalize().toUri();
        return line > 0 ? URI.create(uri + "?line=" + line) : uri;
    }
}
