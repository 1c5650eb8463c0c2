package org.lawkeeper.claims.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lawkeeper.claims.custom.CustomModel;
import org.lawkeeper.claims.analysis.DeclarationResult.ProblemKind;
import org.lawkeeper.claims.custom.CustomModels;
import org.lawkeeper.claims.evidence.ViolationEvidence;
import org.lawkeeper.claims.scan.Claim;
import org.lawkeeper.claims.scan.Declaration;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.LimitExceededException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.analysis.Analysis;
import org.lawkeeper.core.analysis.ClaimCoverage;
import org.lawkeeper.core.analysis.ClaimStatus;
import org.lawkeeper.core.analysis.ClaimVerdict;
import org.lawkeeper.core.analysis.FlowLaws;
import org.lawkeeper.core.count.CountOptions;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.law.Law;
import org.lawkeeper.core.law.LawParser;
import org.lawkeeper.core.law.LawPrinter;
import org.lawkeeper.core.law.LawSyntaxException;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.core.search.SearchOptions;

/**
 * Decides the claims of one declaration with the core's {@link Analysis}: exact verdicts (with the
 * harness's drift as evidence for a violation), and per claimed flow the count and the laws that hold,
 * certified against the count. Pure computation, no workspace access; results go through the
 * {@link AnalysisCache}. A failure of one claim — whatever it is — becomes that claim's result; only
 * cancellation stops the whole declaration.
 */
public final class DeclarationAnalyzer {
    /** The longest failure text a marker shows: a message may quote a whole hostile input. */
    private static final int MAX_FAILURE = 160;
    private final AnalysisCache cache;
    private final AnalysisSettings settings;
    private final Cancellation cancellation;
    private final CustomModels customModels;
    private final Limits limits;
    private final AnalysisProgress progress;

    /**
     * An analyzer that stops with a {@link CancelledException} once {@code cancellation} is raised, defines
     * custom models with {@code customModels} and refuses models above {@code limits}.
     */
    public DeclarationAnalyzer(AnalysisCache cache, AnalysisSettings settings, Cancellation cancellation,
            CustomModels customModels, Limits limits) {
        this(cache, settings, cancellation, customModels, limits, AnalysisProgress.NONE);
    }

    private DeclarationAnalyzer(AnalysisCache cache, AnalysisSettings settings, Cancellation cancellation,
            CustomModels customModels, Limits limits, AnalysisProgress progress) {
        this.cache = cache;
        this.settings = settings;
        this.cancellation = cancellation;
        this.customModels = customModels;
        this.limits = limits;
        this.progress = progress;
    }

    /** The same analyzer, telling {@code listener} how each count advances. */
    public DeclarationAnalyzer withProgress(AnalysisProgress listener) {
        return new DeclarationAnalyzer(cache, settings, cancellation, customModels, limits, listener);
    }

    /** Analyses every claim of {@code declaration}. */
    public DeclarationResult analyse(Declaration declaration) throws CancelledException {
        String spec = declaration.modelSpec();
        if (spec == null) {
            return unanalysed(declaration, "?", Messages.format("malformedModel", "the spec must be a string literal"),
                    true);
        }
        Model model;
        String modelKey;
        try {
            if (spec.isBlank() && declaration.custom()) {
                CustomModel custom = customModels.define(declaration);
                model = custom.model();
                modelKey = custom.fingerprint();
            } else {
                model = ModelSpec.parse(spec).build(limits);
                modelKey = model.name();
            }
        } catch (LimitExceededException e) {
            String name = declaration.custom() && spec.isBlank() ? declaration.typeName() : spec;
            return unanalysed(declaration, name, Messages.format("modelTooLarge", name, e.getMessage()), false);
        } catch (CancelledException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            cancellation.check(); // a failure caused by cancelling (an interrupted wait) is the cancellation
            return unanalysed(declaration, spec.isBlank() ? declaration.typeName() : spec,
                    Messages.format("failed", "model", failure(e)), true);
        } catch (LawkeeperException e) {
            return declaration.custom() && spec.isBlank()
                    ? unanalysed(declaration, declaration.typeName(),
                            Messages.format("customModel", declaration.typeName(), e.getMessage()), true)
                    : unanalysed(declaration, spec, Messages.format("malformedModel", e.getMessage()), true);
        }
        List<ClaimResult> claims = new ArrayList<>();
        Map<String, Flow> flows = new LinkedHashMap<>();
        Map<String, List<Law>> conserved = new LinkedHashMap<>();
        for (Claim claim : declaration.claims()) {
            cancellation.check();
            String key = settings.key() + "|" + modelKey + "|" + claim.key();
            Decision decision = decide(model, claim, key);
            claims.add(new ClaimResult(claim, decision.outcome(), decision.readable()));
            decision.flow().ifPresent(flow -> flows.putIfAbsent(claim.flow(), flow));
            if (decision.outcome().status() == ClaimStatus.CONSERVED) {
                decision.law().ifPresent(law -> conserved.computeIfAbsent(claim.flow(), f -> new ArrayList<>()).add(law));
            }
        }
        List<FlowResult> flowResults = new ArrayList<>();
        for (Map.Entry<String, Flow> flow : flows.entrySet()) {
            cancellation.check();
            flowResults.add(flowResult(model, modelKey, flow.getKey(), flow.getValue(),
                    conserved.getOrDefault(flow.getKey(), List.of())));
        }
        return new DeclarationResult(declaration, model.name(), Optional.of(model), null, ProblemKind.ERROR, claims,
                flowResults);
    }

    /** What holds under {@code flow} and how far the conserved claims cover it; a failure is its certificate. */
    private FlowResult flowResult(Model model, String modelKey, String spec, Flow flow, List<Law> conserved)
            throws CancelledException {
        try {
            String key = settings.key() + "|" + modelKey + "|" + spec;
            FlowLaws laws = cache.flowLaws(key);
            if (laws == null) {
                laws = Analysis.holding(model, flow, searchOptions(model, spec));
                cache.putFlowLaws(key, laws);
            }
            ClaimCoverage coverage = Analysis.coverage(model, laws, conserved, settings.seed());
            String certificate = laws.count() < 0 ? Messages.format("countFailed", laws.certificate()) : laws.certificate();
            return new FlowResult(spec, laws.count(), certificate, coverage.claimed(), laws.laws(), coverage.missing());
        } catch (RuntimeException | Error e) {
            cancellation.check();
            return new FlowResult(spec, -1, Messages.format("countFailed", Messages.format("failed", spec, failure(e))),
                    0, List.of(), List.of());
        }
    }

    /** An outcome, with the claim's flow and law when they parse, and the law in mathematical notation. */
    private record Decision(Outcome outcome, Optional<Flow> flow, Optional<Law> law, String readable) {

        /** Renders the law (rendering is work on user input too: it happens within the claim's failure handling). */
        static Decision of(Claim claim, Outcome outcome, Optional<Flow> flow, Optional<Law> law) {
            return new Decision(outcome, flow, law, law.map(LawPrinter.UNICODE::render)
                    .orElse(claim.law() == null ? "?" : claim.law()));
        }
    }

    /** The claim's outcome, from the cache or computed; its flow and law are parsed afresh (that is cheap). */
    private Decision decide(Model model, Claim claim, String key) throws CancelledException {
        if (claim.flow() == null || claim.law() == null) {
            return Decision.of(claim, new Outcome(ClaimStatus.MALFORMED, Messages.format("notLiteral"), 0, 0),
                    Optional.empty(), Optional.empty());
        }
        try {
            Outcome cached = cache.outcome(key);
            if (cached != null) {
                Optional<Flow> flow = parsedFlow(claim);
                return Decision.of(claim, cached, flow, flow.flatMap(f -> parsedLaw(model, f, claim)));
            }
            ClaimVerdict verdict = Analysis.claim(model, claim.flow(), claim.law(), limits, cancellation);
            Outcome outcome = outcome(model, claim, verdict);
            cache.putOutcome(key, outcome);
            return Decision.of(claim, outcome, verdict.flow(), verdict.law());
        } catch (CancelledException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            cancellation.check();
            return Decision.of(claim, new Outcome(ClaimStatus.UNCHECKED, Messages.format("failed", claim.flow(), failure(e)),
                    0, 0), Optional.empty(), Optional.empty());
        }
    }

    private static Optional<Flow> parsedFlow(Claim claim) {
        try {
            return Optional.of(FlowSpec.parse(claim.flow()));
        } catch (SpecException e) {
            return Optional.empty();
        }
    }

    private static Optional<Law> parsedLaw(Model model, Flow flow, Claim claim) {
        try {
            return Optional.of(LawParser.parse(claim.law(), model, flow));
        } catch (LawSyntaxException e) {
            return Optional.empty();
        }
    }

    private Outcome outcome(Model model, Claim claim, ClaimVerdict verdict) throws CancelledException {
        return switch (verdict.status()) {
            case MALFORMED -> verdict.flow().isEmpty()
                    ? new Outcome(ClaimStatus.MALFORMED, Messages.format("malformedFlow", verdict.problem()), 0, 0)
                    : new Outcome(ClaimStatus.MALFORMED, Messages.format("malformedLaw", claim.flow(), verdict.problem()),
                            verdict.column(), 0);
            case UNCHECKED -> new Outcome(ClaimStatus.UNCHECKED,
                    Messages.format("unchecked", claim.flow(), verdict.problem()), 0, 0);
            case CONSERVED -> new Outcome(ClaimStatus.CONSERVED, Messages.format("conserved", claim.flow(),
                    verdict.verification().orElseThrow().reason()), 0, verdict.entries());
            case VIOLATED -> {
                cancellation.check();
                String reason = verdict.verification().orElseThrow().reason();
                String message = ViolationEvidence.of(model, verdict.flow().orElseThrow(), verdict.law().orElseThrow(),
                        settings.evidence(), cancellation).map(drift -> Messages.format("violatedWithDrift", claim.flow(), drift, reason))
                        .orElseGet(() -> Messages.format("violated", claim.flow(), reason));
                yield new Outcome(ClaimStatus.VIOLATED, message, 0, 0);
            }
        };
    }

    /** Exact counting and search with the settings' seed, within the settings' budget of this analysis. */
    private SearchOptions searchOptions(Model model, String flow) {
        CountOptions counting = CountOptions.defaults().withSeed(settings.seed()).withLimits(limits)
                .withCancellation(cancellation.withBudget(settings.budget()))
                .withProgress(step -> progress.counting(model.name(), flow, step));
        return SearchOptions.defaults().withCounting(counting);
    }

    /** A failure nobody foresaw, in one short line: its kind and the start of its message. */
    static String failure(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip().lines().findFirst().orElse("");
        String line = e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
        return line.length() <= MAX_FAILURE ? line : line.substring(0, MAX_FAILURE - 1) + "…";
    }

    private static DeclarationResult unanalysed(Declaration declaration, String model, String problem, boolean error) {
        return new DeclarationResult(declaration, model, Optional.empty(), problem,
                error ? ProblemKind.ERROR : ProblemKind.LIMIT, List.of(), List.of());
    }
}
