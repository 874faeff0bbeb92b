package dev.proofscheck.cas;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Rational;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes our expressions as Symja FullForm input. User symbols are renamed {@code v1, v2, ...} so that
 * no user name can ever mean a Symja built-in (strict mode still prints {@code gamma} as {@code Gamma}),
 * and names are mapped back in Symja's answers.
 */
final class SymjaForm {
    private static final Pattern RENAMED = Pattern.compile("\\bv(\\d+)\\b");
    private final Map<String, String> toCas = new LinkedHashMap<>();
    private final Map<String, String> fromCas = new HashMap<>();

    /** The CAS name of a user symbol, allocating one on first use. */
    String name(String user) {
        return toCas.computeIfAbsent(user, u -> {
            String n = "v" + (toCas.size() + 1);
            fromCas.put(n, u);
            return n;
        });
    }

    String write(Expr e) {
        StringBuilder sb = new StringBuilder();
        write(e, sb);
        return sb.toString();
    }

    private void write(Expr e, StringBuilder sb) {
        if (e instanceof Expr.Num n) {
            Rational r = n.value();
            if (r.isInteger()) {
                sb.append(r.num());
            } else {
                sb.append("Rational[").append(r.num()).append(',').append(r.den()).append(']');
            }
        } else if (e instanceof Expr.Sym s) {
            sb.append(dev.proofscheck.expr.Builtins.isConstant(s.name()) ? s.name() : name(s.name()));
        } else {
            Expr.Call c = (Expr.Call) e;
            if (c.head().equals("HermiteHe")) {
                // Symja has only the physicists' HermiteH: He_n(x) = 2^(-n/2) H_n(x/Sqrt[2])
                sb.append("Times[Power[2,Times[Rational[-1,2],");
                write(c.arg(0), sb);
                sb.append("]],HermiteH[");
                write(c.arg(0), sb);
                sb.append(",Times[");
                write(c.arg(1), sb);
                sb.append(",Power[2,Rational[-1,2]]]]]");
                return;
            }
            if (!dev.proofscheck.expr.Builtins.isBuiltin(c.head())) {
                throw new IllegalArgumentException("refusing to send unknown head '" + c.head() + "' to the CAS");
            }
            sb.append(c.head()).append('[');
            for (int i = 0; i < c.args().size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                write(c.arg(i), sb);
            }
            sb.append(']');
        }
    }

    /** Replaces the CAS names in a Symja answer by the user's names. */
    String readBack(String casText) {
        Matcher m = RENAMED.matcher(casText);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String user = fromCas.get(m.group());
            m.appendReplacement(sb, Matcher.quoteReplacement(user != null ? user : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
