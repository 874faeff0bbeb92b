package dev.proofscheck.report;

/**
 * Escaping for XML 1.0 text and attribute values. Characters XML cannot carry at all (control characters
 * other than tab and line breaks, unpaired surrogates) become U+FFFD, so any evidence yields well-formed XML.
 */
final class Xml {
    private Xml() {}

    /** Element content: {@code & < >} escaped ({@code >} too, so {@code ]]>} cannot appear). */
    static String text(String s) {
        return escape(s, false);
    }

    /** A double-quoted attribute value: also {@code "}, and tab and line breaks as character references (kept, not normalised away). */
    static String attribute(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\t', '\n', '\r' -> out.append(attribute || c == '\r' ? "&#" + (int) c + ";" : String.valueOf(c));
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
