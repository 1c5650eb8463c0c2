package org.lawkeeper.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.count.CountOptions;
import org.lawkeeper.core.count.CountResult;
import org.lawkeeper.core.count.LawCounter;
import org.lawkeeper.core.explain.LinearSymmetries;
import org.lawkeeper.core.explain.SymmetryReport;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.law.Law;
import org.lawkeeper.core.law.LawParser;
import org.lawkeeper.core.law.LawSyntaxException;
import org.lawkeeper.core.linalg.GradientSpan_MODP;
import org.lawkeeper.core.linalg.RationalConstants;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.search.LawSearch;
import org.lawkeeper.core.search.SearchOptions;
import org.lawkeeper.core.search.SearchResult;
import org.lawkeeper.core.verify.LawVerifier;
import org.lawkeeper.core.verify.Verification;

/**
 * The one entry point that answers "analyse this model, flow or claim", for the command line, the IDE
 * and build plug-ins alike. Results are typed: counts with their certificate, laws as objects with
 * their readable forms, claims with a status.
 */
public final class Analysis {
    private Analysis() {
    }

    /** The number of independent laws (docs/THEORY.md §1), exactly unless the options say otherwise. */
    public static CountResult count(Model model, Flow flow, CountOptions options) throws LawkeeperException {
        return LawCounter.count(model, flow, options);
    }

    /** The explicit polynomial laws, certified against the count. */
    public static SearchResult laws(Model model, Flow flow, SearchOptions options) throws LawkeeperException {
        return LawSearch.search(model, flow, options);
    }

    /** The exact verdict on one law. */
    public static Verification verify(Model model, Flow flow, Law law, Limits limits) throws LawkeeperException {
        return LawVerifier.verify(law, model, flow, limits);
    }

    /** The exact verdict on one law, stopped by {@code cancellation} (or an interrupt of the thread). */
    public static Verification verify(Model model, Flow flow, Law law, Limits limits, Cancellation cancellation)
            throws LawkeeperException {
        return LawVerifier.verify(law, model, flow, limits, cancellation);
    }

    /** How the linear symmetries of φ explain the laws of gradient flow and momentum (Noether). */
    public static SymmetryReport explain(Model model, SearchOptions options) throws LawkeeperException {
        return LinearSymmetries.analyse(model, options);
    }

    /**
     * Decides the claim that {@code model} conserves {@code lawText} under {@code flowSpec}: malformed when
     * either does not parse, unchecked when exact verification is impossible (the law is not polynomial,
     * the model too large), conserved or violated otherwise.
     *
     * @throws CancelledException when the thread is interrupted
     */
    public static ClaimVerdict claim(Model model, String flowSpec, String lawText, Limits limits)
            throws CancelledException {
        return claim(model, flowSpec, lawText, limits, Cancellation.none());
    }

    /**
     * {@link #claim(Model, String, String, Limits)}, stopped by {@code cancellation} while the law is
     * parsed, expanded or verified.
     *
     * @throws CancelledException when {@code cancellation} is raised or the thread interrupted
     */
    public static ClaimVerdict claim(Model model, String flowSpec, String lawText, Limits limits,
            Cancellation cancellation) throws CancelledException {
        Flow flow;
        try {
            flow = FlowSpec.parse(flowSpec);
        } catch (SpecException e) {
            return ClaimVerdict.malformed(Optional.empty(), e.getMessage(), 0);
        }
        Law law;
        try {
            law = LawParser.parse(lawText, model, flow, cancellation);
        } catch (LawSyntaxException e) {
            return ClaimVerdict.malformed(Optional.of(flow), e.getMessage(), e.column());
        }
        try {
            return ClaimVerdict.decided(flow, law, LawVerifier.verify(law, model, flow, limits, cancellation));
        } catch (CancelledException e) {
            throw e;
        } catch (LawkeeperException e) {
            return ClaimVerdict.unchecked(flow, law, e.getMessage());
        }
    }

    /**
     * What holds under {@code flow}: the laws found by the search, grouped into their known families and
     * certified against the count; when the search does not finish within the options' budget (it is
     * slower than the count) or refuses the model, the count alone; when that fails too, count -1 with
     * the reason as certificate.
     *
     * @throws CancelledException only when the caller cancelled (a spent time budget is not that)
     */
    public static FlowLaws holding(Model model, Flow flow, SearchOptions options) throws CancelledException {
        CountResult count;
        try {
            count = LawCounter.count(model, flow, options.counting());
        } catch (LawkeeperException e) {
            rethrowIfCancelled(e, options);
            return new FlowLaws(flow, -1, e.getMessage(), List.of());
        }
        try {
            // the count is done once: for a large model it is most of the work, and the search needs it too
            SearchResult search = LawSearch.search(model, flow, options, count);
            List<HoldingLaw> laws = new ArrayList<>();
            search.recognition().families().forEach(f -> laws.add(new HoldingLaw(f.expression(), f.readable(), f.name())));
            search.recognition().outside().forEach(l -> laws.add(new HoldingLaw(l.expression(), l.readable(), "")));
            return new FlowLaws(flow, count.count(), search.certificate(), laws);
        } catch (LawkeeperException e) {
            rethrowIfCancelled(e, options);
            return new FlowLaws(flow, count.count(), count.summary(), List.of());
        }
    }

    /**
     * How far {@code conserved} (laws claimed and verified under {@code laws.flow()}) cover the laws that
     * hold: decided by the rank of gradients at a random point drawn from {@code seed}, not by text, so that
     * a claim written differently (a sign, a multiple, a combination) still counts.
     */
    public static ClaimCoverage coverage(Model model, FlowLaws laws, List<Law> conserved, long seed) {
        Flow flow = laws.flow();
        // the claims' coefficients are the user's; the laws found have small reconstructed ones
        RationalConstants claimed = RationalConstants.ofPolynomials(
                conserved.stream().filter(Law::isPolynomial).flatMap(law -> law.polynomials().stream()).toList());
        GradientSpan_MODP span = GradientSpan_MODP.random(flow.stateDimension(model), seed, claimed);
        conserved.forEach(law -> addsTo(span, law));
        int rank = span.rank();
        List<HoldingLaw> missing = laws.laws().stream().filter(law -> addsTo(span, law.expression(), model, flow))
                .toList();
        return new ClaimCoverage(rank, missing);
    }

    private static boolean addsTo(GradientSpan_MODP span, String law, Model model, Flow flow) {
        try {
            return addsTo(span, LawParser.parse(law, model, flow));
        } catch (LawSyntaxException e) {
            return false;
        }
    }

    /** Adds the polynomial entries of {@code law} to {@code span}; whether any was independent. */
    private static boolean addsTo(GradientSpan_MODP span, Law law) {
        return law.isPolynomial() && law.polynomials().stream().filter(span::add).count() > 0;
    }

    private static void rethrowIfCancelled(LawkeeperException e, SearchOptions options) throws CancelledException {
        if (e instanceof CancelledException cancelled && options.cancellation().isCancelled()) {
            throw cancelled;
        }
    }
}
