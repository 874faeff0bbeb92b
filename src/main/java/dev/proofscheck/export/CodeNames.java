package dev.proofscheck.export;

/** Names of exported code: a class per derivation ({@code mp-stieltjes-003 -> MpStieltjes003}), a function per item. */
final class CodeNames {
    private CodeNames() {}

    /** An identifier for a user name: other characters become '_', a keyword of the language gets a trailing '_'. */
    static String identifier(String name, java.util.Set<String> keywords) {
        String s = name.replaceAll("[^A-Za-z0-9_]", "_");
        if (s.isEmpty() || Character.isDigit(s.charAt(0))) {
            s = "_" + s;
        }
        return keywords.contains(s) ? s + "_" : s;
    }

    /** An item printed as code, or why not: it calls a definition left out, or uses what the target cannot express. */
    record Attempt(String code, String reason) {
        static Attempt of(InfixPrinter printer, ExportItem item, java.util.Set<String> skipped) {
            for (String head : dev.proofscheck.expr.Substitution.heads(item.calls())) {
                if (skipped.contains(head)) {
                    return new Attempt(null, "uses " + head + ", which is not exported");
                }
            }
            try {
                return new Attempt(printer.print(item.calls()), null);
            } catch (InfixPrinter.Unsupported e) {
                return new Attempt(null, e.getMessage());
            }
        }
    }

    static String className(String derivationId) {
        StringBuilder sb = new StringBuilder();
        for (String part : derivationId.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.length() == 0 || !Character.isLetter(sb.charAt(0)) ? "D" + sb : sb.toString();
    }

    /** {@code claim-id.lhs -> claim_id__lhs}; a definition keeps its name. */
    static String function(ExportItem item) {
        return item.definition() ? item.name() : item.name().replace(".", "__").replaceAll("[^A-Za-z0-9_]", "_");
    }
}
