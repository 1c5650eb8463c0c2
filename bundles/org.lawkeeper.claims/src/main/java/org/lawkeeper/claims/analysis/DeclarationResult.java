package org.lawkeeper.claims.analysis;

import java.util.List;
import java.util.Optional;
import org.lawkeeper.claims.scan.Declaration;
import org.lawkeeper.core.model.Model;

/**
 * The analysis of one {@code @LawModel} class.
 *
 * @param declaration  what the source says
 * @param model        the model's canonical name, or the spec as written when it did not parse
 * @param definition   the model analysed, when it could be built
 * @param modelProblem why the model was not analysed, or {@code null}
 * @param modelError   whether that problem is an error (a malformed spec) rather than a warning
 * @param claims       one result per claim, in source order
 * @param flows        one result per distinct claimed flow that parsed
 */
public record DeclarationResult(Declaration declaration, String model, Optional<Model> definition,
        String modelProblem, boolean modelError,
        List<ClaimResult> claims, List<FlowResult> flows) {

    public DeclarationResult {
        claims = List.copyOf(claims);
        flows = List.copyOf(flows);
    }

    /** The result of the claimed flow {@code flow} as written. */
    public Optional<FlowResult> flow(String flow) {
        return flows.stream().filter(f -> f.flow().equals(flow)).findFirst();
    }
}
