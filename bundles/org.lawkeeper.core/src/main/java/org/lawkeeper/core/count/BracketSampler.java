package org.lawkeeper.core.count;

/**
 * Draws iterated brackets of random combinations of the generators at one random point and keeps
 * the span of their values. One implementation per arithmetic.
 */
interface BracketSampler {

    /** Samples one right-normed bracket of {@code level} random combinations; returns whether the rank grew. */
    boolean addBracket(int level);

    int rank();

    long fieldEvaluations();
}
