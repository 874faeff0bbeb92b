package dev.proofscheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.model.Claim;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.parse.DerivationReader;
import dev.proofscheck.parse.ParsedFile;
import dev.proofscheck.sim.SimulationSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Simulation claims end to end: read from YAML, simulated, decided; and their input errors. */
class SimulationClaimTest {
    private static final String HEADER = """
            id: t
            title: "T"
            source:
              seed: 003_149372855d5ab59c.txt
              locator: "l"
            variables:
              gamma: positive
              r: positive
            claims:
            """;

    private static String ridgelessBias(String prediction) {
        return HEADER + """
                  - id: bias
                    kind: simulation
                    model: least-squares
                    statistic: bias
                    parameters: {gamma: gamma, r: r}
                    at: {gamma: 2, r: 1}
                    predicts: %s
                    sizes: [50, 100, 200]
                    trials: 40
                """.formatted(prediction);
    }

    private static ClaimResult check(String yaml) {
        ParsedFile f = new DerivationReader().read(yaml, "test.yaml");
        assertTrue(f.errors().isEmpty(), f.errors().toString());
        Derivation d = f.derivation();
        Claim c = d.claims().get(0);
        // no prover: a simulation claim is decided by simulation alone
        return new ClaimChecker(null, 1, 30).withSimulation(new SimulationSettings(2, 60)).check(d, c);
    }

    @Test
    void wrongRidgelessBiasIsRefutedBySimulationAlone() {
        ClaimResult r = check(ridgelessBias("r^2 (1 - 1/gamma^2)"));
        assertEquals(Status.REFUTED, r.status(), r.verdict().evidence());
        assertEquals("simulation", r.verdict().method());
        assertTrue(r.verdict().evidence().contains("standard errors"), r.verdict().evidence());
    }

    @Test
    void rightRidgelessBiasIsSupportedWithItsTable() {
        ClaimResult r = check(ridgelessBias("r^2 (1 - 1/gamma)"));
        assertEquals(Status.SUPPORTED, r.status(), r.verdict().evidence());
        String ev = r.verdict().evidence();
        assertTrue(ev.contains("99% band") && ev.contains("prediction 0.500000"), ev);
        assertEquals(3, ((List<?>) r.verdict().details().get("table")).size());
    }

    @Test
    void inputErrorsNameTheLine() {
        assertError(ridgelessBias("0").replace("least-squares", "least-squared"), "unknown model 'least-squared'", 12);
        assertError(ridgelessBias("0").replace("statistic: bias", "statistic: bais"), "no statistic 'bais'", 13);
        assertError(ridgelessBias("0").replace("[50, 100, 200]", "[50, 40]"), "sizes must increase", 17);
        assertError(ridgelessBias("0").replace("at: {gamma: 2, r: 1}", "at: {gamma: 2}"), "'at' must give a value to r", 15);
        assertError(ridgelessBias("0").replace("{gamma: gamma, r: r}", "{r: r}"), "needs parameter 'gamma'", 14);
        assertError(ridgelessBias("0").replace("trials: 40", "trials: 2"), "trials must be between", 18);
    }

    private static void assertError(String yaml, String message, int line) {
        ParsedFile f = new DerivationReader().read(yaml, "test.yaml");
        assertEquals(1, f.errors().size(), f.errors().toString());
        String e = f.errors().get(0).toString();
        assertTrue(e.contains(message) && e.contains("test.yaml:" + line + ":"), e);
    }
}
