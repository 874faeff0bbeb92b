package dev.proofscheck.mutate;

import dev.proofscheck.expr.Rational;
import dev.proofscheck.numeric.Point;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads back a sample point as the evidence prints it ({@link Point#toString}: {@code g=0.37, z=1.2 + 0.5*I}).
 * Sampled coordinates have 8 significant digits, so the printed point is the point itself.
 */
final class PointText {
    private static final Pattern COORDINATE = Pattern.compile(
            "([A-Za-z][A-Za-z0-9]*)=(-?[0-9.]+(?:e-?[0-9]+)?)(?: ([+-]) ([0-9.]+(?:e-?[0-9]+)?)\\*I)?");

    private PointText() {}

    /** The point, or null when {@code text} is not a printed point. */
    static Point parse(Object text) {
        if (!(text instanceof String s) || s.isBlank()) {
            return null;
        }
        Map<String, Rational> re = new LinkedHashMap<>();
        Map<String, Rational> im = new LinkedHashMap<>();
        for (String part : s.split(", ")) {
            Matcher m = COORDINATE.matcher(part.trim());
            if (!m.matches()) {
                return null;
            }
            re.put(m.group(1), Rational.of(new BigDecimal(m.group(2))));
            if (m.group(3) != null) {
                Rational i = Rational.of(new BigDecimal(m.group(4)));
                im.put(m.group(1), m.group(3).equals("-") ? i.negate() : i);
            }
        }
        return new Point(re, im);
    }
}
