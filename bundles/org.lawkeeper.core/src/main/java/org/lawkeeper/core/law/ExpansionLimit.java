package org.lawkeeper.core.law;

/**
 * An expansion ran past a limit the estimate could not foresee: more term products than
 * {@link PolynomialAlgebra#maxWork}, or a coefficient larger than {@link PolynomialAlgebra#MAX_COEFFICIENT_BITS}.
 * Raised inside {@link LawEvaluator}, turned into a {@link LawSyntaxException} by
 * {@link PolynomialAlgebra#expand}.
 */
final class ExpansionLimit extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ExpansionLimit(String message) {
        super(message, null, false, false);
    }
}
