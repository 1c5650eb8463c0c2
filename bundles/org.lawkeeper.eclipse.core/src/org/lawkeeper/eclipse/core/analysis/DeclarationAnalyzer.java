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
import org.lawkeeper.core.law.LawSearch;
import org.lawkeeper.core.law.LawSpan;
import org.lawkeeper.core.law.LawSyntaxException;
import org.lawkeeper.core.law.LawVerifier;
import org.lawkeeper.core.law.SearchOptions;
import org.lawkeeper.core.law.SearchResult;
import org.lawkeeper.core.law.Verdict;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.eclipse.core.scan.Claim;
import org.lawkeeper.eclipse.core.scan.Declaration;

/**
 * Decides the claims of one declaration with the core library: exact verdicts by
 * {@link LawVerifier} (with the harness's drift as evidence for a violation), and per claimed flow the count and the laws that hold, found by
 * {@link LawSearch} and certified against the count.
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
            flowResults.add(compared(result, model, flow.getValue(), claims));
        }
        return new DeclarationResult(declaration, model.name(), null, false, claims, flowResults);
    }

    /**
     * {@code result} compared with the conserved claims under its flow: how many independent laws they
     * hold, and which laws that hold are independent of them — by the rank of gradients, not by text,
     * so that a claim written differently (a sign, a multiple, a combination) still counts.
     */
    private FlowResult compared(FlowResult result, Model model, Flow flow, List<ClaimResult> claims) {
        LawSpan span = LawSpan.random(flow.stateDimension(model), settings.seed());
        for (ClaimResult claim : claims) {
            if (claim.outcome().status() == Status.CONSERVED && result.flow().equals(claim.claim().flow())) {
                addsTo(span, claim.claim().law(), model, flow);
            }
        }
        int claimed = span.rank();
        List<String> missing = result.laws().stream().filter(law -> addsTo(span, law, model, flow)).toList();
        return result.withClaims(claimed, missing);
    }

    /** Adds the polynomial entries of {@code law} to {@code span}; whether any was independent. */
    private static boolean addsTo(LawSpan span, String law, Model model, Flow flow) {
        try {
            Law parsed = LawParser.parse(law, model, flow);
            return parsed.isPolynomial() && parsed.polynomials().stream().filter(span::add).count() > 0;
        } catch (LawSyntaxException e) {
            return false;
        }
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
            if (verdict.conserved()) {
                return new Outcome(Status.CONSERVED, NLS.bind(Messages.conserved, claim.flow(), verdict.reason()), 0,
                        verdict.entries());
            }
            cancellation.check();
            String message = ViolationEvidence.of(model, flow, law, settings)
                    .map(drift -> NLS.bind(Messages.violatedWithDrift, new Object[] { claim.flow(), drift,
                            verdict.reason() }))
                    .orElseGet(() -> NLS.bind(Messages.violated, claim.flow(), verdict.reason()));
            return new Outcome(Status.VIOLATED, message, 0, 0);
        } catch (CancelledException e) {
            throw e;
        } catch (LawkeeperException e) {
            return new Outcome(Status.UNCHECKED, NLS.bind(Messages.unchecked, claim.flow(), e.getMessage()), 0, 0);
        }
    }

    /**
     * The count and the laws that hold under {@code flow}: the explicit polynomial search with its
     * certificate, the laws grouped into their known families. When the search does not finish within
     * the budget (it is slower than the count), the count alone.
     */
    private FlowResult flowResult(Model model, String spec, Flow flow) throws CancelledException {
        try {
            SearchResult search = LawSearch.search(model, flow, SearchOptions.defaults().withCounting(counting()));
            List<String> laws = new ArrayList<>();
            search.recognition().families().forEach(family -> laws.add(family.expression()));
            search.recognition().outside().forEach(law -> laws.add(law.expression()));
            return new FlowResult(spec, search.count().count(), search.certificate(), laws);
        } catch (LawkeeperException e) {
            stopIfCancelled(e);
            // the search ran out of budget or refused (a limit): the count alone may still be possible
        }
        try {
            CountResult result = LawCounter.count(model, flow, counting());
            return new FlowResult(spec, result.count(), result.summary(), List.of());
        } catch (LawkeeperException e) {
            stopIfCancelled(e);
            return new FlowResult(spec, -1, NLS.bind(Messages.countFailed, e.getMessage()), List.of());
        }
    }

    /** Exact counting with the settings' seed, within the settings' budget of this analysis. */
    private CountOptions counting() {
        return CountOptions.defaults().withSeed(settings.seed())
                .withCancellation(cancellation.withBudget(settings.budget()));
    }

    /** Rethrows {@code e} when the user cancelled: then nothing is to be kept (a spent budget is not that). */
    private void stopIfCancelled(LawkeeperException e) throws CancelledException {
        if (e instanceof CancelledException cancelled && cancellation.isCancelled()) {
            throw cancelled;
        }
    }
}
