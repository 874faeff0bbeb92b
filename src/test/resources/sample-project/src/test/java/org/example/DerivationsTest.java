package org.example;

import dev.proofscheck.junit.ProofsCheck;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Every claim under derivations/ is a test of this project's build. */
class DerivationsTest {
    @TestFactory
    Stream<DynamicNode> derivations() {
        // Maven runs tests in the project's directory and sets "basedir" to it.
        Path derivations = Path.of(System.getProperty("basedir", ".")).resolve("derivations");
        return ProofsCheck.options().seed(3).timeout(Duration.ofSeconds(30)).dynamicTests(derivations);
    }
}
