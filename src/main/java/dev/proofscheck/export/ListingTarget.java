package dev.proofscheck.export;

import dev.proofscheck.expr.Expr;
import java.util.List;
import java.util.function.Function;

/**
 * A format that lists expressions one after another, each under comment lines saying what it is:
 * LaTeX, Symja input form (and MathML: any printer of one expression fits). Definitions are shown
 * as {@code head = body} when the format has a way to write the head.
 *
 * @param printer prints one expression
 * @param commentStart, commentEnd how a comment line starts and ends in the format
 * @param definitionHead writes a definition's head from its name and parameters, or null to give it in the comment only
 * @param commentText makes a text safe inside a comment of the format (e.g. no {@code --} in an XML comment)
 */
public record ListingTarget(Function<Expr, String> printer, String commentStart, String commentEnd,
        DefinitionHead definitionHead, Function<String, String> commentText) implements ExportTarget {

    /** How a format writes the left side of a definition, e.g. {@code S[g_, w_] :=}. */
    @FunctionalInterface
    public interface DefinitionHead {
        String write(String name, List<String> params);
    }

    /** A listing whose comments take any text. */
    public ListingTarget(Function<Expr, String> printer, String commentStart, String commentEnd, DefinitionHead definitionHead) {
        this(printer, commentStart, commentEnd, definitionHead, Function.identity());
    }

    /** A listing whose definitions are named in their comment only. */
    public ListingTarget(Function<Expr, String> printer, String commentStart, String commentEnd) {
        this(printer, commentStart, commentEnd, null);
    }

    @Override
    public String render(List<ExportedDerivation> derivations) {
        StringBuilder sb = new StringBuilder();
        for (ExportedDerivation d : derivations) {
            comment(sb, d.id() + ": " + d.title() + " (" + d.file() + ")");
            for (ExportItem item : d.items()) {
                item.comments().forEach(c -> comment(sb, c));
                String text;
                try {
                    text = printer.apply(item.written());
                } catch (InfixPrinter.Unsupported e) {
                    comment(sb, "not exported: " + e.getMessage());
                    continue;
                }
                if (item.definition() && definitionHead != null) {
                    sb.append(definitionHead.write(item.name(), item.params().subList(0, item.ownParams()))).append(' ');
                }
                sb.append(text).append('\n');
            }
            d.notExported().forEach(n -> comment(sb, "not exported: " + n));
            sb.append('\n');
        }
        return sb.toString();
    }

    private void comment(StringBuilder sb, String text) {
        sb.append(commentStart).append(commentText.apply(text)).append(commentEnd).append('\n');
    }
}
