package org.lawkeeper.core.count;

import org.lawkeeper.core.CancelledException;

/**
 * Draws iterated brackets of random combinations of the generators at one random point and keeps
 * the span of their values. One implementation per arithmetic.
 */
interface BracketSampler {

    /**
     * Samples {@code count} right-normed brackets of {@code level} random combinations each; returns by how
     * much the rank grew.
     *
     * @throws CancelledException when cancelled meanwhile
     */
    int addBrackets(int level, int count) throws CancelledException;

    /** How many brackets to sample at once when the span has rank {@code rank}. */
    int blockSize(int rank);

    int rank();

    long fieldEvaluations();
}
