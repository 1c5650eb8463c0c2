package org.lawkeeper.eclipse.core.analysis;

import java.util.List;
import org.lawkeeper.eclipse.core.scan.Declaration;

/**
 * The analysis of one {@code @LawModel} class.
 *
 * @param declaration  what the source says
 * @param model        the model's canonical name, or the spec as written when it did not parse
 * @param modelProblem why the model was not analysed, or {@code null}
 * @param modelError   whether that problem is an error (a malformed spec) rather than a warning
 * @param claims       one result per claim, in source order
 * @param flows        one result per distinct claimed flow that parsed
 */
public record DeclarationResult(Declaration declaration, String model, String modelProblem, boolean modelError,
        List<ClaimResult> claims, List<FlowResult> flows) {

    public DeclarationResult {
        claims = List.copyOf(claims);
        flows = List.copyOf(flows);
    }
}
