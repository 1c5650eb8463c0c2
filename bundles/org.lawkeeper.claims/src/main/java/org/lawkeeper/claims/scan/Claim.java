package org.lawkeeper.claims.scan;

/**
 * One {@code @Conserves(flow = …, law = …)} annotation as written in the source.
 *
 * @param flow             the flow spec, or {@code null} when it is not a string literal
 * @param law              the law text, or {@code null} when it is not a string literal
 * @param line             1-based line of the annotation
 * @param annotationStart  offset of the {@code @}
 * @param annotationLength length of the whole annotation
 * @param lawStart         offset of the law's first character inside its literal (after the quote)
 */
public record Claim(String flow, String law, int line, int annotationStart, int annotationLength, int lawStart) {

    /** The part of the claim that decides its verdict: flow and law, not where they stand. */
    public String key() {
        return flow + "\u0000" + law;
    }
}
