package org.lawkeeper.core.field;

import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.polynomial.Monomial;

/**
 * One term {@code coefficient · monomial} of component {@code component} of generating field
 * number {@code generator}.
 */
public record FieldTerm(int generator, int component, BigFraction coefficient, Monomial monomial) {
}
