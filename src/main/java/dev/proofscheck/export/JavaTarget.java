package dev.proofscheck.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One Java compilation unit: a public class {@code ProofsCheckExport} with a nested class per derivation
 * and a static method per definition and claim part, taking its free variables as doubles. The rule for
 * complex values: only items that are real by construction are exported (no variable with a complex
 * domain, no {@code I}, {@code Re}, {@code Im}); the others are named in a comment. A real item can still
 * leave the reals at a point (a square root of a negative number): the method then returns NaN where the
 * checker's principal value is complex.
 */
public final class JavaTarget implements ExportTarget {
    public static final String CLASS_NAME = "ProofsCheckExport";

    @Override
    public String render(List<ExportedDerivation> derivations) {
        JavaPrinter printer = new JavaPrinter();
        StringBuilder body = new StringBuilder();
        for (ExportedDerivation d : derivations) {
            body.append("\n    /** ").append(d.id()).append(": ").append(javadoc(d.title())).append(" (").append(javadoc(d.file())).append(") */\n");
            body.append("    public static final class ").append(CodeNames.className(d.id())).append(" {\n");
            body.append("        private ").append(CodeNames.className(d.id())).append("() {}\n");
            Set<String> skipped = new HashSet<>();
            for (ExportItem item : d.items()) {
                String reason = item.complex() ? "complex-valued (a complex variable, I, Re or Im); see the Python export" : null;
                String code = null;
                if (reason == null) {
                    CodeNames.Attempt attempt = CodeNames.Attempt.of(printer, item, skipped);
                    code = attempt.code();
                    reason = attempt.reason();
                }
                body.append('\n');
                if (reason != null) {
                    skipped.add(item.name());
                    for (String c : item.comments()) {
                        body.append("        // ").append(javadoc(c)).append('\n');
                    }
                    body.append("        // not exported to Java: ").append(javadoc(reason)).append('\n');
                    continue;
                }
                body.append("        /**\n");
                for (String c : item.comments()) {
                    body.append("         * ").append(javadoc(c)).append('\n');
                }
                item.domains().forEach((v, dom) -> body.append("         * domain: ").append(v).append(" in ").append(javadoc(dom.describe())).append('\n'));
                body.append("         */\n");
                List<String> params = new ArrayList<>();
                item.params().forEach(p -> params.add("double " + JavaPrinter.identifier(p)));
                body.append("        public static double ").append(JavaPrinter.identifier(CodeNames.function(item)))
                        .append('(').append(String.join(", ", params)).append(") {\n");
                body.append("            return ").append(code).append(";\n        }\n");
            }
            for (String n : d.notExported()) {
                body.append("        // not exported: ").append(javadoc(n)).append('\n');
            }
            body.append("    }\n");
        }
        StringBuilder sb = new StringBuilder();
        sb.append("/** Exported by proofs-check: a static method per definition and claim part, doubles in and out. */\n");
        sb.append("public final class ").append(CLASS_NAME).append(" {\n    private ").append(CLASS_NAME).append("() {}\n");
        sb.append(body);
        Set<String> helpers = new TreeSet<>(printer.helpers);
        printer.helpers.forEach(h -> {
            if (JavaHelpers.NEEDS.containsKey(h)) {
                helpers.add(JavaHelpers.NEEDS.get(h));
            }
        });
        for (String h : helpers) {
            sb.append('\n').append(JavaHelpers.SOURCE.get(h));
        }
        return sb.append("}\n").toString();
    }

    /** Text safe inside a Java comment (no comment end, no unicode escape, no Javadoc tag). */
    private static String javadoc(String s) {
        return s.replace("*/", "* /").replace("\\u", "\\ u").replace("@", "{@literal @}");
    }
}
