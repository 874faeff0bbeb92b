package dev.proofscheck.export;

import dev.proofscheck.model.Domain;
import dev.proofscheck.numeric.Point;
import dev.proofscheck.numeric.Sampler;
import dev.proofscheck.parse.DerivationReader;
import dev.proofscheck.parse.ParsedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The bundled corpus as exported, read once per test JVM, and sampled points for its items. */
final class CorpusExports {
    private static List<ExportedDerivation> all;

    private CorpusExports() {}

    static synchronized List<ExportedDerivation> all() {
        if (all == null) {
            List<ExportedDerivation> out = new ArrayList<>();
            try (Stream<Path> files = Files.walk(Path.of("derivations"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    ParsedFile parsed = new DerivationReader().read(f, f.toString());
                    if (parsed.derivation() == null || !parsed.errors().isEmpty()) {
                        throw new AssertionError("corpus file does not read: " + f + " " + parsed.errors());
                    }
                    out.add(ExportCollector.collect(parsed.derivation()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            all = List.copyOf(out);
        }
        return all;
    }

    /** Points of the item's domain; a parameter without a declared domain (integration variable, ODE state) ranges over the reals. */
    static List<Point> points(ExportItem item, long seed, int count) {
        Map<String, Domain> domains = new LinkedHashMap<>();
        for (String p : item.params()) {
            domains.put(p, item.domains().getOrDefault(p, new Domain.RealInterval(null, false, null, false)));
        }
        return new Sampler(seed * 7919 + item.name().hashCode()).points(domains, count);
    }
}
