package org.lawkeeper.harness.report;

import java.util.Locale;

/**
 * One line plot as an SVG fragment: linear axes for drift against time, log-log axes for drift against
 * step size. Data points are written as they are plotted (a polyline in plot coordinates) and the
 * plotted extremes as attributes, so a test can compare the picture with the run.
 */
final class SvgPlot {
    private static final int WIDTH = 420;
    private static final int HEIGHT = 260;
    private static final int LEFT = 70;
    private static final int RIGHT = 15;
    private static final int TOP = 30;
    private static final int BOTTOM = 40;

    private SvgPlot() {
    }

    /**
     * The plot of y against x.
     *
     * @param id     a name for the {@code data-plot} attribute, e.g. the flow
     * @param logLog whether both axes are logarithmic (non-positive values are left out)
     * @param yLimit when positive, the y axis spans [−yLimit, yLimit] (plots side by side share a scale);
     *               otherwise it fits the data
     */
    static String plot(String id, String title, String xLabel, String yLabel, double[] x, double[] y, boolean logLog,
            double yLimit) {
        double[] px = new double[x.length];
        double[] py = new double[y.length];
        int n = 0;
        double maxAbs = 0;
        for (int i = 0; i < x.length; i++) {
            if (logLog && !(x[i] > 0 && y[i] > 0) || !Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                continue;
            }
            px[n] = logLog ? Math.log10(x[i]) : x[i];
            py[n] = logLog ? Math.log10(y[i]) : y[i];
            maxAbs = Math.max(maxAbs, Math.abs(y[i]));
            n++;
        }
        double[] xRange = range(px, n);
        double[] yRange = yLimit > 0 ? new double[] {-yLimit, yLimit} : range(py, n);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" data-plot=\"%s\" data-points=\"%d\" data-max-abs-y=\"%.6e\">%n", WIDTH,
                HEIGHT, WIDTH, HEIGHT, escape(id), n, maxAbs));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"13\" font-family=\"sans-serif\">"
                + "%s</text>%n", LEFT, escape(title)));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
                + "stroke=\"#888\"/>%n", LEFT, TOP, plotWidth(), plotHeight()));
        ticks(svg, xRange, yRange, logLog);
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" font-family=\"sans-serif\" "
                + "text-anchor=\"middle\">%s</text>%n", LEFT + plotWidth() / 2, HEIGHT - 5, escape(xLabel)));
        svg.append(String.format(Locale.ROOT, "<text x=\"12\" y=\"%d\" font-size=\"11\" font-family=\"sans-serif\" "
                + "text-anchor=\"middle\" transform=\"rotate(-90 12 %d)\">%s</text>%n", TOP + plotHeight() / 2,
                TOP + plotHeight() / 2, escape(yLabel)));
        svg.append("<polyline fill=\"none\" stroke=\"#c0392b\" stroke-width=\"1.5\" points=\"");
        for (int i = 0; i < n; i++) {
            svg.append(String.format(Locale.ROOT, "%s%.2f,%.2f", i == 0 ? "" : " ", sx(px[i], xRange),
                    sy(py[i], yRange)));
        }
        svg.append("\"/>\n</svg>\n");
        return svg.toString();
    }

    private static void ticks(StringBuilder svg, double[] xRange, double[] yRange, boolean logLog) {
        for (int k = 0; k <= 4; k++) {
            double xv = xRange[0] + k * (xRange[1] - xRange[0]) / 4;
            double yv = yRange[0] + k * (yRange[1] - yRange[0]) / 4;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" font-family=\"sans-serif\" "
                    + "text-anchor=\"middle\">%s</text>%n", sx(xv, xRange), TOP + plotHeight() + 14, label(xv, logLog)));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" font-family=\"sans-serif\" "
                    + "text-anchor=\"end\">%s</text>%n", LEFT - 4, sy(yv, yRange) + 3, label(yv, logLog)));
        }
    }

    private static String label(double value, boolean log) {
        return String.format(Locale.ROOT, "%.3g", log ? Math.pow(10, value) : value);
    }

    private static double[] range(double[] values, int n) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, values[i]);
            max = Math.max(max, values[i]);
        }
        if (n == 0) {
            return new double[] {-1, 1};
        }
        if (max - min <= 1e-300 + 1e-12 * Math.abs(max)) {
            double pad = Math.max(Math.abs(max) * 0.1, 1e-300);
            return new double[] {min - pad, max + pad};
        }
        return new double[] {min, max};
    }

    private static double sx(double x, double[] range) {
        return LEFT + (x - range[0]) / (range[1] - range[0]) * plotWidth();
    }

    private static double sy(double y, double[] range) {
        return TOP + plotHeight() - (y - range[0]) / (range[1] - range[0]) * plotHeight();
    }

    private static int plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    private static int plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
