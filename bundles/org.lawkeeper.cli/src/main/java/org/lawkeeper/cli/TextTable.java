package org.lawkeeper.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table for the terminal: numbers right-aligned, text (the first column, or as chosen) left-aligned. */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final int columns;
    private final boolean[] left;

    TextTable(String... header) {
        this.columns = header.length;
        this.left = new boolean[columns];
        left[0] = true;
        rows.add(header);
    }

    /** Aligns the given columns to the left (for text rather than numbers). */
    TextTable alignLeft(int... textColumns) {
        for (int c : textColumns) {
            left[c] = true;
        }
        return this;
    }

    void add(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
        }
        rows.add(cells);
    }

    @Override
    public String toString() {
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String pad = " ".repeat(widths[c] - row[c].length());
                line.append(c == 0 ? "" : "  ").append(left[c] ? row[c] + pad : pad + row[c]);
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                int total = line.length();
                out.append("─".repeat(total)).append('\n');
            }
        }
        return out.toString();
    }
}
