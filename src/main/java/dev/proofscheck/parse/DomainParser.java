package dev.proofscheck.parse;

import dev.proofscheck.expr.Rational;
import dev.proofscheck.model.Domain;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a domain written as {@code positive}, {@code real}, {@code (0, 1]}, {@code [1, inf)},
 * {@code integer [1, 20]} or {@code complex (-2, 2) x (0.1, 3)}.
 */
final class DomainParser {
    private static final Pattern INTERVAL = Pattern.compile("\\s*([\\[(])\\s*([^,\\s]+)\\s*,\\s*([^\\])\\s]+)\\s*([\\])])\\s*");
    private static final Pattern INTEGER = Pattern.compile("\\s*integer\\s+(.*)");
    private static final Pattern COMPLEX = Pattern.compile("\\s*complex\\s+(.*?)\\s+x\\s+(.*)");
    /** A plain decimal: no exponent, so that an end such as 1e99999999 cannot make the reader build a huge number. */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)");
    private static final int MAX_DIGITS = 400;

    private DomainParser() {}

    static Domain parse(String text) {
        String t = text.trim();
        switch (t) {
            case "positive":
                return Domain.RealInterval.open(Rational.ZERO, null);
            case "negative":
                return Domain.RealInterval.open(null, Rational.ZERO);
            case "nonnegative":
                return new Domain.RealInterval(Rational.ZERO, true, null, false);
            case "real":
                return Domain.RealInterval.open(null, null);
            default:
                break;
        }
        Matcher m = INTEGER.matcher(t);
        if (m.matches()) {
            Domain.RealInterval r = interval(m.group(1));
            if (r.lo() == null || r.hi() == null || !r.lo().isInteger() || !r.hi().isInteger() || !r.loClosed() || !r.hiClosed()) {
                throw new IllegalArgumentException("an integer domain needs closed integer ends, e.g. integer [1, 20]");
            }
            try {
                return new Domain.IntegerRange(r.lo().num().longValueExact(), r.hi().num().longValueExact());
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("the ends of an integer domain must lie within +-9.2e18");
            }
        }
        m = COMPLEX.matcher(t);
        if (m.matches()) {
            Domain.RealInterval re = interval(m.group(1));
            Domain.RealInterval im = interval(m.group(2));
            if (re.lo() == null || re.hi() == null || im.lo() == null || im.hi() == null) {
                throw new IllegalArgumentException("a complex domain needs finite real and imaginary ranges");
            }
            return new Domain.ComplexBox(re, im);
        }
        return interval(t);
    }

    private static Domain.RealInterval interval(String text) {
        Matcher m = INTERVAL.matcher(text);
        if (!m.matches() && (text.trim().startsWith("(") || text.trim().startsWith("[")) && !text.contains(",")) {
            throw new IllegalArgumentException("unreadable domain '" + text + "': an interval inside { ... } must be quoted,"
                    + " e.g. {gamma: \"(1, inf)\"}, or the comma ends it");
        }
        if (!m.matches()) {
            throw new IllegalArgumentException("unreadable domain '" + text + "': write positive, negative, "
                    + "nonnegative, real, an interval such as (0, 1] or [1, inf), integer [a, b], or complex (a, b) x (c, d)");
        }
        Rational lo = end(m.group(2), true);
        Rational hi = end(m.group(3), false);
        boolean loClosed = m.group(1).equals("[");
        boolean hiClosed = m.group(4).equals("]");
        if ((lo == null && loClosed) || (hi == null && hiClosed)) {
            throw new IllegalArgumentException("an infinite end must be open: write (-inf, ...) or (..., inf)");
        }
        return new Domain.RealInterval(lo, loClosed, hi, hiClosed);
    }

    private static Rational end(String s, boolean lower) {
        String t = s.trim();
        if (t.equals("inf") || t.equals("+inf") || t.equals("Infinity")) {
            if (lower) {
                throw new IllegalArgumentException("the lower end cannot be +inf");
            }
            return null;
        }
        if (t.equals("-inf") || t.equals("-Infinity")) {
            if (!lower) {
                throw new IllegalArgumentException("the upper end cannot be -inf");
            }
            return null;
        }
        for (String part : t.split("/", -1)) {
            String p = part.trim();
            if (p.length() > MAX_DIGITS) {
                throw new IllegalArgumentException("'" + t + "' has more than " + MAX_DIGITS + " characters");
            }
            if (!DECIMAL.matcher(p).matches()) {
                String hint = p.matches("[-+]?[0-9.]+[eE][-+]?[0-9]+") ? " (scientific notation is not accepted: write the decimal, e.g. 0.000001 for 1e-6)" : "";
                throw new IllegalArgumentException("'" + t + "' is not a number (write a decimal, a fraction a/b, inf or -inf)" + hint);
            }
        }
        try {
            int slash = t.indexOf('/');
            if (slash > 0) {
                Rational n = Rational.parseDecimal(t.substring(0, slash).trim());
                Rational d = Rational.parseDecimal(t.substring(slash + 1).trim());
                return n.divide(d);
            }
            return Rational.parseDecimal(t);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + t + "' is not a number (write a decimal, a fraction a/b, inf or -inf)");
        }
    }
}
