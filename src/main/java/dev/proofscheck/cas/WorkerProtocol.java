package dev.proofscheck.cas;

/**
 * The line protocol between {@link ProcessSymjaWorker} and {@link SymjaWorkerMain}: one request line
 * ({@code seconds TAB input}) answered by one response line ({@code status TAB isZero TAB suspicious
 * TAB casText TAB message}); fields are escaped so that neither tabs nor line breaks occur in them.
 * The worker prints {@link #READY} once its engine is up.
 */
final class WorkerProtocol {
    static final String READY = "proofs-check-symja-worker ready";

    private WorkerProtocol() {}

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '\\': sb.append("\\\\"); break;
                case '\t': sb.append("\\t"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                default: sb.append(ch);
            }
        }
        return sb.toString();
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    static String response(CasAnswer a) {
        return a.status() + "\t" + a.isZero() + "\t" + a.suspicious() + "\t" + escape(a.casText()) + "\t" + escape(a.message());
    }

    /** Parses a response line; the user-facing text is the CAS text with the user's names put back. */
    static CasAnswer parse(String line, SymjaForm names) {
        String[] f = line.split("\t", -1);
        if (f.length != 5) {
            return CasAnswer.failed("CAS worker sent a malformed answer");
        }
        String casText = unescape(f[3]);
        return new CasAnswer(CasAnswer.Status.valueOf(f[0]), Boolean.parseBoolean(f[1]), Boolean.parseBoolean(f[2]),
                names.readBack(casText), casText, unescape(f[4]));
    }
}
