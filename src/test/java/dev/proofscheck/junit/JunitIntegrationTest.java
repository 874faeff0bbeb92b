package dev.proofscheck.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.check.Status;
import dev.proofscheck.check.Verdict;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The JUnit 5 integration as a downstream project uses it: the sample project under
 * src/test/resources/sample-project (derivations with a true, a false, an expected-refuted and an
 * unreadable claim, and a test class calling {@link ProofsCheck}) is compiled with javax.tools and its
 * tests run with the JUnit Platform Launcher, in this JVM.
 */
class JunitIntegrationTest {
    @TempDir
    Path classes;

    /** What the launcher reported for one test or container. */
    private record Outcome(String parent, TestExecutionResult result) {}

    @Test
    void theSampleProjectsClaimsBecomeDynamicTests() throws Exception {
        Path sample = Path.of(JunitIntegrationTest.class.getResource("/sample-project").toURI());
        Class<?> testClass = compile(sample.resolve("src/test/java/org/example/DerivationsTest.java"), "org.example.DerivationsTest");

        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        String basedir = System.getProperty("basedir");
        System.setProperty("basedir", sample.toString());
        try {
            Launcher launcher = LauncherFactory.create();
            launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(DiscoverySelectors.selectClass(testClass)).build(),
                    new TestExecutionListener() {
                        private TestPlan plan;

                        @Override
                        public void testPlanExecutionStarted(TestPlan testPlan) {
                            plan = testPlan;
                        }

                        @Override
                        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                            String parent = plan.getParent(id).map(TestIdentifier::getDisplayName).orElse("");
                            outcomes.put(id.getDisplayName(), new Outcome(parent, result));
                        }
                    });
        } finally {
            if (basedir != null) {
                System.setProperty("basedir", basedir);
            } else {
                System.clearProperty("basedir");
            }
        }

        assertEquals(TestExecutionResult.Status.SUCCESSFUL, outcomes.get("algebra/binomial.yaml").result().getStatus(), outcomes::toString);
        assertEquals(TestExecutionResult.Status.SUCCESSFUL, outcomes.get("broken.yaml").result().getStatus(), outcomes::toString);
        assertEquals(List.of("binomial/square-of-sum", "binomial/freshman-dream", "binomial/freshman-dream-as-written"),
                tests(outcomes, "algebra/binomial.yaml"), outcomes::toString);
        assertEquals(List.of("broken/unknown-function"), tests(outcomes, "broken.yaml"), outcomes::toString);

        assertEquals(TestExecutionResult.Status.SUCCESSFUL, outcomes.get("binomial/square-of-sum").result().getStatus());
        assertEquals(TestExecutionResult.Status.SUCCESSFUL, outcomes.get("binomial/freshman-dream-as-written").result().getStatus(),
                "an expected refutation that happens passes");
        Throwable refuted = failure(outcomes, "binomial/freshman-dream");
        assertInstanceOf(AssertionFailedError.class, refuted);
        assertTrue(refuted.getMessage().contains("REFUTED") && refuted.getMessage().contains("a=") && refuted.getMessage().contains("b="),
                () -> "the failure carries the counterexample: " + refuted.getMessage());
        assertTrue(refuted.getMessage().contains("seed 3"), refuted::getMessage);
        Throwable error = failure(outcomes, "broken/unknown-function");
        assertTrue(error.getMessage().startsWith("ERROR: ") && error.getMessage().contains("broken.yaml:11"), error::getMessage);
    }

    @Test
    void inconclusiveAbortsOrFailsAsChosenAndAnExpectedRefutationThatFailsToHappenFails() {
        ClaimResult undecided = result(false, Status.INCONCLUSIVE, "time limit of 20 s reached");
        TestAbortedException aborted = assertThrows(TestAbortedException.class, () -> ProofsCheck.assertHolds(undecided, false));
        assertTrue(aborted.getMessage().contains("d/c INCONCLUSIVE: time limit of 20 s reached"), aborted::getMessage);
        assertThrows(AssertionFailedError.class, () -> ProofsCheck.assertHolds(undecided, true));
        AssertionFailedError holds = assertThrows(AssertionFailedError.class,
                () -> ProofsCheck.assertHolds(result(true, Status.VERIFIED, "agrees at 20 points"), false));
        assertTrue(holds.getMessage().startsWith("d/c expected to be refuted, but VERIFIED (numeric): agrees at 20 points"), holds::getMessage);
        ProofsCheck.assertHolds(result(false, Status.SUPPORTED, "table"), false);
        assertThrows(IllegalArgumentException.class, () -> ProofsCheck.options().timeout(java.time.Duration.ZERO));
    }

    private static ClaimResult result(boolean expectRefuted, Status status, String evidence) {
        return new ClaimResult("f.yaml", 4, "d", "c", "identity", null, expectRefuted, new Verdict(status, "numeric", evidence, Map.of()), 1, 0.1);
    }

    private static List<String> tests(Map<String, Outcome> outcomes, String container) {
        return outcomes.entrySet().stream().filter(e -> e.getValue().parent().equals(container)).map(Map.Entry::getKey).toList();
    }

    private static Throwable failure(Map<String, Outcome> outcomes, String test) {
        TestExecutionResult r = outcomes.get(test).result();
        assertEquals(TestExecutionResult.Status.FAILED, r.getStatus(), test);
        return r.getThrowable().orElseThrow();
    }

    /** Compiles the sample's test class against proofs-check and the JUnit API only, as its own build would. */
    private Class<?> compile(Path source, String name) throws Exception {
        String classpath = Stream.of(ProofsCheck.class, org.junit.jupiter.api.DynamicNode.class, org.opentest4j.AssertionFailedError.class,
                        org.apiguardian.api.API.class)
                .map(c -> {
                    try {
                        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
                    } catch (java.net.URISyntaxException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .distinct().reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int code = javac.run(null, null, null, "-classpath", classpath, "-d", classes.toString(), "--release", "17", source.toString());
        assertEquals(0, code, "the sample test class compiles");
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, JunitIntegrationTest.class.getClassLoader()).loadClass(name);
    }
}
