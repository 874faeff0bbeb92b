package dev.proofscheck;

import dev.proofscheck.cas.SymjaProver;
import dev.proofscheck.cas.SymjaSession;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.parse.DerivationReader;
import dev.proofscheck.parse.ParsedFile;

/** Shared fixtures: one Symja engine for the whole test JVM (starting one costs about 1.5 s). */
public final class TestSupport {
    private static SymjaSession session;

    private TestSupport() {}

    public static synchronized SymjaSession session() {
        if (session == null) {
            session = new SymjaSession();
        }
        return session;
    }

    public static SymjaProver prover() {
        return new SymjaProver(session());
    }

    /** Parses derivation text that is expected to be valid. */
    public static Derivation derivation(String yaml) {
        ParsedFile f = new DerivationReader().read(yaml, "test.yaml");
        if (f.derivation() == null || !f.errors().isEmpty()) {
            throw new AssertionError("test derivation does not parse: " + f.errors());
        }
        return f.derivation();
    }
}
