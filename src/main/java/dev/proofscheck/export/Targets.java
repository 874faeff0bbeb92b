package dev.proofscheck.export;

import dev.proofscheck.expr.ExprPrinter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The export formats by name. A format that prints one expression at a time is one line here (see
 * LaTeX, Symja form and MathML).
 */
public final class Targets {
    private Targets() {}

    private static final Map<String, ExportTarget> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("latex", new ListingTarget(LatexPrinter::of, "% ", "",
                (name, params) -> LatexPrinter.name(name)
                        + (params.isEmpty() ? "" : "\\left(" + String.join(", ", params.stream().map(LatexPrinter::name).toList()) + "\\right)") + " ="));
        FORMATS.put("symja", new ListingTarget(ExprPrinter::print, "(* ", " *)",
                (name, params) -> name + (params.isEmpty() ? " =" : "[" + String.join(", ", params.stream().map(p -> p + "_").toList()) + "] :=")));
        // one <math> element per line; XML comments may not contain "--"
        FORMATS.put("mathml", new ListingTarget(MathMLPrinter::print, "<!-- ", " -->", null, text -> text.replace("--", "- -")));
        FORMATS.put("java", new JavaTarget());
        FORMATS.put("python", new PythonTarget());
    }

    /** The accepted format names, in the order they are documented. */
    public static Map<String, ExportTarget> all() {
        return Collections.unmodifiableMap(FORMATS);
    }

    /** The target for {@code name}, or null. */
    public static ExportTarget of(String name) {
        return FORMATS.get(name);
    }
}
