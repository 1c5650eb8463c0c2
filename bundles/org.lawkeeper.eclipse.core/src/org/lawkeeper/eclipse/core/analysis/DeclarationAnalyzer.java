package org.lawkeeper.eclipse.core.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.osgi.util.NLS;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.LimitExceededException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.count.CountOptions;
import org.lawkeeper.core.count.CountResult;
import org.lawkeeper.core.count.LawCounter;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.law.Law;
import org.lawkeeper.core.law.LawParser;
import org.lawkeeper.core.law.LawSyntaxException;
import org.lawkeeper.core.law.LawVerifier;
import org.lawkeeper.core.law.Verdict;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.eclipse.core.scan.Claim;
import org.lawkeeper.eclipse.core.scan.Declaration;

/**
 * Decides the claims of one declaration with the core library: exact verdicts by
 * {@link LawVerifier}, counts by {@link LawCounter}, and the known laws that the verifier accepts.
 * Pure computation, no workspace access; results go through the {@link AnalysisCache}.
 */
public final class DeclarationAnalyzer {
    private final AnalysisCache cache;
    private final AnalysisSettings settings;
    private final Cancellation cancellation;
    private final CustomModels customModels;

    /**
     * An analyzer that stops with a {@link CancelledException} once {@code cancellation} is raised and
     * defines custom models with {@code customModels}.
     */
    public DeclarationAnalyzer(AnalysisCache cache, AnalysisSettings settings, Cancellation cancellation,
            CustomModels customModels) {
        this.cache = cache;
        this.settings = settings;
        this.cancellation = cancellation;
        this.customModels = customModels;
    }

    /** Analyses every claim of {@code declaration}. */
    public DeclarationResult analyse(Declaration declaration) throws CancelledException {
        String spec = declaration.modelSpec();
        if (spec == null) {
            return unanalysed(declaration, "?", NLS.bind(Messages.malformedModel, "the spec must be a string literal"), true);
        }
        Model model;
        String modelKey;
        try {
            if (spec.isBlank() && declaration.custom()) {
                CustomModel custom = customModels.define(declaration);
                model = custom.model();
                modelKey = custom.fingerprint();
            } else {
                model = ModelSpec.parse(spec, Limits.DEFAULT);
                modelKey = model.name();
            }
        } catch (LimitExceededException e) {
            return unanalysed(declaration, spec, NLS.bind(Messages.modelTooLarge, spec, e.getMessage()), false);
        } catch (CancelledException e) {
            throw e;
        } catch (LawkeeperException e) {
            return declaration.custom()
                    ? unanalysed(declaration, declaration.typeName(),
                            NLS.bind(Messages.customModel, declaration.typeName(), e.getMessage()), true)
                    : unanalysed(declaration, spec, NLS.bind(Messages.malformedModel, e.getMessage()), true);
        }
        List<ClaimResult> claims = new ArrayList<>();
        Map<String, Flow> flows = new LinkedHashMap<>();
        for (Claim claim : declaration.claims()) {
            cancellation.check();
            String key = settings.key() + "|" + modelKey + "|" + claim.key();
            Outcome outcome = cache.outcome(key);
            if (outcome == null) {
                outcome = decide(model, claim);
                cache.putOutcome(key, outcome);
            }
            claims.add(new ClaimResult(claim, outcome));
            parsedFlow(claim).ifPresent(flow -> flows.putIfAbsent(claim.flow(), flow));
        }
        List<FlowResult> flowResults = new ArrayList<>();
        for (Map.Entry<String, Flow> flow : flows.entrySet()) {
            String key = settings.key() + "|" + modelKey + "|" + flow.getKey();
            FlowResult result = cache.flow(key);
            if (result == null) {
                result = flowResult(model, flow.getKey(), flow.getValue());
                cache.putFlow(key, result);
            }
            int claimed = claims.stream().filter(c -> flow.getKey().equals(c.claim().flow()))
                    .mapToInt(c -> c.outcome().entries()).sum();
            flowResults.add(result.withClaimed(claimed));
        }
        return new DeclarationResult(declaration, model.name(), null, false, claims, flowResults);
    }

    private static DeclarationResult unanalysed(Declaration declaration, String model, String problem, boolean error) {
        return new DeclarationResult(declaration, model, problem, error, List.of(), List.of());
    }

    private static Optional<Flow> parsedFlow(Claim claim) {
        try {
            return claim.flow() == null ? Optional.empty() : Optional.of(FlowSpec.parse(claim.flow()));
        } catch (SpecException e) {
            return Optional.empty();
        }
    }

    private Outcome decide(Model model, Claim claim) throws CancelledException {
        if (claim.flow() == null || claim.law() == null) {
            return new Outcome(Status.MALFORMED, Messages.notLiteral, 0, 0);
        }
        Flow flow;
        try {
            flow = FlowSpec.parse(claim.flow());
        } catch (SpecException e) {
            return new Outcome(Status.MALFORMED, NLS.bind(Messages.malformedFlow, e.getMessage()), 0, 0);
        }
        Law law;
        try {
            law = LawParser.parse(claim.law(), model, flow);
        } catch (LawSyntaxException e) {
            return new Outcome(Status.MALFORMED, NLS.bind(Messages.malformedLaw, claim.flow(), e.getMessage()),
                    e.column(), 0);
        }
        try {
            Verdict verdict = LawVerifier.verify(law, model, flow, Limits.DEFAULT);
            return verdict.conserved()
                    ? new Outcome(Status.CONSERVED, NLS.bind(Messages.conserved, claim.flow(), verdict.reason()), 0,
                            verdict.entries())
                    : new Outcome(Status.VIOLATED, NLS.bind(Messages.violated, claim.flow(), verdict.reason()), 0, 0);
        } catch (CancelledException e) {
            throw e;
        } catch (LawkeeperException e) {
            return new Outcome(Status.UNCHECKED, NLS.bind(Messages.unchecked, claim.flow(), e.getMessage()), 0, 0);
        }
    }

    private FlowResult flowResult(Model model, String spec, Flow flow) throws CancelledException {
        int count = -1;
        String certificate;
        try {
            CountOptions options = CountOptions.defaults().withSeed(settings.seed())
                    .withCancellation(cancellation.withBudget(settings.budget()));
            CountResult result = LawCounter.count(model, flow, options);
            count = result.count();
            certificate = result.summary();
        } catch (CancelledException e) {
            if (cancellation.isCancelled()) {
                throw e; // the user cancelled: nothing to keep
            }
            certificate = NLS.bind(Messages.countFailed, e.getMessage()); // the time budget ran out
        } catch (LawkeeperException e) {
            certificate = NLS.bind(Messages.countFailed, e.getMessage());
        }
        List<String> laws = new ArrayList<>();
        for (String candidate : KnownLaws.candidates(model.name())) {
            cancellation.check();
            if (holds(model, flow, candidate)) {
                laws.add(candidate);
            }
        }
        return new FlowResult(spec, count, certificate, 0, laws);
    }

    /** Whether the verifier accepts {@code law}; a candidate that does not even parse here does not hold. */
    private static boolean holds(Model model, Flow flow, String law) {
        try {
            Law parsed = LawParser.parse(law, model, flow);
            return parsed.size() > 0 && LawVerifier.verify(parsed, model, flow, Limits.DEFAULT).conserved();
        } catch (LawkeeperException e) {
            return false;
        }
    }
}
