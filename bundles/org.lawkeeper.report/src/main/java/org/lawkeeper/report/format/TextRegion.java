package org.lawkeeper.report.format;

/**
 * A range of a source in the two coordinate systems reports use: 1-based lines and columns, and 0-based
 * character offsets; characters are UTF-16 code units, as in Java strings and SARIF's default column kind.
 *
 * @param startLine   the line of the first character
 * @param startColumn its column
 * @param endLine     the line of the position after the last character
 * @param endColumn   its column
 * @param charOffset  the offset of the first character
 * @param charLength  the number of characters
 */
record TextRegion(int startLine, int startColumn, int endLine, int endColumn, int charOffset, int charLength) {

    /** The range of {@code length} characters from {@code offset} in {@code source}. */
    static TextRegion of(String source, int offset, int length) {
        int[] start = position(source, offset);
        int[] end = position(source, offset + length);
        return new TextRegion(start[0], start[1], end[0], end[1], offset, length);
    }

    /** The text the range covers in {@code source}. */
    String text(String source) {
        return source.substring(charOffset, charOffset + charLength);
    }

    private static int[] position(String source, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] { line, offset - lineStart + 1 };
    }
}
