package dev.proofscheck.export;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One Python module: a class per derivation with a static method per definition and claim part. A
 * derivation without complex items uses {@code math} (a value that leaves the reals raises ValueError,
 * where the checker's principal value is complex); one with complex items (a complex variable,
 * {@code I}, {@code Re}, {@code Im}) uses {@code cmath} throughout, since its definitions may be called
 * with complex arguments, except in items that need a function cmath lacks (erf, Gamma, Max, ...):
 * those take the real parts of their arguments (defined for real arguments only, as in the checker).
 */
public final class PythonTarget implements ExportTarget {
    private static final Map<String, String> HELPERS = Map.of(
            "_hermite_he", """
                def _hermite_he(n, x):
                    previous, current = 1, x
                    if n == 0:
                        return 1
                    for k in range(1, int(n)):
                        previous, current = current, x * current - k * previous
                    return current
                """,
            "_unit_step", """
                def _unit_step(x):
                    return 1 if x >= 0 else 0
                """,
            "_sign", """
                def _sign(x):
                    return (x > 0) - (x < 0)
                """,
            "_factorial", """
                def _factorial(n):
                    return math.factorial(int(n)) if n == int(n) and n >= 0 else math.gamma(n + 1)
                """);

    @Override
    public String render(List<ExportedDerivation> derivations) {
        Set<String> helpers = new TreeSet<>();
        StringBuilder body = new StringBuilder();
        for (ExportedDerivation d : derivations) {
            String cls = CodeNames.className(d.id());
            body.append("\n\nclass ").append(cls).append(":\n");
            body.append("    \"\"\"").append(d.id()).append(": ").append(d.title().replace("\"", "'").replace("\\", "/"))
                    .append(" (").append(d.file().replace("\\", "/")).append(")\"\"\"\n");
            boolean complexClass = d.items().stream().anyMatch(ExportItem::complex);
            if (complexClass) {
                body.append("    # cmath throughout: some expressions of this derivation are complex-valued\n");
            }
            Set<String> skipped = new HashSet<>();
            for (ExportItem item : d.items()) {
                boolean complex = complexClass && !(PythonPrinter.needsRealFunctions(item.calls()) && !item.complex());
                PythonPrinter printer = new PythonPrinter(complex, complexClass, cls + ".");
                CodeNames.Attempt attempt = CodeNames.Attempt.of(printer, item, skipped);
                String reason = attempt.reason();
                String code = attempt.code();
                body.append('\n');
                item.comments().forEach(c -> body.append("    # ").append(c).append('\n'));
                item.domains().forEach((v, dom) -> body.append("    # domain: ").append(v).append(" in ").append(dom.describe()).append('\n'));
                if (reason != null) {
                    skipped.add(item.name());
                    body.append("    # not exported to Python: ").append(reason).append('\n');
                    continue;
                }
                helpers.addAll(printer.helpers);
                List<String> params = item.params().stream().map(PythonPrinter::identifier).toList();
                body.append("    @staticmethod\n    def ").append(PythonPrinter.identifier(CodeNames.function(item)))
                        .append('(').append(String.join(", ", params)).append("):\n");
                body.append("        return ").append(code).append('\n');
            }
            d.notExported().forEach(n -> body.append("    # not exported: ").append(n).append('\n'));
        }
        StringBuilder sb = new StringBuilder("\"\"\"Exported by proofs-check: a static method per definition and claim part.\"\"\"\n");
        sb.append("import cmath\nimport math\n");
        for (String h : helpers) {
            sb.append("\n\n").append(HELPERS.get(h));
        }
        return sb.append(body).toString();
    }
}
