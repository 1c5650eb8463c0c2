package org.lawkeeper.core.search;

/**
 * A family template instantiated for some blocks, in the law language, with the one-parameter symmetry it
 * stems from. Only a name for laws: {@link LawFamilies} keeps it when the verifier confirms it.
 */
record FamilyCandidate(String expression, String name, String symmetry) {
}
