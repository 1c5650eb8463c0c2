package org.lawkeeper.cli.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.model.ModelSpec;

/**
 * An SVG chart of the count against width, one line per flow. The width on the x axis is the size of the
 * model spec that takes the most values in the sweep (a hidden width when several tie); when the specs
 * have different numbers of sizes, it is the sum of their sizes. When other sizes vary too, several rows
 * share a width: every row is drawn as a dot, and the flow's line joins the largest count at each width.
 */
public final class SweepPlot {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 440;
    private static final int LEFT = 70;
    private static final int RIGHT = 170;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;
    private static final List<String> COLOURS = List.of("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd",
            "#8c564b", "#e377c2", "#17becf");

    private final List<SweepRow> counted;
    private final List<String> flows;
    private final int axis;
    private final String axisLabel;

    private SweepPlot(List<SweepRow> rows, List<String> flows) {
        this.counted = rows.stream().filter(SweepRow::ok).toList();
        this.flows = flows;
        List<int[]> sizes = counted.stream().map(r -> sizes(r.key().model())).toList();
        boolean sameShape = sizes.stream().mapToInt(s -> s.length).distinct().count() == 1;
        this.axis = sameShape && sizes.get(0).length > 0 ? mostVaried(sizes) : -1;
        this.axisLabel = axis < 0 ? "sum of the model's sizes" : "width: size " + (axis + 1) + " of the model spec";
    }

    /** The chart of the counted rows of {@code rows}, with a line for each of {@code flows}. */
    public static String svg(List<SweepRow> rows, List<String> flows, String title) {
        return new SweepPlot(rows, flows).draw(title);
    }

    /**
     * The position of the size that takes the most values; of several that tie, the first inner one (a hidden
     * width: the first and last sizes are usually the input and output, which a count depends on less).
     */
    private static int mostVaried(List<int[]> sizes) {
        int positions = sizes.get(0).length;
        int best = 0;
        for (int p = 1; p < positions; p++) {
            long more = distinct(sizes, p) - distinct(sizes, best);
            if (more > 0 || more == 0 && best == 0 && p < positions - 1) {
                best = p;
            }
        }
        return best;
    }

    private static long distinct(List<int[]> sizes, int position) {
        return sizes.stream().mapToInt(s -> s[position]).distinct().count();
    }

    private static int[] sizes(String model) {
        try {
            return ModelSpec.parse(model).sizes();
        } catch (SpecException e) {
            throw new IllegalArgumentException("a counted row has an unreadable model " + model, e);
        }
    }

    private int width(SweepRow row) {
        int[] sizes = sizes(row.key().model());
        return axis < 0 ? Arrays.stream(sizes).sum() : sizes[axis];
    }

    private String draw(String title) {
        int minX = counted.stream().mapToInt(this::width).min().orElse(0);
        int maxX = Math.max(minX + 1, counted.stream().mapToInt(this::width).max().orElse(1));
        int maxY = Math.max(1, counted.stream().mapToInt(SweepRow::laws).max().orElse(1));
        double stepX = niceStep(maxX - minX);
        double stepY = niceStep(maxY);
        double topY = Math.ceil(maxY / stepY) * stepY;
        Scale x = new Scale(minX, maxX, LEFT, WIDTH - RIGHT);
        Scale y = new Scale(0, topY, HEIGHT - BOTTOM, TOP);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" \
                font-family="sans-serif" font-size="12">
                <rect width="100%%" height="100%%" fill="white"/>
                <text x="%d" y="24" font-size="14">%s</text>
                """, WIDTH, HEIGHT, WIDTH, HEIGHT, LEFT, escape(title)));
        axes(svg, x, y, stepX, stepY, minX, maxX, topY);
        for (int f = 0; f < flows.size(); f++) {
            series(svg, flows.get(f), COLOURS.get(f % COLOURS.size()), x, y, f);
        }
        return svg.append("</svg>\n").toString();
    }

    private void axes(StringBuilder svg, Scale x, Scale y, double stepX, double stepY, int minX, int maxX,
            double topY) {
        svg.append(String.format(Locale.ROOT, """
                <line x1="%d" y1="%d" x2="%d" y2="%d" stroke="black"/>
                <line x1="%d" y1="%d" x2="%d" y2="%d" stroke="black"/>
                <text x="%.1f" y="%d" text-anchor="middle">%s</text>
                <text x="16" y="%.1f" text-anchor="middle" transform="rotate(-90 16 %.1f)">laws (count)</text>
                """, LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, LEFT, HEIGHT - BOTTOM, LEFT, TOP,
                (LEFT + WIDTH - RIGHT) / 2.0, HEIGHT - 18, escape(axisLabel), (TOP + HEIGHT - BOTTOM) / 2.0,
                (TOP + HEIGHT - BOTTOM) / 2.0));
        for (double v = Math.ceil(minX / stepX) * stepX; v <= maxX; v += stepX) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                    x.at(v), HEIGHT - BOTTOM + 18, label(v)));
        }
        for (double v = 0; v <= topY; v += stepY) {
            svg.append(String.format(Locale.ROOT, """
                    <line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#dddddd"/>
                    <text x="%d" y="%.1f" text-anchor="end">%s</text>
                    """, LEFT, y.at(v), WIDTH - RIGHT, y.at(v), LEFT - 6, y.at(v) + 4, label(v)));
        }
    }

    /** One flow: its dots, the path through the largest count at each width, and its legend entry. */
    private void series(StringBuilder svg, String flow, String colour, Scale x, Scale y, int index) {
        Map<Integer, Integer> largest = new TreeMap<>();
        List<String> dots = new ArrayList<>();
        for (SweepRow row : counted) {
            if (row.key().flow().equals(flow)) {
                largest.merge(width(row), row.laws(), Math::max);
                dots.add(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>",
                        x.at(width(row)), y.at(row.laws()), colour));
            }
        }
        StringBuilder path = new StringBuilder();
        largest.forEach((w, laws) -> path.append(path.isEmpty() ? "M" : " L")
                .append(String.format(Locale.ROOT, "%.1f %.1f", x.at(w), y.at(laws))));
        svg.append(String.format(Locale.ROOT,
                "<path class=\"flow\" data-flow=\"%s\" d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                escape(flow), path.isEmpty() ? "M0 0" : path, colour));
        dots.forEach(dot -> svg.append(dot).append('\n'));
        int legendY = TOP + 10 + 20 * index;
        svg.append(String.format(Locale.ROOT, """
                <line x1="%d" y1="%d" x2="%d" y2="%d" stroke="%s" stroke-width="2"/>
                <text x="%d" y="%d">%s</text>
                """, WIDTH - RIGHT + 15, legendY, WIDTH - RIGHT + 40, legendY, colour, WIDTH - RIGHT + 46,
                legendY + 4, escape(flow)));
    }

    /** 1, 2 or 5 times a power of ten, giving about five ticks over {@code span}. */
    private static double niceStep(double span) {
        double raw = Math.max(span, 1) / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / power < 1.5 ? power : raw / power < 3.5 ? 2 * power : raw / power < 7.5 ? 5 * power
                : 10 * power;
        return Math.max(1, step); // counts and widths are whole numbers
    }

    private static String label(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A linear map from data values to picture coordinates. */
    private record Scale(double from, double to, double start, double end) {
        double at(double value) {
            return start + (value - from) / (to - from) * (end - start);
        }
    }
}
