package org.lawkeeper.eclipse.core.markers;

/** Laws in the readable notation of hovers and the view: {@code U1^T*U1} reads {@code U1ᵀ·U1}. */
public final class LawText {

    private LawText() {
    }

    /** {@code law} with transposes, squares, cubes, products and primes in mathematical notation. */
    public static String readable(String law) {
        return law.replace("^T", "\u1d40").replace("^2", "\u00b2").replace("^3", "\u00b3").replace("*", "\u00b7")
                .replace("'", "\u2032").replace("tau", "\u03c4");
    }
}
