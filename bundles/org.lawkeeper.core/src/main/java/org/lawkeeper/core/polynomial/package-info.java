/** Exact multivariate polynomials with rational coefficients, and matrices of them: the language of factorisations. */
package org.lawkeeper.core.polynomial;
