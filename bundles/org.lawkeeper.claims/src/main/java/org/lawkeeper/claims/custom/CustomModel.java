package org.lawkeeper.claims.custom;

import org.lawkeeper.core.model.Model;

/**
 * A model defined by user code.
 *
 * @param model       the model
 * @param fingerprint identifies the definition's content: results are cached under it, so a changed
 *                    {@code define()} is analysed afresh even when the class keeps its name
 */
public record CustomModel(Model model, String fingerprint) {
}
