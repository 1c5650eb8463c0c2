package org.lawkeeper.eclipse.core.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.core.resources.IFile;
import org.lawkeeper.claims.analysis.ClaimResult;
import org.lawkeeper.claims.analysis.DeclarationResult;
import org.lawkeeper.claims.analysis.FlowResult;
import org.lawkeeper.core.analysis.ClaimStatus;
import org.lawkeeper.core.analysis.HoldingLaw;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ParameterBlock;
import org.lawkeeper.eclipse.core.results.Row.FlowRow;
import org.lawkeeper.eclipse.core.results.Row.LawRow;
import org.lawkeeper.eclipse.core.results.Row.ModelRow;

/** Builds the tree's rows from the analysis results; pure, so that headless tests check the rows' text. */
public final class Rows {
    /** Status of a law that holds and nobody claimed. */
    static final String VERIFIED = "holds (verified)";

    private Rows() {
    }

    /** The model rows of all results, by file and line. */
    public static List<ModelRow> of(Map<IFile, List<DeclarationResult>> results) {
        List<ModelRow> rows = new ArrayList<>();
        results.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().getFullPath().toString()))
                .forEach(e -> e.getValue().forEach(result -> rows.add(model(e.getKey(), result))));
        return rows;
    }

    static ModelRow model(IFile file, DeclarationResult result) {
        long conserved = result.claims().stream().filter(c -> c.outcome().status() == ClaimStatus.CONSERVED).count();
        String status = result.modelProblem() != null ? result.modelProblem()
                : conserved + "/" + result.claims().size() + " claims conserved";
        String type = result.declaration().binaryName();
        int offset = result.declaration().start();
        Optional<Model> definition = result.definition();
        BlockIndex index = definition.map(BlockIndex::of).orElse(BlockIndex.NONE);
        List<Row> children = new ArrayList<>();
        definition.flatMap(Model::network)
                .ifPresent(network -> children.add(LayerRows.of(file, offset, network, result.flows(), index)));
        result.flows().forEach(flow -> children.add(flow(file, offset, type, result, flow, index)));
        // claims whose flow did not parse have no flow row: list them under the model
        result.claims().stream().filter(c -> c.claim().flow() == null || result.flow(c.claim().flow()).isEmpty())
                .forEach(c -> children.add(claim(file, type, c, index)));
        return new ModelRow(file, offset, type, definition.map(Rows::layers).orElse(""),
                List.of(result.declaration().typeName() + " \u2014 " + result.model(), "", "", status, ""), children);
    }

    private static FlowRow flow(IFile file, int offset, String type, DeclarationResult result, FlowResult flow,
            BlockIndex index) {
        List<Row> children = new ArrayList<>();
        result.claims().stream().filter(c -> flow.flow().equals(c.claim().flow()))
                .forEach(c -> children.add(claim(file, type, c, index)));
        // the laws that hold beyond the claims: independent of them, not merely written differently
        for (HoldingLaw law : flow.missing()) {
            children.add(new LawRow(file, offset, type, flow.flow(), law.expression(),
                    List.of(law.readable(), "", law.family().isEmpty() ? flow.certificate() : law.family(), VERIFIED,
                            index.describe(law.expression()))));
        }
        String count = flow.count() < 0 ? "?" : String.valueOf(flow.count());
        String status = "claimed " + flow.claimed() + (flow.count() < 0 ? "" : " of " + flow.count());
        return new FlowRow(file, offset, flow.flow(), flow.certificate(),
                List.of("under " + flow.flow(), count, flow.certificate(), status, ""), children);
    }

    private static LawRow claim(IFile file, String type, ClaimResult claim, BlockIndex index) {
        String entries = claim.outcome().entries() > 0 ? String.valueOf(claim.outcome().entries()) : "";
        return new LawRow(file, claim.claim().annotationStart(), type, claim.claim().flow(), claim.claim().law(),
                List.of(claim.readable(), entries, claim.outcome().message(),
                        claim.outcome().status().name().toLowerCase(Locale.ROOT), index.describe(claim.claim().law())));
    }

    /** The model's blocks in words, e.g. {@code U1 2×3, U2 3×2 (D = 12)}. */
    static String layers(Model model) {
        List<String> blocks = model.blocks().stream().map(Rows::block).toList();
        return String.join(", ", blocks) + " (D = " + model.parameterCount() + ")";
    }

    private static String block(ParameterBlock b) {
        return b.name() + " " + b.rows() + "×" + b.columns() + (b.positive() ? " ≥ 0" : "");
    }
}
