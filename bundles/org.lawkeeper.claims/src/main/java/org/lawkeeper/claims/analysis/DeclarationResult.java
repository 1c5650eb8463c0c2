package org.lawkeeper.claims.analysis;

import java.util.ArrayList;
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
 * @param problemKind  how that problem weighs (ignored when there is none)
 * @param claims       one result per claim, in source order
 * @param flows        one result per distinct claimed flow that parsed
 */
public record DeclarationResult(Declaration declaration, String model, Optional<Model> definition,
        String modelProblem, ProblemKind problemKind,
        List<ClaimResult> claims, List<FlowResult> flows) {

    /** How a model problem weighs. */
    public enum ProblemKind {
        /** The source is wrong: a malformed spec, a custom model that cannot be defined. */
        ERROR,
        /** The model exceeds what this analysis may spend. */
        LIMIT,
        /** The analysis runs elsewhere (in the background) and has no result yet. */
        PENDING
    }

    public DeclarationResult {
        claims = List.copyOf(claims);
        flows = List.copyOf(flows);
    }

    /** A declaration whose analysis is under way elsewhere, or was stopped: {@code message} says which. */
    public static DeclarationResult pending(Declaration declaration, String model, String message) {
        return new DeclarationResult(declaration, model, Optional.empty(), message, ProblemKind.PENDING, List.of(),
                List.of());
    }

    /**
     * This result for {@code current}, the same declaration — the same model and claims, in the same order — where it
     * stands now: a result kept while the file was edited elsewhere must mark the lines of today's source.
     *
     * @throws IllegalArgumentException when {@code current} has other claims
     */
    public DeclarationResult at(Declaration current) {
        if (!claims.isEmpty() && current.claims().size() != claims.size()) {
            throw new IllegalArgumentException(current.typeName() + " has " + current.claims().size()
                    + " claims, the result " + claims.size());
        }
        List<ClaimResult> moved = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            ClaimResult kept = claims.get(i);
            moved.add(new ClaimResult(current.claims().get(i), kept.outcome(), kept.readable()));
        }
        return new DeclarationResult(current, model, definition, modelProblem, problemKind, moved, flows);
    }

    /** Whether the model's problem is an error of the source. */
    public boolean modelError() {
        return modelProblem != null && problemKind == ProblemKind.ERROR;
    }

    /** The result of the claimed flow {@code flow} as written. */
    public Optional<FlowResult> flow(String flow) {
        return flows.stream().filter(f -> f.flow().equals(flow)).findFirst();
    }
}
