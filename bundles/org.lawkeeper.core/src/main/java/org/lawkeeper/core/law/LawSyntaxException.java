package org.lawkeeper.core.law;

import org.lawkeeper.core.SpecException;

/**
 * A law expression that cannot be read for the given model and flow. The message starts with the
 * 1-based column of the offending token and says what is wrong there, e.g.
 * {@code column 9: unknown block 'W' (blocks of linear:2,3,2: U1, U2)}.
 */
public final class LawSyntaxException extends SpecException {
    private static final long serialVersionUID = 1L;

    private final int column;
    private final String problem;

    public LawSyntaxException(int column, String problem) {
        super("column " + column + ": " + problem);
        this.column = column;
        this.problem = problem;
    }

    /** The 1-based column of the text where the problem lies. */
    public int column() {
        return column;
    }

    /** The message without its column prefix. */
    public String problem() {
        return problem;
    }
}
