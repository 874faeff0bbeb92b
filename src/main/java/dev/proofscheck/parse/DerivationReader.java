package dev.proofscheck.parse;

import dev.proofscheck.expr.Builtins;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.ExprParser;
import dev.proofscheck.expr.ExprSyntaxException;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.Definition;
import dev.proofscheck.model.Definitions;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.model.Domain;
import dev.proofscheck.model.SourcePosition;
import dev.proofscheck.model.SourceRef;
import dev.proofscheck.model.Variable;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one derivation file (YAML, composed to nodes only: no object is ever constructed from the
 * file) into a {@link Derivation}. A broken claim becomes an {@link InputError} and the other claims
 * are still read; a broken header makes the whole file an error.
 */
public final class DerivationReader {
    static final Set<String> TOP_KEYS = Set.of("id", "title", "source", "variables", "definitions", "claims", "note");
    static final Set<String> SOURCE_KEYS = Set.of("seed", "locator");
    static final Set<String> VARIABLE_KEYS = Set.of("domain", "note");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern FUNCTION_HEAD = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9]*)\\s*\\[(.*)]\\s*");
    private static final int MAX_FILE_CHARS = 1_000_000;

    /** Reads the file at {@code path}, naming it {@code displayName} in positions. */
    public ParsedFile read(Path path, String displayName) {
        String text;
        try {
            if (Files.size(path) > MAX_FILE_CHARS) {
                return failed(displayName, 1, 1, "file is larger than " + MAX_FILE_CHARS + " bytes");
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            return failed(displayName, 1, 1, "file is not valid UTF-8 text");
        } catch (IOException e) {
            return failed(displayName, 1, 1, "cannot read file: " + e.getMessage());
        }
        return read(text, displayName);
    }

    /** Reads derivation text; {@code file} is used in positions and messages. */
    public ParsedFile read(String text, String file) {
        try {
            return readChecked(text, file);
        } catch (InputException e) {
            return new ParsedFile(file, null, List.of(new InputError(e.position(), null, e.getMessage())));
        } catch (MarkedYAMLException e) {
            // A construct left open (an unclosed quote or bracket) is only noticed at the end of the file;
            // the line worth showing is where it began, which SnakeYAML keeps as the context mark.
            boolean atEnd = e.getProblem() != null && e.getContextMark() != null
                    && (e.getProblem().contains("end of stream") || e.getProblem().contains("<stream end>"));
            org.yaml.snakeyaml.error.Mark mark = atEnd ? e.getContextMark() : e.getProblemMark();
            int line = mark != null ? mark.getLine() + 1 : 1;
            int col = mark != null ? mark.getColumn() + 1 : 1;
            String msg = e.getProblem() != null ? e.getProblem() : e.getMessage();
            if (atEnd && e.getContext() != null) {
                msg = msg + " " + e.getContext() + " that starts here (is a quote or bracket left unclosed?)";
            }
            return failed(file, line, col, "malformed YAML: " + oneLine(msg));
        } catch (YAMLException e) {
            return failed(file, 1, 1, "malformed YAML: " + oneLine(e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return failed(file, 1, 1, "unreadable file: " + oneLine(String.valueOf(e.getMessage())));
        }
    }

    private ParsedFile readChecked(String text, String file) throws InputException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(40);
        options.setCodePointLimit(MAX_FILE_CHARS);
        options.setAllowRecursiveKeys(false);
        Node root = new Yaml(options).compose(new StringReader(text));
        Nodes nodes = new Nodes(file);
        if (root == null) {
            throw new InputException(new SourcePosition(file, 1, 1), "empty file: a derivation needs id, title, source, variables and claims");
        }
        Map<String, Node> top = nodes.mapping(root, "the file", TOP_KEYS);
        String id = nodes.required(top, "id", root, "a derivation");
        if (!ID.matcher(id).matches()) {
            throw new InputException(nodes.at(top.get("id")), "id '" + id + "' must be letters, digits, '.', '_' or '-'");
        }
        String title = nodes.required(top, "title", root, "a derivation");
        SourceRef source = source(nodes, top, root);

        Scope scope = new Scope();
        List<Variable> variables = variables(nodes, top, scope);
        List<Definition> definitions = definitions(nodes, top, scope);
        Definitions expander = new Definitions(definitions);

        List<InputError> errors = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        Node claimsNode = top.get("claims");
        if (claimsNode == null) {
            throw new InputException(nodes.at(root), "a derivation needs 'claims'");
        }
        Set<String> claimIds = new HashSet<>();
        ClaimReader claimReader = new ClaimReader(nodes, scope, expander, variables);
        for (Node c : nodes.sequence(claimsNode, "'claims'")) {
            String claimId = null;
            try {
                claimId = ClaimReader.peekId(nodes, c);
                Claim claim = claimReader.read(c);
                if (!claimIds.add(claim.id())) {
                    throw new InputException(claim.position(), "duplicate claim id '" + claim.id() + "'");
                }
                claims.add(claim);
            } catch (InputException e) {
                errors.add(new InputError(e.position(), claimId, e.getMessage()));
                if (claimId != null) {
                    claimIds.add(claimId);
                }
            }
        }
        for (Claim c : new ArrayList<>(claims)) {
            if (c.corrects() == null) {
                continue;
            }
            boolean target = claims.stream().anyMatch(o -> o.id().equals(c.corrects()) && o.expectsRefutation());
            if (!target) {
                errors.add(new InputError(c.position(), c.id(), "'corrects: " + c.corrects()
                        + "' must name a claim of this file marked 'expect: refuted'"));
                claims.remove(c);
            }
        }
        if (claims.isEmpty() && errors.isEmpty()) {
            throw new InputException(nodes.at(claimsNode), "'claims' is empty");
        }
        Derivation d = new Derivation(id, title, source, variables, definitions, claims, file);
        return new ParsedFile(file, d, errors);
    }

    private static SourceRef source(Nodes nodes, Map<String, Node> top, Node root) throws InputException {
        Node s = top.get("source");
        if (s == null) {
            throw new InputException(nodes.at(root), "a derivation needs 'source' (seed and locator)");
        }
        Map<String, Node> m = nodes.mapping(s, "'source'", SOURCE_KEYS);
        return new SourceRef(nodes.required(m, "seed", s, "'source'"), nodes.required(m, "locator", s, "'source'"));
    }

    private static List<Variable> variables(Nodes nodes, Map<String, Node> top, Scope scope) throws InputException {
        List<Variable> out = new ArrayList<>();
        Node vs = top.get("variables");
        if (vs == null) {
            return out;
        }
        Map<String, Node> keys = nodes.keyNodes(vs);
        for (Map.Entry<String, Node> e : nodes.mapping(vs, "'variables'", null).entrySet()) {
            String name = e.getKey();
            checkName(nodes, keys.get(name), name, "variable");
            Node v = e.getValue();
            String domainText;
            if (v instanceof org.yaml.snakeyaml.nodes.ScalarNode) {
                domainText = nodes.scalar(v, "a domain");
            } else {
                Map<String, Node> m = nodes.mapping(v, "variable '" + name + "'", VARIABLE_KEYS);
                domainText = nodes.optional(m, "domain");
            }
            if (domainText == null || domainText.isBlank()) {
                throw new InputException(nodes.at(v), "variable '" + name + "' has no domain (e.g. positive, (0, 1), real)");
            }
            Domain domain;
            try {
                domain = DomainParser.parse(domainText);
            } catch (IllegalArgumentException ex) {
                throw new InputException(nodes.at(v), "variable '" + name + "': " + ex.getMessage());
            }
            out.add(new Variable(name, domain, nodes.at(keys.get(name))));
            scope.addVariable(name);
        }
        return out;
    }

    private static List<Definition> definitions(Nodes nodes, Map<String, Node> top, Scope scope) throws InputException {
        List<Definition> out = new ArrayList<>();
        Node ds = top.get("definitions");
        if (ds == null) {
            return out;
        }
        Map<String, Node> keys = nodes.keyNodes(ds);
        for (Map.Entry<String, Node> e : nodes.mapping(ds, "'definitions'", null).entrySet()) {
            Node keyNode = keys.get(e.getKey());
            String name = e.getKey().trim();
            List<String> params = new ArrayList<>();
            Matcher fm = FUNCTION_HEAD.matcher(name);
            if (fm.matches()) {
                name = fm.group(1);
                for (String p : fm.group(2).split(",")) {
                    String param = p.trim();
                    checkName(nodes, keyNode, param, "parameter");
                    if (scope.isDeclared(param) && !scope.isVariable(param)) {
                        throw new InputException(nodes.at(keyNode), "parameter '" + param + "' has the name of a definition");
                    }
                    if (params.contains(param)) {
                        throw new InputException(nodes.at(keyNode), "parameter '" + param + "' appears twice");
                    }
                    params.add(param);
                }
            }
            checkName(nodes, keyNode, name, "definition");
            if (scope.isDeclared(name)) {
                throw new InputException(nodes.at(keyNode), "'" + name + "' is already a variable or an earlier definition");
            }
            Node body = e.getValue();
            Expr expr = ExpressionReader.parse(nodes, body, "definition '" + name + "'", false);
            String problem = scope.withBound(new HashSet<>(params)).firstProblem(expr, false);
            if (problem != null) {
                String hint = problem.startsWith("unknown symbol") || problem.startsWith("unknown function")
                        ? " (definitions may only use variables and earlier definitions)" : "";
                throw new InputException(nodes.at(body), "definition '" + name + "': " + problem + hint);
            }
            out.add(new Definition(name, params, expr, nodes.at(keyNode)));
            scope.addDefinition(name, params.size());
        }
        return out;
    }

    static void checkName(Nodes nodes, Node at, String name, String what) throws InputException {
        if (!NAME.matcher(name).matches()) {
            throw new InputException(nodes.at(at), what + " name '" + name + "' must be ASCII letters and digits, starting with a letter");
        }
        if (Builtins.isBuiltin(name) || dev.proofscheck.expr.MatrixBuiltins.isFunction(name)) {
            throw new InputException(nodes.at(at), what + " name '" + name + "' is a built-in; choose another name");
        }
    }

    private static ParsedFile failed(String file, int line, int col, String message) {
        return new ParsedFile(file, null, List.of(new InputError(new SourcePosition(file, line, col), null, message)));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }
}
