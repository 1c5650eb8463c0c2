/** Exact verification of a law: ⟨∇h, χ_i⟩ ≡ 0 as a polynomial identity, or a witness where it fails. */
package org.lawkeeper.core.verify;
