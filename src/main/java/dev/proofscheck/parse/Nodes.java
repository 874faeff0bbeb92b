package dev.proofscheck.parse;

import dev.proofscheck.model.SourcePosition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Typed access to YAML nodes that reports a positioned error instead of a cast failure. */
final class Nodes {
    private final String file;

    Nodes(String file) {
        this.file = file;
    }

    SourcePosition at(Node node) {
        return new SourcePosition(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    /** The entries of a mapping, in file order, keyed by their scalar keys. Rejects keys outside {@code allowed}. */
    Map<String, Node> mapping(Node node, String what, Set<String> allowed) throws InputException {
        if (!(node instanceof MappingNode m)) {
            throw new InputException(at(node), what + " must be a mapping (key: value lines)");
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String key = scalar(t.getKeyNode(), "a key in " + what);
            if (out.containsKey(key)) {
                throw new InputException(at(t.getKeyNode()), "duplicate key '" + key + "' in " + what);
            }
            if (allowed != null && !allowed.contains(key)) {
                throw new InputException(at(t.getKeyNode()), "unknown key '" + key + "' in " + what
                        + " (allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
            out.put(key, t.getValueNode());
        }
        return out;
    }

    /** The key nodes of a mapping, for positions of keys. */
    Map<String, Node> keyNodes(Node node) {
        Map<String, Node> out = new LinkedHashMap<>();
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode s) {
                    out.put(s.getValue(), t.getKeyNode());
                }
            }
        }
        return out;
    }

    List<Node> sequence(Node node, String what) throws InputException {
        if (!(node instanceof SequenceNode s)) {
            throw new InputException(at(node), what + " must be a list (lines starting with '- ')");
        }
        return s.getValue();
    }

    String scalar(Node node, String what) throws InputException {
        if (!(node instanceof ScalarNode s)) {
            throw new InputException(at(node), what + " must be a single value, not a list or mapping");
        }
        return s.getValue();
    }

    String required(Map<String, Node> map, String key, Node parent, String what) throws InputException {
        Node n = map.get(key);
        if (n == null) {
            throw new InputException(at(parent), what + " needs '" + key + "'");
        }
        String v = scalar(n, "'" + key + "'");
        if (v.isBlank()) {
            throw new InputException(at(n), "'" + key + "' is empty");
        }
        return v;
    }

    String optional(Map<String, Node> map, String key) throws InputException {
        Node n = map.get(key);
        return n == null ? null : scalar(n, "'" + key + "'");
    }

    /**
     * Position of a column inside a scalar's text: exact for single-line scalars (quotes accounted for),
     * the scalar's start otherwise.
     */
    SourcePosition inside(Node node, int column) {
        SourcePosition start = at(node);
        if (node instanceof ScalarNode s && !s.getValue().contains("\n")) {
            boolean quoted = s.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.DOUBLE_QUOTED
                    || s.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.SINGLE_QUOTED;
            return new SourcePosition(file, start.line(), start.column() + column - 1 + (quoted ? 1 : 0));
        }
        return start;
    }
}
