package dev.proofscheck.report.html;

import dev.proofscheck.export.MathMLPrinter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link Plot.Chart} as a small inline SVG: axes with their ticks, one polyline per curve
 * (broken where it has no value or leaves the range), the level as a dashed line, and a legend.
 * The y range covers the values and the level; when a pole makes a few values huge, it is cut to the
 * bulk of them (5th to 95th percentile, widened) and the cut is said on the axis.
 */
final class SvgPlot {
    private static final int WIDTH = 600;
    private static final int HEIGHT = 210;
    private static final int LEFT = 72;
    /** Room on the right for the legend. */
    private static final int RIGHT = 170;
    private static final int TOP = 12;
    private static final int BOTTOM = 40;
    /** A range wider than this many times the bulk's (5th-95th percentile) is cut to the bulk. */
    private static final double OUTLIER_FACTOR = 20;
    private static final String[] COLOURS = {"#1f5fae", "#d9480f", "#2b8a3e", "#7048e8"};
    private static final String LEVEL_COLOUR = "#555";

    private SvgPlot() {}

    static String render(Plot.Chart chart) {
        double[] range = yRange(chart);
        double x0 = chart.x()[0];
        double x1 = chart.x()[chart.x().length - 1];
        Scale sx = new Scale(x0, x1 == x0 ? x0 + 1 : x1, LEFT, WIDTH - RIGHT);
        Scale sy = new Scale(range[0], range[1], HEIGHT - BOTTOM, TOP);
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\" aria-label=\"")
                .append(MathMLPrinter.escape(chart.caption())).append("\">");
        sb.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"").append(WIDTH - LEFT - RIGHT)
                .append("\" height=\"").append(HEIGHT - TOP - BOTTOM).append("\" class=\"frame\"/>");
        for (Plot.Tick t : chart.xTicks()) {
            double px = sx.at(t.x());
            sb.append(line(px, HEIGHT - BOTTOM, px, HEIGHT - BOTTOM + 4, "axis"));
            sb.append(text(px, HEIGHT - BOTTOM + 15, "middle", t.label()));
        }
        for (double v : new double[] {range[0], (range[0] + range[1]) / 2, range[1]}) {
            double py = sy.at(v);
            sb.append(line(LEFT - 4, py, LEFT, py, "axis"));
            sb.append(text(LEFT - 6, py + 4, "end", String.format(Locale.ROOT, "%.4g", v).replaceFirst("e([+-])0", "e$1")));
        }
        sb.append(text((LEFT + WIDTH - RIGHT) / 2.0, HEIGHT - 6, "middle", chart.xLabel()));
        if (range[2] > 0) {
            sb.append(text(LEFT + 4, TOP + 12, "start", "(values beyond the range cut off)"));
        }
        if (chart.level() != null) {
            double py = sy.at(chart.level());
            sb.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(f(py)).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y2=\"").append(f(py)).append("\" stroke=\"").append(LEVEL_COLOUR).append("\" stroke-dasharray=\"2 3\" stroke-width=\"1.2\"/>");
        }
        for (int i = 0; i < chart.curves().size(); i++) {
            Plot.Curve c = chart.curves().get(i);
            for (String points : segments(chart.x(), c.y(), sx, sy, range)) {
                sb.append("<polyline fill=\"none\" stroke=\"").append(COLOURS[i % COLOURS.length]).append("\" stroke-width=\"1.8\"")
                        .append(c.dashed() ? " stroke-dasharray=\"6 4\"" : "").append(" points=\"").append(points).append("\"/>");
            }
        }
        sb.append(legend(chart));
        return sb.append("</svg>").toString();
    }

    private static String legend(Plot.Chart chart) {
        StringBuilder sb = new StringBuilder();
        double x = WIDTH - RIGHT + 12;
        double y = TOP + 10;
        List<String[]> entries = new ArrayList<>();
        for (int i = 0; i < chart.curves().size(); i++) {
            Plot.Curve c = chart.curves().get(i);
            entries.add(new String[] {c.label(), COLOURS[i % COLOURS.length], c.dashed() ? "6 4" : null});
        }
        if (chart.level() != null) {
            entries.add(new String[] {chart.levelLabel(), LEVEL_COLOUR, "2 3"});
        }
        for (String[] e : entries) {
            sb.append("<line x1=\"").append(f(x)).append("\" y1=\"").append(f(y - 4)).append("\" x2=\"").append(f(x + 18)).append("\" y2=\"")
                    .append(f(y - 4)).append("\" stroke=\"").append(e[1]).append("\" stroke-width=\"1.8\"")
                    .append(e[2] != null ? " stroke-dasharray=\"" + e[2] + "\"" : "").append("/>");
            sb.append(text(x + 22, y, "start", e[0]));
            y += 16;
        }
        return sb.toString();
    }

    /** The polylines of a curve: runs of consecutive points with a value inside the y range. */
    private static List<String> segments(double[] x, double[] y, Scale sx, Scale sy, double[] range) {
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int inRun = 0;
        for (int i = 0; i <= x.length; i++) {
            boolean ok = i < x.length && Double.isFinite(y[i]) && y[i] >= range[0] && y[i] <= range[1];
            if (ok) {
                run.append(inRun > 0 ? " " : "").append(f(sx.at(x[i]))).append(',').append(f(sy.at(y[i])));
                inRun++;
            } else {
                if (inRun > 1) {
                    out.add(run.toString());
                }
                run.setLength(0);
                inRun = 0;
            }
        }
        return out;
    }

    /** {lo, hi, 1 if values were cut off else 0}. */
    private static double[] yRange(Plot.Chart chart) {
        List<Double> values = new ArrayList<>();
        for (Plot.Curve c : chart.curves()) {
            Arrays.stream(c.y()).filter(Double::isFinite).forEach(values::add);
        }
        if (chart.level() != null) {
            values.add(chart.level());
        }
        if (values.isEmpty()) {
            return new double[] {-1, 1, 0};
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double lo = v[0];
        double hi = v[v.length - 1];
        double cut = 0;
        double qlo = v[(int) Math.floor(0.05 * (v.length - 1))];
        double qhi = v[(int) Math.ceil(0.95 * (v.length - 1))];
        if (qhi > qlo && hi - lo > OUTLIER_FACTOR * (qhi - qlo)) {
            lo = qlo - (qhi - qlo);
            hi = qhi + (qhi - qlo);
            if (chart.level() != null) {
                lo = Math.min(lo, chart.level());
                hi = Math.max(hi, chart.level());
            }
        }
        for (double x : v) {
            if (x < lo || x > hi) {
                cut = 1;
            }
        }
        double pad = hi > lo ? (hi - lo) * 0.08 : Math.max(1e-12, Math.abs(hi) * 0.1 + 1e-12);
        return new double[] {lo - pad, hi + pad, cut};
    }

    private static String line(double x1, double y1, double x2, double y2, String cls) {
        return "<line class=\"" + cls + "\" x1=\"" + f(x1) + "\" y1=\"" + f(y1) + "\" x2=\"" + f(x2) + "\" y2=\"" + f(y2) + "\"/>";
    }

    private static String text(double x, double y, String anchor, String s) {
        return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"" + anchor + "\">" + MathMLPrinter.escape(s) + "</text>";
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A linear map from data values to pixels. */
    private record Scale(double from, double to, double pixelFrom, double pixelTo) {
        double at(double v) {
            return pixelFrom + (v - from) / (to - from) * (pixelTo - pixelFrom);
        }
    }
}
