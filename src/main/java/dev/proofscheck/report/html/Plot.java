package dev.proofscheck.report.html;

import java.util.List;

/** What the report shows beside a claim's evidence: a chart of its formula, or why there is none. */
sealed interface Plot permits Plot.Chart, Plot.Skipped {

    /** A curve's values over the chart's x positions; NaN where it has no real value. */
    record Curve(String label, double[] y, boolean dashed) {}

    /** A labelled mark on the x axis. */
    record Tick(double x, String label) {}

    /**
     * A small line chart: curves over common x positions, and optionally a horizontal level (the
     * claimed value of a limit). {@code caption} says what is drawn and at which parameter point.
     */
    record Chart(String caption, String xLabel, double[] x, List<Tick> xTicks, List<Curve> curves, Double level,
            String levelLabel) implements Plot {
        public Chart {
            xTicks = List.copyOf(xTicks);
            curves = List.copyOf(curves);
        }
    }

    /** No chart, and the reason (e.g. two free variables, or an unbounded domain). */
    record Skipped(String reason) implements Plot {}
}
