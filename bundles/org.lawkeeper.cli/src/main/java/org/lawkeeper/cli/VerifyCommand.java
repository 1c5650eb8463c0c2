package org.lawkeeper.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.Excerpt;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.analysis.Analysis;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.law.Law;
import org.lawkeeper.core.law.LawParser;
import org.lawkeeper.core.law.LawSyntaxException;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelKinds;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.core.verify.LawVerifier;
import org.lawkeeper.core.verify.Verification;
import org.lawkeeper.core.verify.Witness;

/** {@code verify MODEL --flow FLOW --law EXPR}: the exact verdict on one claimed law. */
final class VerifyCommand implements Command {

    @Override
    public String name() {
        return "verify";
    }

    @Override
    public String synopsis() {
        return "decide exactly whether a law (an expression over the model's blocks) is conserved";
    }

    @Override
    public String usage() {
        return """
                usage: ./lawkeeper verify MODEL [--flow FLOW] --law EXPR [--json] [--timeout SECONDS] [--max-dimension N]

                  MODEL   %s
                  FLOW    %s (default gf)
                  EXPR    a law over the model's blocks, e.g. 'U1^T*U1 - U2*U2^T' or
                          "exp(tau*t)*skew(U1^T*U1' + U2*U2'^T)": U1' is a velocity, t time, tau the
                          friction, wd the weight decay, ^T a transpose, * a product; skew(X) = X - X^T,
                          sym(X) = X + X^T, tr(X), sum(X[, rows|cols]), norm2(X[, rows|cols]), entries U1[2,3] /
                          b1[2], sub-matrices Q1[:,1:2], numbers 2, 0.5, 1/2
                  --json  one JSON object on stdout
                  --timeout SECONDS    give up after this long (exit code 2)
                  --max-dimension N    refuse state dimensions above N (default %d)

                Prints 'conserved' when ⟨∇h, χ_i⟩ vanishes identically (an exact polynomial identity) for every
                independent entry h of the law and every generating field χ_i of the flow, 'not conserved' with
                a point where it does not otherwise. A network without a finite factorisation (softmax, GELU,
                norms, …), and a model whose fields have more than %d terms (expanding every entry would take
                minutes), is decided by sampling modulo two primes instead: a refutation is certain, a pass has
                the error bound printed (rate degree/p per sample, samples per prime). Exit code 0 when
                conserved, %d when not (as for 'check').
                """.formatted(ModelKinds.examples(), FlowSpec.KNOWN, Limits.DEFAULT.maxStateDimension(),
                LawVerifier.EXPANSION_TERMS_LIMIT, CheckCommand.VIOLATED);
    }

    @Override
    public int run(List<String> words, PrintStream out, Cancellation cancellation) throws LawkeeperException {
        Arguments arguments =
                Arguments.parse(name(), words, Set.of("flow", "law", "timeout", "max-dimension"), Set.of("json"));
        String modelSpec = arguments.single("MODEL");
        String text = arguments.text("law", null);
        if (text == null) {
            throw new UsageException("'verify' needs --law EXPR, e.g. --law 'U1^T*U1 - U2*U2^T'");
        }
        Flow flow = FlowSpec.parse(arguments.text("flow", "gf"));
        Cancellation scoped = AnalysisOptions.timeout(arguments, cancellation);
        Limits limits = AnalysisOptions.limits(arguments);
        Model model = ModelSpec.parse(modelSpec).build(limits);
        Law law = parse(text, model, flow, scoped);
        Verification verdict = Analysis.verify(model, flow, law, limits, scoped);
        out.println(arguments.flag("json") ? json(verdict, law) : text(verdict, law));
        return verdict.conserved() ? Main.OK : CheckCommand.VIOLATED;
    }

    /** Parses a law given on the command line; errors quote it around the column. */
    private static Law parse(String text, Model model, Flow flow, Cancellation cancellation)
            throws SpecException, CancelledException {
        try {
            return LawParser.parse(text, model, flow, cancellation);
        } catch (LawSyntaxException e) {
            throw new SpecException("law '" + Excerpt.around(text, e.column()) + "', " + e.getMessage());
        }
    }

    private static String text(Verification v, Law law) {
        String entries = law.size() == 0 ? "every entry is constant"
                : law.size() + (law.size() == 1 ? " independent scalar law" : " independent scalar laws")
                        + (law.entryNames().get(0).isEmpty() ? "" : ": entries " + String.join(", ", law.entryNames()));
        return String.format("""
                %s: %s under %s for %s
                  %s
                  %s%s; %.3f s""", v.word(), v.law(), v.flow(), v.model(), entries,
                v.sampling().isPresent() ? "sampled: " : v.conserved() ? "exact: " : "witness: ", v.reason(),
                v.seconds());
    }

    private static Json json(Verification v, Law law) {
        Json json = new Json().put("model", v.model()).put("flow", v.flow()).put("law", v.law())
                .put("verdict", v.word()).put("conserved", v.conserved()).put("entries", law.entryNames())
                .put("fields", v.fields());
        json.put("method", v.sampling().isPresent() ? "sampled" : "identity");
        v.witness().ifPresent(w -> json.put("witness", witness(w)));
        v.sampling().ifPresent(s -> json.put("sampling", new Json().put("primes", s.primes())
                .put("samplesPerPrime", s.samples()).put("degree", s.degree()).put("errorBound", s.errorBound())
                .put("failure", s.failure().isEmpty() ? null : s.failure())));
        return json.put("seconds", v.seconds());
    }

    private static Json witness(Witness w) {
        Map<String, String> point = new LinkedHashMap<>();
        w.point().forEach((name, value) -> point.put(name, FlowSpec.format(value)));
        return new Json().put("entry", w.entry()).put("field", w.field()).put("fieldDescription", w.fieldDescription())
                .put("rate", FlowSpec.format(w.rate())).put("point", point);
    }
}
