package org.lawkeeper.eclipse.ui.view;

import java.util.Optional;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.lawkeeper.eclipse.core.jobs.DriftPlot;
import org.lawkeeper.eclipse.ui.Messages;

/**
 * The panel beside the tree: the drift h(t) − h(0) of the selected law as a line plot drawn with GC,
 * or, when no drift data exists for the row, its certificate as text.
 */
final class DriftPanel {
    private static final int MARGIN = 36;

    private final Canvas canvas;
    private String flow = "";
    private String text = "";
    private String caption = "";
    private double[] times = new double[0];
    private double[] drift = new double[0];
    private DriftPlot plotted;

    DriftPanel(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        canvas.addPaintListener(event -> paint(event.gc, canvas.getClientArea()));
    }

    /** Shows {@code certificate} as text: no drift data for this row. */
    void showText(String flowSpec, String certificate) {
        flow = flowSpec == null ? "" : flowSpec;
        text = certificate;
        times = new double[0];
        drift = new double[0];
        plotted = null;
        canvas.redraw();
    }

    /** Plots {@code plot}'s drift against time, with {@code note} below the title. */
    void showDrift(DriftPlot plot, String note) {
        flow = plot.flow();
        caption = note;
        times = plot.times();
        drift = plot.drift();
        plotted = plot;
        canvas.redraw();
    }

    /** The text on display when no plot is. */
    String text() {
        return text;
    }

    /** The plot on display, if any. */
    Optional<DriftPlot> plotted() {
        return Optional.ofNullable(plotted);
    }

    private void paint(GC gc, Rectangle area) {
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        if (flow.isEmpty()) {
            gc.drawText(wrap(gc, text.isEmpty() ? Messages.plotHint : text, area.width - 16), 8, 6, true);
            return;
        }
        gc.drawText(NLS.bind(Messages.plotTitle, flow), 8, 6, true);
        if (times.length < 2) {
            gc.drawText(Messages.plotNoDrift + "\n" + wrap(gc, text, area.width - 16), 8, 28, true);
            return;
        }
        gc.drawText(caption, 8, 24, true);
        Rectangle plot = new Rectangle(MARGIN, 48, Math.max(1, area.width - MARGIN - 10), Math.max(1, area.height - 76));
        double maxAbs = 0;
        for (double d : drift) {
            maxAbs = Math.max(maxAbs, Math.abs(d));
        }
        maxAbs = maxAbs == 0 ? 1 : maxAbs;
        double t0 = times[0];
        double span = Math.max(times[times.length - 1] - t0, Double.MIN_VALUE);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        gc.drawRectangle(plot);
        int zero = plot.y + plot.height / 2;
        gc.drawLine(plot.x, zero, plot.x + plot.width, zero);
        gc.drawText(String.format("%.1e", maxAbs), 2, plot.y, true);
        gc.drawText("0", 2, zero - gc.getFontMetrics().getHeight() / 2, true);
        gc.drawText(String.format("%.1e", -maxAbs), 2, plot.y + plot.height - gc.getFontMetrics().getHeight(), true);
        gc.drawText("t = 0", plot.x, plot.y + plot.height + 4, true);
        gc.drawText(String.format("t = %.3g", times[times.length - 1]), plot.x + plot.width - 60, plot.y + plot.height + 4, true);
        int[] points = new int[times.length * 2];
        for (int i = 0; i < times.length; i++) {
            points[2 * i] = plot.x + (int) Math.round((times[i] - t0) / span * plot.width);
            points[2 * i + 1] = zero - (int) Math.round(drift[i] / maxAbs * (plot.height / 2.0));
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        gc.setLineWidth(2);
        gc.drawPolyline(points);
    }

    /** {@code text} broken into lines that fit {@code width} pixels. */
    private static String wrap(GC gc, String text, int width) {
        StringBuilder wrapped = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            Point extent = gc.textExtent(line + " " + word);
            if (extent.x > width && line.length() > 0) {
                wrapped.append(line).append('\n');
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        return wrapped.append(line).toString();
    }
}
