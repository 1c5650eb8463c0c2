package org.lawkeeper.core.search;

/**
 * What a law search looked through, for its certificate.
 *
 * @param candidates   the polynomials searched, e.g. {@code every polynomial of degree ≤ 2}
 * @param beyond       where missing laws must then lie, e.g. {@code need a higher degree}
 * @param verification how the laws were verified: {@code exactly}, or {@code by sampling modulo two primes}
 */
public record SearchScope(String candidates, String beyond, String verification) {
}
