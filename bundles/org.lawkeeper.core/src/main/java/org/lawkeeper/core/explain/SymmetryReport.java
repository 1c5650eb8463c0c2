package org.lawkeeper.core.explain;

/**
 * How the linear symmetries of φ explain the laws of the Euclidean flows (docs/THEORY.md §7, Noether). A
 * linear symmetry is a matrix A with ∂φ(θ)·Aθ ≡ 0; symmetric ones give the gradient-flow laws
 * ½⟨θ, Aθ⟩, antisymmetric ones (isometries) the momentum laws e^{τt}⟨θ', Aθ⟩, and the other
 * symmetries give no momentum law: the conservation loss.
 *
 * @param symmetries    dim of the Lie algebra of linear symmetries
 * @param symmetric     how many of them are symmetric matrices
 * @param antisymmetric how many are antisymmetric
 * @param gradientLaws  independent laws ½⟨θ, Aθ⟩ from symmetric A, verified exactly under gf
 * @param gradientCount the count of gf laws
 * @param momentumLaws  independent laws e^{τt}⟨θ', Aθ⟩ from antisymmetric A, verified exactly under momentum
 * @param momentumCount the count of momentum laws (τ = 1)
 */
public record SymmetryReport(int symmetries, int symmetric, int antisymmetric, int gradientLaws, int gradientCount,
        int momentumLaws, int momentumCount) {

    /** The symmetries that are not isometries: they give gradient-flow laws but no momentum law. */
    public int nonIsometric() {
        return symmetries - antisymmetric;
    }

    /** A few lines for reports. */
    public String summary() {
        return String.format("""
                linear symmetries of φ (A with ∂φ(θ)·Aθ ≡ 0): %d = %d symmetric + %d antisymmetric + %d other
                  symmetric A      → ½⟨θ, Aθ⟩:        %s (of %d counted)
                  antisymmetric A  → e^{τt}⟨θ', Aθ⟩:  %s (of %d counted)
                  conservation loss: the %d non-isometric symmetries give no momentum law""", symmetries, symmetric,
                antisymmetric, symmetries - symmetric - antisymmetric, laws(gradientLaws, "gf"), gradientCount,
                laws(momentumLaws, "momentum"), momentumCount, nonIsometric());
    }

    private static String laws(int n, String flow) {
        return n + " independent " + flow + (n == 1 ? " law" : " laws");
    }
}
