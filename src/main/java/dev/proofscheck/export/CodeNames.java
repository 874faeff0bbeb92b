package dev.proofscheck.export;

/** Names of exported code: a class per derivation ({@code mp-stieltjes-003 -> MpStieltjes003}), a function per item. */
final class CodeNames {
    private CodeNames() {}

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
