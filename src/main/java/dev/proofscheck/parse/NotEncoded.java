package dev.proofscheck.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The written reasons why some rows of the claims index are not encoded ({@code coverage/not-encoded.yaml}:
 * a list of {@code {index: ..., reason: ...}}), read like derivation files: nodes only, positioned errors.
 */
public final class NotEncoded {
    private NotEncoded() {}

    /** Reasons by row id; an unreadable file is an {@link IllegalArgumentException} with file:line. */
    public static Map<String, String> read(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        Nodes nodes = new Nodes(file.toString());
        try {
            Node root = new Yaml(new LoaderOptions()).compose(new java.io.StringReader(Files.readString(file)));
            if (root == null) {
                return out;
            }
            for (Node entry : nodes.sequence(root, "the list of rows not encoded")) {
                Map<String, Node> m = nodes.mapping(entry, "an entry", Set.of("index", "reason"));
                String index = nodes.required(m, "index", entry, "an entry");
                String reason = nodes.required(m, "reason", entry, "an entry");
                if (out.put(index, reason) != null) {
                    throw new IllegalArgumentException(nodes.at(entry) + ": row " + index + " is listed twice");
                }
            }
        } catch (InputException e) {
            throw new IllegalArgumentException(e.position() + ": " + e.getMessage());
        } catch (YAMLException e) {
            throw new IllegalArgumentException(file + ": malformed YAML: " + e.getMessage().replaceAll("\\s+", " "));
        }
        return out;
    }
}
