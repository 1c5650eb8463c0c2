/**
 * Seeded generators that shrink: every generator draws from {@link org.lawkeeper.harness.gen.Choices},
 * so a failing case is replayed from its tape and shrunk by shrinking the tape. Domain generators are in
 * {@link org.lawkeeper.harness.trials.TrialGens}.
 */
package org.lawkeeper.harness.gen;
